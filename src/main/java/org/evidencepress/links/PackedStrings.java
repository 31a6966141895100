package org.evidencepress.links;

import java.nio.charset.StandardCharsets;
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
final class PackedStrings extends AbstractSet<String> {
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

    static Set<String> of(Collection<String> strings) {
        if (strings instanceof PackedStrings packed) {
            return packed;
        }
        if (strings.stream().anyMatch(s -> s.chars().anyMatch(c -> Character.isSurrogate((char) c)))) {
            return Set.copyOf(strings); // UTF-8 would not give an unpaired surrogate back; rare enough to keep as is
        }
        byte[][] sorted = strings.stream().distinct().map(s -> s.getBytes(StandardCharsets.UTF_8))
                .sorted(Arrays::compareUnsigned).toArray(byte[][]::new);
        Writer out = new Writer();
        int[] blockStarts = new int[(sorted.length + BLOCK - 1) / BLOCK];
        int longest = 0;
        for (int i = 0; i < sorted.length; i++) {
            byte[] id = sorted[i];
            int shared = 0;
            if (i % BLOCK == 0) {
                blockStarts[i / BLOCK] = out.size;
            } else {
                shared = Arrays.mismatch(sorted[i - 1], id);
            }
            out.number(shared);
            out.number(id.length - shared);
            out.bytes(id, shared, id.length - shared);
            longest = Math.max(longest, id.length);
        }
        return new PackedStrings(Arrays.copyOf(out.bytes, out.size), blockStarts, sorted.length, longest);
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
        Reader in = new Reader(data, at, 0);
        in.number(); // shared: none at a block's start
        int length = in.number();
        return Arrays.compareUnsigned(data, in.at, in.at + length, wanted, 0, wanted.length);
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

    private static final class Writer {
        byte[] bytes = new byte[256];
        int size;

        void number(int n) {
            while ((n & ~0x7F) != 0) {
                ensure(1);
                bytes[size++] = (byte) ((n & 0x7F) | 0x80);
                n >>>= 7;
            }
            ensure(1);
            bytes[size++] = (byte) n;
        }

        void bytes(byte[] from, int offset, int length) {
            ensure(length);
            System.arraycopy(from, offset, bytes, size, length);
            size += length;
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }

    /** Reads ids in order from a position, each made from the one before. */
    private static final class Reader {
        private final byte[] data;
        int at;
        final byte[] id;
        int length;

        Reader(byte[] data, int at, int longest) {
            this.data = data;
            this.at = at;
            this.id = new byte[longest];
        }

        void next() {
            int shared = number();
            int rest = number();
            System.arraycopy(data, at, id, shared, rest);
            at += rest;
            length = shared + rest;
        }

        int number() {
            int n = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = data[at++];
                n |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return n;
                }
            }
        }
    }
}
