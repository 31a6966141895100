package org.evidencepress.cite;

import org.evidencepress.markdown.CitationSyntax;

import java.util.List;
import java.util.Map;

/**
 * The words and punctuation in-text citations take from the page's language.
 *
 * @param and          the word between two authors of a narrative citation ("and", "und")
 * @param semicolon    what separates cites with locators or prefixes (";", with a no-break space before it in French)
 * @param locatorTerms a CSL locator label's singular and plural short term in the page's language ("S.", "S."
 *                     for page in German), where it is not English's
 */
public record CiteWords(String and, String semicolon, Map<String, List<String>> locatorTerms) {
    public static final CiteWords ENGLISH = new CiteWords("and", ";");

    public CiteWords(String and, String semicolon) {
        this(and, semicolon, Map.of());
    }

    /** The term before {@code locator}, "p." or "pp." in English, "S." in German, as the default style writes it. */
    String locatorTerm(String label, String locator) {
        List<String> forms = locatorTerms.get(label);
        if (forms == null) {
            return CitationSyntax.shortTerm(label, locator);
        }
        return CitationSyntax.plural(locator) ? forms.get(1) : forms.get(0);
    }
}
