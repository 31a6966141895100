package org.evidencepress.site;

import java.util.List;

/** One term and the reviews filed under it, newest first. */
public record TermGroup(Term term, List<ReviewEntry> reviews) {
    public int count() {
        return reviews.size();
    }
}
