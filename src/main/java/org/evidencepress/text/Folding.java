package org.evidencepress.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text folded for comparing as readers compare it: compatibility-decomposed, marks dropped,
 * lower case, and the letters decomposition leaves whole spelled as their readers write
 * them without the letter ("Straße" is "strasse", "Sørensen" "sorensen", "Œdème" "oedeme").
 * Search terms and the order of lists are made from it.
 */
public final class Folding {
    private static final String SPELLED = "ßæœøđłıþð";
    private static final String[] SPELLED_AS = {"ss", "ae", "oe", "o", "d", "l", "i", "th", "d"};

    private Folding() {
    }

    public static String fold(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        if (ascii) {
            return text.toLowerCase(Locale.ROOT); // plain ASCII has nothing to decompose or spell out
        }
        String lower = withoutMarks(Normalizer.normalize(text, Normalizer.Form.NFKD)).toLowerCase(Locale.ROOT);
        StringBuilder spelled = null;
        for (int i = 0; i < lower.length(); i++) {
            int k = SPELLED.indexOf(lower.charAt(i));
            if (k >= 0 && spelled == null) {
                spelled = new StringBuilder(lower.length() + 8).append(lower, 0, i);
            }
            if (spelled != null) {
                if (k >= 0) {
                    spelled.append(SPELLED_AS[k]);
                } else {
                    spelled.append(lower.charAt(i));
                }
            }
        }
        return spelled == null ? lower : spelled.toString();
    }

    /** The text without its combining marks (a pattern's {@code \p{M}}), which decomposition set apart. */
    private static String withoutMarks(String decomposed) {
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
