package org.evidencepress.frontmatter;

import org.evidencepress.packing.ByteReader;
import org.evidencepress.packing.ByteWriter;
import org.evidencepress.packing.SharedStrings;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Function;

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
    /** Per entry: where it starts in {@link #text}, then where in {@link #shared}. */
    private final int[] starts;
    /** Per entry: id, journal, details, then its authors; null until first needed in a list {@link #restoredLater}. */
    private volatile Object[] shared;
    /** The encoding {@link #shared} is made from when first needed, then null. */
    private byte[] sharedEncoding;
    private final Function<byte[], Object[]> decoder;

    private PackedSources(byte[] text, Object[] shared, int[] starts, byte[] sharedEncoding,
                          Function<byte[], Object[]> decoder) {
        this.text = text;
        this.shared = shared;
        this.starts = starts;
        this.sharedEncoding = sharedEncoding;
        this.decoder = decoder;
    }

    /** {@code sources} packed; an empty list, or one that is packed already, as it is. */
    public static List<SourceEntry> of(List<SourceEntry> sources) {
        if (sources == null || sources.isEmpty() || sources instanceof PackedSources) {
            return sources;
        }
        ByteWriter text = new ByteWriter();
        List<Object> shared = new ArrayList<>();
        int[] starts = new int[sources.size() * 2];
        for (int i = 0; i < sources.size(); i++) {
            SourceEntry s = sources.get(i);
            if (s.authors().stream().anyMatch(Objects::isNull) || !ByteWriter.survivesUtf8(s.title())
                    || !ByteWriter.survivesUtf8(s.doi()) || !ByteWriter.survivesUtf8(s.url())) {
                return sources; // what UTF-8 cannot hold is kept as given rather than packed wrong
            }
            starts[2 * i] = text.size();
            starts[2 * i + 1] = shared.size();
            text.number(s.number());
            text.number(s.line());
            text.number(s.column());
            text.number(s.year() == null ? 0 : zigZag(s.year()) + 1);
            text.number(s.authors().size());
            text.string(s.title());
            text.string(s.doi());
            text.string(s.url());
            shared.add(SharedStrings.of(s.id()));
            shared.add(SharedStrings.of(s.journal()));
            shared.add(s.details());
            s.authors().forEach(author -> shared.add(SharedStrings.of(author)));
        }
        return new PackedSources(text.toArray(), shared.toArray(), starts, null, null);
    }

    /**
     * The arrays this list is made of, copied: a build cache stores them as they are, and
     * reading them back ({@link #restored}) costs a fraction of making every entry anew.
     */
    public Parts parts() {
        return new Parts(text.clone(), shared().clone(), starts.clone());
    }

    /**
     * Writes each entry's year, title, DOI and url to {@code out} as this list holds them (UTF-8,
     * which is exact: a list holds only text that survives it), without making the entries:
     * what a digest of the sources' identities needs, read in one pass.
     */
    public void writeIdentities(ByteWriter out) {
        for (int i = 0; i < size(); i++) {
            ByteReader in = new ByteReader(text, starts[2 * i]);
            for (int field = 0; field < 3; field++) {
                in.number();
            }
            out.number(in.number());
            in.number();
            int from = in.position();
            for (int field = 0; field < 3; field++) {
                in.skipString(text.length);
            }
            out.bytes(text, from, in.position() - from);
        }
    }

    /** See {@link #parts}. */
    public record Parts(byte[] text, Object[] shared, int[] starts) {
    }

    /**
     * The list {@code parts} make, or null when they do not make one: every entry is read
     * once, so a list that does not read fails here and not later in the build. The list
     * takes the arrays over.
     */
    public static PackedSources restored(Parts parts) {
        if (parts.shared() == null) {
            return null;
        }
        Object[] shared = parts.shared();
        // Read back one review at a time, each list would hold its own copy of every name.
        for (int i = 0; i < shared.length; i++) {
            if (shared[i] instanceof String s) {
                shared[i] = SharedStrings.of(s);
            }
        }
        PackedSources sources = new PackedSources(parts.text(), shared, parts.starts(), null, null);
        return sources.textReads() && sources.sharedReads(shared) ? sources : null;
    }

    /**
     * The list of {@code text} and {@code starts} (as {@link #parts} gives them) whose shared
     * values {@code decoder} makes from {@code sharedEncoding} when an entry is first asked
     * for; null when the text does not read. A rebuild from a build cache reads back every
     * review's list twice (as parsed, and as its page listed it), and most are only counted,
     * compared and digested by their text: that needs none of the 3 million names a site of
     * 16,000 reviews holds. The encoding must be a function of the values, so that equal
     * encodings mean equal values, and must read: it comes from where the text came from,
     * checked as a whole ({@code decoder} throws when it does not read).
     */
    public static PackedSources restoredLater(byte[] text, int[] starts, byte[] sharedEncoding,
                                              Function<byte[], Object[]> decoder) {
        PackedSources sources = new PackedSources(text, null, starts, sharedEncoding, decoder);
        return sources.textReads() ? sources : null;
    }

    /** Whether every entry's text reads, walked through without making the entries. */
    private boolean textReads() {
        if (text == null || starts == null || starts.length == 0 || starts.length % 2 != 0) {
            return false;
        }
        try {
            for (int i = 0; i < size(); i++) {
                if (authorCount(i) < 0) {
                    return false;
                }
            }
        } catch (RuntimeException e) {
            return false;
        }
        return true;
    }

    private Object[] shared() {
        Object[] made = shared;
        if (made != null) {
            return made;
        }
        synchronized (this) {
            if (shared == null) {
                Object[] values = decoder.apply(sharedEncoding);
                if (!sharedReads(values)) {
                    throw new IllegalStateException("a Sources list read back whose names do not read");
                }
                shared = values;
                sharedEncoding = null;
            }
            return shared;
        }
    }

    /**
     * The author count of the entry at {@code index}, walked through its text without making
     * it; -1 when the text does not read. A rebuild reads back 400,000 entries at 16,000 reviews.
     */
    private int authorCount(int index) {
        ByteReader in = new ByteReader(text, starts[2 * index]);
        for (int field = 0; field < 4; field++) {
            in.number();
        }
        int authorCount = in.number();
        for (int field = 0; field < 3; field++) {
            if (!in.skipString(text.length)) {
                return -1;
            }
        }
        return authorCount;
    }

    /** Whether every entry finds its id, journal, details and authors in {@code values}, of their types. */
    private boolean sharedReads(Object[] values) {
        if (values == null) {
            return false;
        }
        for (int i = 0; i < size(); i++) {
            int authorCount = authorCount(i);
            int s = starts[2 * i + 1];
            if (authorCount < 0 || s < 0 || s + 3 + authorCount > values.length || !(values[s] instanceof String)
                    || !(values[s + 1] == null || values[s + 1] instanceof String)
                    || !(values[s + 2] instanceof SourceDetails)) {
                return false;
            }
            for (int a = 0; a < authorCount; a++) {
                if (!(values[s + 3 + a] instanceof String)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public SourceEntry get(int index) {
        ByteReader in = new ByteReader(text, starts[2 * Objects.checkIndex(index, size())]);
        int number = in.number();
        int line = in.number();
        int column = in.number();
        int year = in.number();
        int authorCount = in.number();
        String title = in.string();
        String doi = in.string();
        String url = in.string();
        int s = starts[2 * index + 1];
        Object[] shared = shared();
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
            if (!Arrays.equals(text, packed.text) || !Arrays.equals(starts, packed.starts)) {
                return false;
            }
            byte[] encoding = unreadEncoding();
            byte[] otherEncoding = packed.unreadEncoding();
            return encoding != null && otherEncoding != null && decoder == packed.decoder
                    ? Arrays.equals(encoding, otherEncoding) : Arrays.equals(shared(), packed.shared());
        }
        return super.equals(other);
    }

    /** The encoding of the shared values while they are not made yet, else null. */
    private synchronized byte[] unreadEncoding() {
        return shared == null ? sharedEncoding : null;
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    private static int zigZag(int n) {
        return (n << 1) ^ (n >> 31);
    }

    private static int unZigZag(int n) {
        return (n >>> 1) ^ -(n & 1);
    }
}
