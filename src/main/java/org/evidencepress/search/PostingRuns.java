package org.evidencepress.search;

import java.util.Arrays;

/**
 * One term's postings in a one-off build, packed {@code doc << 4 | value}, kept as compact
 * as the order they arrive in allows. Reviews render on every core, each thread through
 * ascending stretches of review numbers, so a term's postings come as a few interleaved
 * ascending runs. Each run (a lane) keeps its values as varint gaps: about one byte for a
 * term in most reviews, where a plain array of them took four, and their sum over all terms
 * was the largest thing a build gathered while rendering.
 *
 * <p>A value joins the lane whose last value is the greatest not above it. When it fits no
 * lane and {@value #MAX_LANES} are open, the lanes are merged into one, so any order of
 * arrival is correct, and the usual orders stay cheap. Lanes are chained, so a term found
 * once (most terms) costs one small object and one small array.
 */
final class PostingRuns {
    private static final int MAX_LANES = 8;
    private byte[] gaps = new byte[4];
    private int length;
    private int last;
    private PostingRuns nextLane;
    /** Values in every lane, counted at the first. */
    private int size;

    void add(int packed) {
        PostingRuns best = null;
        int lanes = 0;
        for (PostingRuns lane = this; lane != null; lane = lane.nextLane) {
            lanes++;
            if ((lane.length == 0 || lane.last <= packed) && (best == null || lane.last > best.last)) {
                best = lane;
            }
        }
        if (best == null) {
            if (lanes == MAX_LANES) {
                merge();
                add(packed);
                return;
            }
            best = new PostingRuns();
            PostingRuns tail = this;
            while (tail.nextLane != null) {
                tail = tail.nextLane;
            }
            tail.nextLane = best;
        }
        best.append(packed);
        size++;
    }

    int size() {
        return size;
    }

    /** The postings in review order. */
    int[] sorted() {
        int[] values = new int[size];
        int n = 0;
        for (PostingRuns lane = this; lane != null; lane = lane.nextLane) {
            int value = 0;
            int at = 0;
            while (at < lane.length) {
                int gap = 0;
                int shift = 0;
                byte b;
                do {
                    b = lane.gaps[at++];
                    gap |= (b & 0x7f) << shift;
                    shift += 7;
                } while (b < 0);
                value += gap;
                values[n++] = value;
            }
        }
        Arrays.sort(values);
        return values;
    }

    private void append(int packed) {
        int gap = packed - (length == 0 ? 0 : last);
        if (length + 5 > gaps.length) {
            gaps = Arrays.copyOf(gaps, Math.max(gaps.length * 2, length + 5));
        }
        while ((gap & ~0x7f) != 0) {
            gaps[length++] = (byte) (gap & 0x7f | 0x80);
            gap >>>= 7;
        }
        gaps[length++] = (byte) gap;
        last = packed;
    }

    /** All lanes into this one, in order. */
    private void merge() {
        int[] values = sorted();
        gaps = new byte[Math.max(4, values.length + 4)];
        length = 0;
        nextLane = null;
        for (int value : values) {
            append(value);
        }
    }
}
