package org.evidencepress.links;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable set of strings held as one string: each element, in sorted order, between
 * NUL characters. A page's anchor ids wait for the link check until the whole site is
 * rendered; as a hash set of strings they took some 9 KB per review (160 ids), as a
 * sorted array with the end of each 2 KB, joined alone 1.4 KB. A lookup searches the joined
 * string, which for a page's few hundred ids is as quick as a hash lookup would be.
 */
final class PackedStrings extends AbstractSet<String> {
    private static final char SEPARATOR = '\0';
    /** {@code \0a\0b\0}: every element has a separator on both sides. */
    private final String joined;
    private final int size;

    private PackedStrings(String joined, int size) {
        this.joined = joined;
        this.size = size;
    }

    static Set<String> of(Collection<String> strings) {
        if (strings instanceof PackedStrings packed) {
            return packed;
        }
        if (strings.stream().anyMatch(s -> s.indexOf(SEPARATOR) >= 0)) {
            return Set.copyOf(strings);
        }
        String[] sorted = strings.stream().distinct().sorted().toArray(String[]::new);
        StringBuilder joined = new StringBuilder().append(SEPARATOR);
        for (String s : sorted) {
            joined.append(s).append(SEPARATOR);
        }
        return new PackedStrings(joined.toString(), sorted.length);
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String s) || s.indexOf(SEPARATOR) >= 0) {
            return false;
        }
        // An occurrence counts when it is a whole element: a separator on both sides.
        int last = joined.length() - 1 - s.length();
        for (int at = joined.indexOf(s, 1); at >= 1 && at <= last; at = joined.indexOf(s, at + 1)) {
            if (joined.charAt(at - 1) == SEPARATOR && joined.charAt(at + s.length()) == SEPARATOR) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int start = 1;

            @Override
            public boolean hasNext() {
                return start < joined.length();
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int end = joined.indexOf(SEPARATOR, start);
                String element = joined.substring(start, end);
                start = end + 1;
                return element;
            }
        };
    }

    @Override
    public int size() {
        return size;
    }
}
