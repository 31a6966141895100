package org.evidencepress.packing;

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
        int hash = s.hashCode();
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        String held = TABLE[slot];
        if (s.equals(held)) {
            return held;
        }
        TABLE[slot] = s;
        return s;
    }
}
