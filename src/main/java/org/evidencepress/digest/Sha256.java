package org.evidencepress.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256, which every JDK has: what the build cache, CSL formatting's packs, the source
 * index and {@code serve} name their contents by, and what names an output folder's lock.
 */
public final class Sha256 {
    /**
     * Cloned for each digest: looking SHA-256 up among the security providers took more time
     * than hashing the small cache keys it was looked up for (2 % of the CPU of a rebuild from
     * the build cache at 16,000 reviews).
     */
    private static final MessageDigest PROTOTYPE = lookUp();

    private Sha256() {
    }

    /** A fresh digest, to be fed in parts. */
    public static MessageDigest start() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return lookUp();
        }
    }

    private static MessageDigest lookUp() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Feeds {@code number} as four bytes. */
    public static void update(MessageDigest digest, int number) {
        digest.update(new byte[] {(byte) (number >>> 24), (byte) (number >>> 16), (byte) (number >>> 8), (byte) number});
    }

    /** Feeds {@code text} as its UTF-8 length and bytes, so that no two lists of texts feed the same bytes. */
    public static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        update(digest, bytes.length);
        digest.update(bytes);
    }

    /** The digest of {@code bytes}. */
    public static byte[] of(byte[] bytes) {
        return start().digest(bytes);
    }
}
