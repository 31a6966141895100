package org.evidencepress.bibliography;

import java.util.Locale;

/**
 * The seasons as reference data names them: a quarterly's "Spring 2019" is CSL's season 1,
 * BibLaTeX's month 21.
 */
public final class Seasons {
    private Seasons() {
    }

    /** CSL's season for an English season's name, 1 (spring) to 4 (winter); 0 for any other word. */
    public static int of(String word) {
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "spring" -> 1;
            case "summer" -> 2;
            case "autumn", "fall" -> 3;
            case "winter" -> 4;
            default -> 0;
        };
    }
}
