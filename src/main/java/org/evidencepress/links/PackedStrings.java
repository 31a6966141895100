package org.evidencepress.links;

import org.evidencepress.digest.Sha256;
import org.evidencepress.packing.ByteReader;
import org.evidencepress.packing.ByteWriter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable set of strings held as their UTF-8 bytes, sorted, each written as the length
 * it shares with the one before and the rest (front coding, as in a search engine's term
 * dictionary). A page's anchor ids wait for the link check until the whole site is
 * rendered, and most are families such as {@code cite-12-1}, {@code cite-12-2}: as a hash
 * set of strings they took some 9 KB per review (160 ids), joined in one string 2 KB, front
 * coded 1.1 KB. Every {@value #BLOCK}th id is written whole, so a lookup is a binary search
 * over those and a scan of at most {@value #BLOCK} ids.
 */
public final class PackedStrings extends AbstractSet<String> {
    private static final int BLOCK = 16;

    /** Per id: shared length and rest length as varints, then the rest. */
    private final byte[] data;
    /** Where every {@value #BLOCK}th id starts in {@link #data}. */
    private final int[] blockStarts;
    private final int size;
    private final int longest;

    private PackedStrings(byte[] data, int[] blockStarts, int size, int longest) {
        this.data = data;
        this.blockStarts = blockStarts;
        this.size = size;
        this.longest = longest;
    }

    /** Feeds the set to {@code digest}: equal sets feed the same bytes, as they are packed alike. */
    void digestInto(MessageDigest digest) {
        Sha256.update(digest, size);
        Sha256.update(digest, data.length);
        digest.update(data);
    }

    static Set<String> of(Collection<String> strings) {
        if (strings instanceof PackedStrings packed) {
            return packed;
        }
        if (!strings.stream().allMatch(ByteWriter::survivesUtf8)) {
            return Set.copyOf(strings); // UTF-8 would not give an unpaired surrogate back; rare enough to keep as is
        }
        byte[][] sorted = strings.stream().distinct().map(s -> s.getBytes(StandardCharsets.UTF_8))
                .sorted(Arrays::compareUnsigned).toArray(byte[][]::new);
        ByteWriter out = new ByteWriter();
        int[] blockStarts = new int[(sorted.length + BLOCK - 1) / BLOCK];
        int longest = 0;
        for (int i = 0; i < sorted.length; i++) {
            byte[] id = sorted[i];
            int shared = 0;
            if (i % BLOCK == 0) {
                blockStarts[i / BLOCK] = out.size();
            } else {
                shared = Arrays.mismatch(sorted[i - 1], id);
            }
            out.number(shared);
            out.number(id.length - shared);
            out.bytes(id, shared, id.length - shared);
            longest = Math.max(longest, id.length);
        }
        return new PackedStrings(out.toArray(), blockStarts, sorted.length, longest);
    }

    /**
     * The arrays this set is made of, copied: a build cache stores them as they are, and
     * reading them back ({@link #restored}) costs a fraction of packing the ids again.
     */
    public Parts parts() {
        return new Parts(data.clone(), blockStarts.clone(), size, longest);
    }

    /** See {@link #parts}. */
    public record Parts(byte[] data, int[] blockStarts, int size, int longest) {
    }

    /**
     * The set {@code parts} make, or null when they do not make one: every id is read once,
     * so a set that does not read fails here and not later in the build. The set takes the
     * arrays over.
     */
    public static PackedStrings restored(Parts parts) {
        byte[] data = parts.data();
        int[] starts = parts.blockStarts();
        if (data == null || starts == null || parts.size() < 0 || parts.longest() < 0
                || starts.length != (parts.size() + BLOCK - 1) / BLOCK) {
            return null;
        }
        try {
            ByteReader in = new ByteReader(data, 0);
            int length = 0;
            for (int i = 0; i < parts.size(); i++) {
                boolean whole = i % BLOCK == 0;
                if (whole && in.position() != starts[i / BLOCK]) {
                    return null;
                }
                int shared = in.number();
                int rest = in.number();
                if (shared < 0 || rest < 0 || shared > length || whole && shared != 0 || shared + rest > parts.longest()
                        || rest > data.length - in.position()) {
                    return null;
                }
                in.skip(rest);
                length = shared + rest;
            }
            if (in.position() != data.length) {
                return null;
            }
        } catch (RuntimeException e) {
            return null;
        }
        return new PackedStrings(data, starts, parts.size(), parts.longest());
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String s) || size == 0) {
            return false;
        }
        byte[] wanted = s.getBytes(StandardCharsets.UTF_8);
        if (wanted.length > longest) {
            return false;
        }
        // The last block whose first id is not after the one wanted.
        int low = 0;
        int high = blockStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (compareWhole(blockStarts[mid], wanted) <= 0) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        Reader in = new Reader(data, blockStarts[low], longest);
        for (int i = low * BLOCK; i < Math.min(size, (low + 1) * BLOCK); i++) {
            in.next();
            int order = Arrays.compareUnsigned(in.id, 0, in.length, wanted, 0, wanted.length);
            if (order >= 0) {
                return order == 0;
            }
        }
        return false;
    }

    /** How the id written whole at {@code at} sorts against {@code wanted}. */
    private int compareWhole(int at, byte[] wanted) {
        ByteReader in = new ByteReader(data, at);
        in.number(); // shared: none at a block's start
        int length = in.number();
        return Arrays.compareUnsigned(data, in.position(), in.position() + length, wanted, 0, wanted.length);
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private final Reader in = new Reader(data, 0, longest);
            private int read;

            @Override
            public boolean hasNext() {
                return read < size;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                in.next();
                read++;
                return new String(in.id, 0, in.length, StandardCharsets.UTF_8);
            }
        };
    }

    @Override
    public int size() {
        return size;
    }

    /** Reads ids in order from a position, each made from the one before. */
    private static final class Reader {
        private final ByteReader in;
        final byte[] id;
        int length;

        Reader(byte[] data, int at, int longest) {
            this.in = new ByteReader(data, at);
            this.id = new byte[longest];
        }

        void next() {
            int shared = in.number();
            int rest = in.number();
            in.copy(id, shared, rest);
            length = shared + rest;
        }
    }
}
