package org.evidencepress.links;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable set of strings held as one sorted, joined string and the end of each. A
 * page's anchor ids wait for the link check until the whole site is rendered; as a hash
 * set of strings they took some 9 KB per review (160 ids), packed about 2 KB.
 */
final class PackedStrings extends AbstractSet<String> {
    private final String joined;
    private final int[] ends;

    private PackedStrings(String joined, int[] ends) {
        this.joined = joined;
        this.ends = ends;
    }

    static Set<String> of(Collection<String> strings) {
        if (strings instanceof PackedStrings packed) {
            return packed;
        }
        String[] sorted = strings.stream().distinct().sorted().toArray(String[]::new);
        StringBuilder joined = new StringBuilder();
        int[] ends = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            joined.append(sorted[i]);
            ends[i] = joined.length();
        }
        return new PackedStrings(joined.toString(), ends);
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String s)) {
            return false;
        }
        int low = 0;
        int high = ends.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int order = compare(mid, s);
            if (order < 0) {
                low = mid + 1;
            } else if (order > 0) {
                high = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Element {@code i} compared with {@code s}, in the order of {@link String#compareTo}. */
    private int compare(int i, String s) {
        int start = i == 0 ? 0 : ends[i - 1];
        int length = ends[i] - start;
        int common = Math.min(length, s.length());
        for (int k = 0; k < common; k++) {
            int d = joined.charAt(start + k) - s.charAt(k);
            if (d != 0) {
                return d;
            }
        }
        return length - s.length();
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < ends.length;
            }

            @Override
            public String next() {
                if (next >= ends.length) {
                    throw new NoSuchElementException();
                }
                int start = next == 0 ? 0 : ends[next - 1];
                return joined.substring(start, ends[next++]);
            }
        };
    }

    @Override
    public int size() {
        return ends.length;
    }
}
