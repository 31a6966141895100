package org.evidencepress.cite;

/**
 * The words and punctuation in-text citations take from the page's language.
 *
 * @param and       the word between two authors of a narrative citation ("and", "und")
 * @param semicolon what separates cites with locators or prefixes (";", with a no-break space before it in French)
 */
public record CiteWords(String and, String semicolon) {
    public static final CiteWords ENGLISH = new CiteWords("and", ";");
}
