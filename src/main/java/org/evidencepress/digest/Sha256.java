package org.evidencepress.digest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256, which every JDK has: what the build cache, CSL formatting's packs, the source
 * index and {@code serve} name their contents by, and what names an output folder's lock.
 */
public final class Sha256 {
    private Sha256() {
    }

    /** A fresh digest, to be fed in parts. */
    public static MessageDigest start() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The digest of {@code bytes}. */
    public static byte[] of(byte[] bytes) {
        return start().digest(bytes);
    }
}
