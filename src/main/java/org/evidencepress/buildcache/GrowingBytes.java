package org.evidencepress.buildcache;

import org.evidencepress.digest.Sha256;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * A byte array that grows as it is written, for one thread: what the cache's values and keys
 * are encoded into. A {@link java.io.ByteArrayOutputStream} takes a lock for each write, and
 * a data stream writes a number a byte at a time: that was a third of digesting the keys of
 * a cached rebuild's review pages.
 */
final class GrowingBytes extends OutputStream {
    private byte[] bytes;
    private int size;

    GrowingBytes(int capacity) {
        bytes = new byte[capacity];
    }

    @Override
    public void write(int b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(16, bytes.length * 2));
        }
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] from, int offset, int length) {
        if (size + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length));
        }
        System.arraycopy(from, offset, bytes, size, length);
        size += length;
    }

    /** What was written, in an array of its own size. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** The SHA-256 of what was written. */
    byte[] sha256() {
        MessageDigest sha = Sha256.start();
        sha.update(bytes, 0, size);
        return sha.digest();
    }
}
