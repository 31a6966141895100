package org.evidencepress.packing;

import java.nio.charset.StandardCharsets;

/**
 * One copy of the short strings a site repeats across its reviews: the ids, journals and
 * author names of Sources lists ("1" to "30", a few dozen journals, authors cited again and
 * again), which a site model holds for every review. A fixed table by hash, each slot
 * holding the last string met there: a string met again while its slot still holds it is
 * shared, nothing grows with the site, and a miss costs one comparison. Threads may race on
 * a slot; a String is safe to read from any thread (its fields are final), so the worst a
 * race does is to miss a sharing.
 */
public final class SharedStrings {
    private static final int SLOTS = 1 << 16;
    /** Longer strings (titles, notes) seldom repeat: not worth a comparison. */
    private static final int LONGEST = 80;
    private static final String[] TABLE = new String[SLOTS];

    private SharedStrings() {
    }

    /** {@code s}, or an equal string met before. */
    public static String of(String s) {
        if (s == null || s.length() > LONGEST) {
            return s;
        }
        int slot = slot(s.hashCode());
        String held = TABLE[slot];
        if (s.equals(held)) {
            return held;
        }
        TABLE[slot] = s;
        return s;
    }

    /**
     * The string whose UTF-8 encoding is {@code length} bytes of {@code utf8} from
     * {@code from}: an equal string met before when its slot still holds it, found without
     * making a string. A build reading its cache back decodes millions of author names.
     */
    public static String of(byte[] utf8, int from, int length) {
        if (length > LONGEST) {
            return new String(utf8, from, length, StandardCharsets.UTF_8);
        }
        int hash = 0;
        for (int i = from; i < from + length; i++) {
            if (utf8[i] < 0) {
                // Not ASCII, so not one char per byte: decoded, then shared as any string.
                return of(new String(utf8, from, length, StandardCharsets.UTF_8));
            }
            hash = 31 * hash + utf8[i];
        }
        int slot = slot(hash);
        String held = TABLE[slot];
        if (held != null && sameAscii(held, utf8, from, length)) {
            return held;
        }
        String s = new String(utf8, from, length, StandardCharsets.US_ASCII);
        TABLE[slot] = s;
        return s;
    }

    private static int slot(int hash) {
        return (hash ^ (hash >>> 16)) & (SLOTS - 1);
    }

    private static boolean sameAscii(String s, byte[] ascii, int from, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) != ascii[from + i]) {
                return false;
            }
        }
        return true;
    }
}
