package org.evidencepress.frontmatter;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A Sources list held as one array of UTF-8 text and one array of values shared with other
 * entries (ids, journals, author names, details), instead of a record, a list and three
 * strings per entry. A site model holds every review's sources until the last page is
 * written: at 100,000 reviews that is 2.5 million entries, the largest part of the heap.
 * {@link #get} makes the entry afresh each time; equal lists are equal whatever they hold.
 */
public final class PackedSources extends AbstractList<SourceEntry> implements RandomAccess {
    /** Per entry: number, line, column, year, author count, then title, doi and url. */
    private final byte[] text;
    /** Per entry: id, journal, details, then its authors. */
    private final Object[] shared;
    /** Per entry: where it starts in {@link #text}, then where in {@link #shared}. */
    private final int[] starts;

    private PackedSources(byte[] text, Object[] shared, int[] starts) {
        this.text = text;
        this.shared = shared;
        this.starts = starts;
    }

    /** {@code sources} packed; an empty list, or one that is packed already, as it is. */
    public static List<SourceEntry> of(List<SourceEntry> sources) {
        if (sources == null || sources.isEmpty() || sources instanceof PackedSources) {
            return sources;
        }
        Writer text = new Writer();
        List<Object> shared = new ArrayList<>();
        int[] starts = new int[sources.size() * 2];
        for (int i = 0; i < sources.size(); i++) {
            SourceEntry s = sources.get(i);
            if (s.authors().stream().anyMatch(Objects::isNull) || !isWellFormed(s.title()) || !isWellFormed(s.doi())
                    || !isWellFormed(s.url())) {
                return sources; // what UTF-8 cannot hold is kept as given rather than packed wrong
            }
            starts[2 * i] = text.size;
            starts[2 * i + 1] = shared.size();
            text.number(s.number());
            text.number(s.line());
            text.number(s.column());
            text.number(s.year() == null ? 0 : zigZag(s.year()) + 1);
            text.number(s.authors().size());
            text.string(s.title());
            text.string(s.doi());
            text.string(s.url());
            shared.add(s.id());
            shared.add(s.journal());
            shared.add(s.details());
            shared.addAll(s.authors());
        }
        return new PackedSources(Arrays.copyOf(text.bytes, text.size), shared.toArray(), starts);
    }

    @Override
    public SourceEntry get(int index) {
        Reader in = new Reader(text, starts[2 * Objects.checkIndex(index, size())]);
        int number = in.number();
        int line = in.number();
        int column = in.number();
        int year = in.number();
        int authorCount = in.number();
        String title = in.string();
        String doi = in.string();
        String url = in.string();
        int s = starts[2 * index + 1];
        String[] authors = new String[authorCount];
        for (int a = 0; a < authorCount; a++) {
            authors[a] = (String) shared[s + 3 + a];
        }
        return new SourceEntry(number, (String) shared[s], title, Collections.unmodifiableList(Arrays.asList(authors)),
                (String) shared[s + 1], year == 0 ? null : unZigZag(year - 1), doi, url, line, column,
                (SourceDetails) shared[s + 2]);
    }

    @Override
    public int size() {
        return starts.length / 2;
    }

    @Override
    public boolean equals(Object other) {
        // The encoding is a function of the entries: equal entries, equal arrays.
        if (other instanceof PackedSources packed) {
            return Arrays.equals(text, packed.text) && Arrays.equals(shared, packed.shared)
                    && Arrays.equals(starts, packed.starts);
        }
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    /** Whether UTF-8 gives back {@code s}: no surrogate without its pair. */
    private static boolean isWellFormed(String s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static int zigZag(int n) {
        return (n << 1) ^ (n >> 31);
    }

    private static int unZigZag(int n) {
        return (n >>> 1) ^ -(n & 1);
    }

    /** Unsigned varints, and strings as their UTF-8 length plus one (zero for null) and bytes. */
    private static final class Writer {
        byte[] bytes = new byte[256];
        int size;

        void number(int n) {
            while ((n & ~0x7F) != 0) {
                add((byte) ((n & 0x7F) | 0x80));
                n >>>= 7;
            }
            add((byte) n);
        }

        void string(String s) {
            if (s == null) {
                number(0);
                return;
            }
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            number(utf8.length + 1);
            if (size + utf8.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + utf8.length));
            }
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
        }

        private void add(byte b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[size++] = b;
        }
    }

    private static final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes, int at) {
            this.bytes = bytes;
            this.at = at;
        }

        int number() {
            int n = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[at++];
                n |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return n;
                }
            }
        }

        String string() {
            int length = number() - 1;
            if (length < 0) {
                return null;
            }
            String s = new String(bytes, at, length, StandardCharsets.UTF_8);
            at += length;
            return s;
        }
    }
}
