package org.evidencepress.digest;

import java.util.zip.CRC32C;

/**
 * CRC-32C, which the processor computes: a check that bytes read again are the bytes seen
 * before (a build cache's values and index, a content file read twice), not a name for them.
 */
public final class Crc32c {
    private Crc32c() {
    }

    /** The CRC-32C of {@code bytes}. */
    public static long of(byte[] bytes) {
        return of(bytes, bytes.length);
    }

    /** The CRC-32C of the first {@code length} of {@code bytes}. */
    public static long of(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }
}
