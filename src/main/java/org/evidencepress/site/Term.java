package org.evidencepress.site;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A tag, journal or study year as a browsable term. Terms are equal when their slugs
 * are: "Immunology" and "immunology" are one tag.
 *
 * @param name the spelling shown (the first one met, in path order)
 */
public record Term(String name, String slug) {

    public static Term of(String name) {
        return new Term(name, slugify(name));
    }

    /**
     * Lower-cased text with each run of spaces and punctuation turned into '-'; letters of
     * any script are kept, so a tag's URL stays readable.
     */
    public static String slugify(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean dash = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                dash = false;
                out.appendCodePoint(cp);
            } else {
                dash = true;
            }
        }
        return out.length() == 0 ? "-" : out.toString();
    }

    /** Case- and accent-blind text for ordering terms and titles alphabetically. */
    public static String foldForSorting(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                        .toLowerCase(Locale.ROOT);
            }
        }
        return text.toLowerCase(Locale.ROOT); // plain ASCII has no accents to strip
    }
}
