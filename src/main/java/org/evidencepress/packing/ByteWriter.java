package org.evidencepress.packing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Unsigned varints, UTF-8 strings and runs of bytes written into one growing array: how
 * lists and sets that a build holds for the whole site are packed (a review's Sources, a
 * page's anchors), one array instead of an object per value, and how the search index's
 * records are written. {@link ByteReader} reads them.
 */
public final class ByteWriter {
    private byte[] bytes = new byte[256];
    private int size;

    public int size() {
        return size;
    }

    /** How many bytes {@link #number} writes for {@code n}. */
    public static int numberLength(int n) {
        int length = 1;
        while ((n >>>= 7) != 0) {
            length++;
        }
        return length;
    }

    /** {@code n} as an unsigned varint: 7 bits a byte, low bits first. */
    public void number(int n) {
        ensure(5);
        while ((n & ~0x7F) != 0) {
            bytes[size++] = (byte) ((n & 0x7F) | 0x80);
            n >>>= 7;
        }
        bytes[size++] = (byte) n;
    }

    /** A string as its UTF-8 length plus one (zero for null) and its bytes. */
    public void string(String s) {
        if (s == null) {
            number(0);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        number(utf8.length + 1);
        bytes(utf8, 0, utf8.length);
    }

    public void bytes(byte[] from, int offset, int length) {
        ensure(length);
        System.arraycopy(from, offset, bytes, size, length);
        size += length;
    }

    /** Starts again from nothing, keeping the array: for a writer used over and over by one thread. */
    public void clear() {
        size = 0;
    }

    /** Feeds what was written to {@code digest}, without copying it out first. */
    public void feed(MessageDigest digest) {
        digest.update(bytes, 0, size);
    }

    /** What was written, in an array of its own size. */
    public byte[] toArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** Whether UTF-8 gives back {@code s}: no surrogate without its pair. Null is kept as null. */
    public static boolean survivesUtf8(String s) {
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

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
