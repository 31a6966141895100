package org.evidencepress.csl;

import org.evidencepress.markdown.Citation;
import org.evidencepress.markdown.CitationSyntax;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Locators in the page's language, as Pandoc reads them: "[@a, S. 23]" on a German page cites page 23. */
class LocatorTermsTest {
    private static Citation.Cite read(String suffix, String language) {
        return CitationSyntax.localLocator(new Citation.Cite("a", "", null, null, suffix, false), LocatorTerms.of(language));
    }

    @Test
    void aGermanPagesTermsAreLocators() {
        assertThat(read(", S. 23", "de-DE")).extracting(Citation.Cite::label, Citation.Cite::locator, Citation.Cite::suffix)
                .containsExactly("page", "23", "");
        assertThat(read(", S. 24--25, mit Anmerkungen", "de-DE")).extracting(Citation.Cite::label, Citation.Cite::locator,
                Citation.Cite::suffix).containsExactly("page", "24–25", ", mit Anmerkungen");
        assertThat(read(", Kap. 2", "de-DE").label()).isEqualTo("chapter");
        assertThat(read(", Abb. 3", "de-DE").label()).isEqualTo("figure");
        assertThat(read(", chap. 4", "fr-FR").label()).isEqualTo("chapter");
    }

    /** A braced locator's term is read in the page's language too: "[@a{S. iv-vi}]" cites pages iv-vi, not "S. S. iv-vi". */
    @Test
    void aBracedLocatorsGermanTermIsItsLabel() {
        List<String[]> german = LocatorTerms.of("de-DE");
        Citation.Cite pages = CitationSyntax.localLocator(new Citation.Cite("a", "", "S. iv-vi", "page", "", false), german);
        assertThat(pages).extracting(Citation.Cite::label, Citation.Cite::locator).containsExactly("page", "iv-vi");
        Citation.Cite chapter = CitationSyntax.localLocator(new Citation.Cite("a", "", "Kap. IV", "page", "", false), german);
        assertThat(chapter).extracting(Citation.Cite::label, Citation.Cite::locator).containsExactly("chapter", "IV");
        Citation.Cite plain = new Citation.Cite("a", "", "ii, A, D-Z", "page", "", false);
        assertThat(CitationSyntax.localLocator(plain, german)).isEqualTo(plain);
    }

    @Test
    void aSuffixThatIsNoLocatorStaysOne() {
        Citation.Cite words = read(", Seitenhieb inklusive", "de-DE");
        assertThat(words.locator()).isNull();
        assertThat(words.suffix()).isEqualTo(", Seitenhieb inklusive");
        assertThat(read(", S. 23", "en-US").locator()).as("English terms are read with the Markdown").isNull();
        assertThat(LocatorTerms.of("xx-XX")).isEmpty();
    }

    @Test
    void termsComeLongestFirst() {
        List<String[]> terms = LocatorTerms.of("de-DE");
        for (int i = 1; i < terms.size(); i++) {
            assertThat(terms.get(i - 1)[0].length()).isGreaterThanOrEqualTo(terms.get(i)[0].length());
        }
        assertThat(terms).anyMatch(t -> t[0].equals("s.") && t[1].equals("page"));
    }
}
