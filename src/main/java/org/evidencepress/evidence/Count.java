package org.evidencepress.evidence;

import java.util.List;

/** A labelled number of a flow diagram box, with its named parts when the author listed them. */
public record Count(String label, long n, List<Count> parts) {
}
