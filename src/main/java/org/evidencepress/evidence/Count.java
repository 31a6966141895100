package org.evidencepress.evidence;

import java.util.List;

/**
 * A number of a flow diagram box, with its named parts when the author listed them.
 *
 * @param labelKey the theme label naming a box line of the template ({@code prisma_databases}), or null
 * @param label    the author's own name for it (a database, an exclusion reason) when {@code labelKey} is null
 */
public record Count(String labelKey, String label, long n, List<Count> parts) {
    static long total(List<Count> counts) {
        return counts.stream().mapToLong(Count::n).sum();
    }
}
