package org.evidencepress.site;

/**
 * A source index as a build cache keeps it between runs of the program: the arrays of its
 * works, which name each work's describing entry and citers by their places in the reviews'
 * Sources lists (see {@link WorkList}), so they hold no text of their own. The arrays are
 * the index's own, not copies (at 100,000 reviews they take some 50 MB): read them, never change them.
 */
public record StoredWorks(long[] described, int[] citerStarts, long[] citers) {
}
