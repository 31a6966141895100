package org.evidencepress.site;

import org.evidencepress.text.Folding;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A tag, journal or study year as a browsable term. Terms are one when their {@link #key}s
 * are: "Immunology" and "immunology" are one tag, and so are "women's health" and
 * "women’s health"; "C++" and "C#" are two, though both read "c" as a URL segment (the site
 * model then gives the second another, see SiteModelBuilder).
 *
 * @param name the spelling shown (the one most reviews use: see SiteModelBuilder)
 */
public record Term(String name, String slug) {

    public static Term of(String name) {
        return new Term(name, slugify(name));
    }

    /**
     * What tells terms apart: the name lower-cased without the spaces and the punctuation
     * that only separate or quote words (dashes, apostrophes, quotes, brackets, '_', '.', ',',
     * ':', ';', '/', '!', '?'); symbols that carry meaning ('+', '#', '&', '@', '%', '$', ...) are kept.
     * Case is folded fully, through upper case: "Straße" and "STRASSE" are one tag.
     */
    public String key() {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (!separates(cp)) {
                key.appendCodePoint(cp);
            }
        }
        return key.toString();
    }

    private static boolean separates(int cp) {
        return switch (Character.getType(cp)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.CONTROL, Character.DASH_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.CONNECTOR_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION -> true;
            case Character.OTHER_PUNCTUATION -> ".,:;/!?'\"\u00B7\u2022\u2026".indexOf(cp) >= 0;
            default -> false;
        };
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

    /** Case- and accent-blind text for ordering terms and titles alphabetically ("Œdème" among the o's). */
    public static String foldForSorting(String text) {
        return Folding.fold(text);
    }

}
