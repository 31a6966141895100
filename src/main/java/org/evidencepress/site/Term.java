package org.evidencepress.site;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

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
        String words = words(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT), '-');
        return words.isEmpty() ? "-" : words;
    }

    /**
     * The letters, digits and combining marks of {@code text}, each run of anything else
     * (spaces, punctuation) turned into one {@code separator}, none at either end.
     */
    static String words(String text, char separator) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                if (gap && out.length() > 0) {
                    out.append(separator);
                }
                gap = false;
                out.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** Combining marks, which decomposition splits from their letters; compiled once, as a title is folded per work. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Case- and accent-blind text for ordering terms and titles alphabetically. */
    public static String foldForSorting(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                        .toLowerCase(Locale.ROOT);
            }
        }
        return text.toLowerCase(Locale.ROOT); // plain ASCII has no accents to strip
    }
}
