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
     * making a string. A build reading its cache back decodes millions of author names, and
     * many are not ASCII ("Sørensen", "Núñez"): those too are hashed and compared as they
     * are decoded, as {@link String#hashCode} and {@link String#equals} would see them.
     */
    public static String of(byte[] utf8, int from, int length) {
        if (length > LONGEST) {
            return new String(utf8, from, length, StandardCharsets.UTF_8);
        }
        int end = from + length;
        int hash = 0;
        int chars = 0;
        for (int i = from; i < end; i++) {
            int b = utf8[i];
            if (b >= 0) {
                hash = 31 * hash + b;
                chars++;
                continue;
            }
            int first = b & 0xFF;
            int extra = first >= 0xF0 ? 3 : first >= 0xE0 ? 2 : first >= 0xC0 ? 1 : -1;
            if (extra < 0 || i + extra >= end) {
                // Not UTF-8: decoded as String decodes it (with replacement chars), then shared.
                return of(new String(utf8, from, length, StandardCharsets.UTF_8));
            }
            int c = codePoint(utf8, i, extra);
            i += extra;
            if (Character.charCount(c) == 2) {
                hash = 31 * (31 * hash + Character.highSurrogate(c)) + Character.lowSurrogate(c);
                chars += 2;
            } else {
                hash = 31 * hash + c;
                chars++;
            }
        }
        int slot = slot(hash);
        String held = TABLE[slot];
        if (held != null && held.length() == chars && sameUtf8(held, utf8, from, end)) {
            return held;
        }
        String s = new String(utf8, from, length, StandardCharsets.UTF_8);
        TABLE[slot] = s;
        return s;
    }

    /**
     * The code point of the UTF-8 sequence of a first byte and {@code extra} more at
     * {@code at}. Decoded leniently: only for well-formed bytes must it be right, as a held
     * string is then compared with them by its exact encoding ({@link #sameUtf8}), which
     * malformed bytes never are.
     */
    private static int codePoint(byte[] utf8, int at, int extra) {
        int c = utf8[at] & 0x3F >> extra;
        for (int k = 1; k <= extra; k++) {
            c = c << 6 | utf8[at + k] & 0x3F;
        }
        return c;
    }

    /** How many bytes follow the first in the shortest UTF-8 form of a code point past ASCII. */
    private static int continuationBytes(int codePoint) {
        return codePoint >= 0x10000 ? 3 : codePoint >= 0x800 ? 2 : 1;
    }

    private static int slot(int hash) {
        return (hash ^ (hash >>> 16)) & (SLOTS - 1);
    }

    /** Whether {@code utf8[from, end)} is exactly the UTF-8 encoding of {@code s} (a lone surrogate has none). */
    private static boolean sameUtf8(String s, byte[] utf8, int from, int end) {
        int at = from;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (at >= end || utf8[at++] != c) {
                    return false;
                }
                continue;
            }
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint(c, s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                return false;
            }
            int extra = continuationBytes(cp);
            // The first byte: 110xxxxx, 1110xxxx or 11110xxx as 1, 2 or 3 bytes follow.
            if (at + extra >= end || utf8[at] != (byte) (0xFF00 >> extra + 1 | cp >> 6 * extra)) {
                return false;
            }
            for (int k = 1; k <= extra; k++) {
                if (utf8[at + k] != (byte) (0x80 | cp >> 6 * (extra - k) & 0x3F)) {
                    return false;
                }
            }
            at += extra + 1;
        }
        return at == end;
    }
}
