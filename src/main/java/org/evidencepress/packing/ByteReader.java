package org.evidencepress.packing;

import java.nio.charset.StandardCharsets;

/** Reads, from a position on, what a {@link ByteWriter} wrote. */
public final class ByteReader {
    private final byte[] bytes;
    private int at;

    public ByteReader(byte[] bytes, int at) {
        this.bytes = bytes;
        this.at = at;
    }

    /** Where the next value starts. */
    public int position() {
        return at;
    }

    public int number() {
        int n = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = bytes[at++];
            n |= (b & 0x7F) << shift;
            if (b >= 0) {
                return n;
            }
        }
    }

    /** A string {@link ByteWriter#string} wrote, or null. */
    public String string() {
        int length = number() - 1;
        if (length < 0) {
            return null;
        }
        String s = new String(bytes, at, length, StandardCharsets.UTF_8);
        at += length;
        return s;
    }

    /** Passes over a string {@link ByteWriter#string} wrote (or null); false when it would end past {@code end}. */
    public boolean skipString(int end) {
        int length = number() - 1;
        if (length < -1 || at + Math.max(length, 0) > end) {
            return false;
        }
        at += Math.max(length, 0);
        return true;
    }

    /** Passes over the next {@code length} bytes. */
    public void skip(int length) {
        at += length;
    }

    /** The next {@code length} bytes, copied into {@code into} from {@code offset}. */
    public void copy(byte[] into, int offset, int length) {
        System.arraycopy(bytes, at, into, offset, length);
        at += length;
    }
}
