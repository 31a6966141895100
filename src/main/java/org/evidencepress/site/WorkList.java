package org.evidencepress.site;

import org.evidencepress.frontmatter.SourceEntry;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The source index's works in their order, held as positions in the reviews' Sources lists
 * rather than as records: each work is the entry of its first citer that describes it, and
 * its citers. A site of 100,000 reviews cites some 2.4 million works; as records with their
 * citers they took more memory than the sources they describe. {@link #get} makes the work
 * afresh each time.
 */
final class WorkList extends AbstractList<Work> implements RandomAccess {
    private final List<ReviewEntry> reviews;
    /** Per work: its describing entry, as the review's place in {@link #reviews} and the entry's in its Sources. */
    private final long[] described;
    /** Work {@code i}'s citers are {@code citers[citerStarts[i]]} up to {@code citers[citerStarts[i + 1]]}. */
    private final int[] citerStarts;
    /** Each citer as the review's place and the number the work has there, newest review first. */
    private final long[] citers;

    private WorkList(List<ReviewEntry> reviews, long[] described, int[] citerStarts, long[] citers) {
        this.reviews = reviews;
        this.described = described;
        this.citerStarts = citerStarts;
        this.citers = citers;
    }

    private static long place(int review, int position) {
        return ((long) review << 32) | position;
    }

    /** The Sources entry at {@code place} (see {@link #place}). */
    private static SourceEntry entryAt(List<ReviewEntry> reviews, long place) {
        return reviews.get((int) (place >>> 32)).sources().get((int) place);
    }

    /** The works gathered in {@code unsorted}, in the order {@code order} gives by their indices there. */
    static WorkList ordered(List<ReviewEntry> reviews, Gathering unsorted, int[] order) {
        long[] described = new long[order.length];
        int[] rankOf = new int[order.length];
        for (int rank = 0; rank < order.length; rank++) {
            described[rank] = unsorted.described[order[rank]];
            rankOf[order[rank]] = rank;
        }
        int[] starts = new int[order.length + 1];
        for (int p = 0; p < unsorted.citerCount; p++) {
            starts[rankOf[unsorted.citerWork[p]] + 1]++;
        }
        for (int rank = 0; rank < order.length; rank++) {
            starts[rank + 1] += starts[rank];
        }
        int[] fill = Arrays.copyOf(starts, order.length);
        long[] citers = new long[unsorted.citerCount];
        // Citers were gathered oldest first; each work lists them newest first.
        for (int p = unsorted.citerCount - 1; p >= 0; p--) {
            citers[fill[rankOf[unsorted.citerWork[p]]]++] = unsorted.citer[p];
        }
        return new WorkList(reviews, described, starts, citers);
    }

    /** What a build cache keeps of this index: its arrays, which name works by places in the reviews. */
    StoredWorks stored() {
        return new StoredWorks(described, citerStarts, citers);
    }

    /**
     * The index {@code stored} describes over {@code reviews}, or null when it names a place
     * they do not have: it was kept for the same Sources lists, but a cache is never trusted.
     */
    static WorkList restored(List<ReviewEntry> reviews, StoredWorks stored) {
        long[] described = stored.described();
        int[] starts = stored.citerStarts();
        long[] citers = stored.citers();
        if (described == null || starts == null || citers == null || starts.length != described.length + 1
                || starts[0] != 0 || starts[described.length] != citers.length) {
            return null;
        }
        // Read once: looked up per citer, each review's list was a miss in the processor's caches.
        int[] sizes = reviews.stream().mapToInt(r -> r.sources().size()).toArray();
        for (int i = 0; i < described.length; i++) {
            if (starts[i + 1] <= starts[i] || !holds(sizes, described[i], 0)) {
                return null;
            }
        }
        for (long citer : citers) {
            if (!holds(sizes, citer, 1)) {
                return null;
            }
        }
        return new WorkList(reviews, described, starts, citers);
    }

    /** Whether {@code place} names a review and, less {@code first}, an entry of its Sources ({@code sizes} long). */
    private static boolean holds(int[] sizes, long place, int first) {
        int review = (int) (place >>> 32);
        int entry = (int) place - first;
        return review >= 0 && review < sizes.length && entry >= 0 && entry < sizes[review];
    }

    /** The same works cited by {@code replacing}, reviews in the same places with the same Sources lists. */
    WorkList citedBy(List<ReviewEntry> replacing) {
        return new WorkList(replacing, described, citerStarts, citers);
    }

    @Override
    public Work get(int index) {
        SourceEntry s = entryAt(reviews, described[index]);
        Work.Citer[] by = new Work.Citer[citerStarts[index + 1] - citerStarts[index]];
        for (int i = 0; i < by.length; i++) {
            long citer = citers[citerStarts[index] + i];
            by[i] = new Work.Citer(reviews.get((int) (citer >>> 32)), (int) citer);
        }
        return new Work(s.plainTitle(), s.authors(), s.journal(), "chapter".equals(s.details().type()), s.year(),
                s.doi(), s.url(), List.of(by));
    }

    /**
     * What works {@code from} to {@code to} are made from: per work, the review whose Sources
     * entry describes it with the entry's place there, and its citers. A review digests once
     * per build (every review page's key holds it), so this keys a page of the index without
     * reading each work's fields.
     */
    List<List<Object>> keyOf(int from, int to) {
        List<List<Object>> key = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            List<Object> work = new ArrayList<>(2 + 2 * (citerStarts[i + 1] - citerStarts[i]));
            work.add(reviews.get((int) (described[i] >>> 32)));
            work.add((int) described[i]);
            for (int c = citerStarts[i]; c < citerStarts[i + 1]; c++) {
                work.add(reviews.get((int) (citers[c] >>> 32)));
                work.add((int) citers[c]);
            }
            key.add(work);
        }
        return key;
    }

    @Override
    public int size() {
        return described.length;
    }

    @Override
    public boolean equals(Object other) {
        if (other instanceof WorkList list && list.reviews == reviews) {
            return Arrays.equals(described, list.described) && Arrays.equals(citerStarts, list.citerStarts)
                    && Arrays.equals(citers, list.citers);
        }
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    /**
     * Works as the index gathers them, reviews oldest first, in no particular order: where
     * each is described and who cites it.
     */
    static final class Gathering {
        private final long[] described;
        private final int[] lastReview;
        private int size;
        private final int[] citerWork;
        private final long[] citer;
        private int citerCount;

        /**
         * Room for {@code sourceCount} sources, the most works and citers there can be: at
         * 100,000 reviews arrays grown by doubling held 100 MB and copied as much again.
         */
        Gathering(int sourceCount) {
            described = new long[sourceCount];
            lastReview = new int[sourceCount];
            citerWork = new int[sourceCount];
            citer = new long[sourceCount];
        }

        /** A work first met at {@code position} of review {@code review}'s Sources, numbered {@code number} there; returns its index. */
        int add(int review, int position, int number) {
            described[size] = place(review, position);
            lastReview[size] = -1;
            cites(size, review, number);
            return size++;
        }

        /** Work {@code work} is cited by review {@code review} as its source {@code number} (once per review). */
        void cites(int work, int review, int number) {
            if (lastReview[work] == review) {
                return;
            }
            lastReview[work] = review;
            citerWork[citerCount] = work;
            citer[citerCount++] = place(review, number);
        }

        int size() {
            return size;
        }

        /** The entry that describes work {@code work}. */
        SourceEntry describing(List<ReviewEntry> reviews, int work) {
            return entryAt(reviews, described[work]);
        }
    }
}
