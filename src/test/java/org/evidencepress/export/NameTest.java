package org.evidencepress.export;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Names as the BibTeX and RIS downloads write them, from a bibliography entry's CSL-JSON names. */
class NameTest {
    @Test
    void particlesAndSuffixesTakeEachFormatsPlace() {
        Name king = Name.ofCsl(Map.of("family", "King", "given", "Martin Luther", "suffix", "Jr."));
        assertThat(king.inverted()).isEqualTo("King, Jr., Martin Luther");
        assertThat(king.risInverted()).isEqualTo("King, Martin Luther, Jr.");

        Name berg = Name.ofCsl(Map.of("family", "Berg", "given", "Jan", "non-dropping-particle", "van der"));
        assertThat(berg.inverted()).isEqualTo("van der Berg, Jan");
        assertThat(berg.risInverted()).isEqualTo("van der Berg, Jan");

        // Sorted under B: the particle goes with the given names, where BibTeX and RIS readers look for it.
        Name beethoven = Name.ofCsl(Map.of("family", "Beethoven", "given", "Ludwig", "dropping-particle", "van"));
        assertThat(beethoven.inverted()).isEqualTo("Beethoven, Ludwig van");
        assertThat(beethoven.risInverted()).isEqualTo("Beethoven, Ludwig van");

        assertThat(Name.ofCsl(Map.of("literal", "World Health Organization")).inverted())
                .isEqualTo("World Health Organization");
        assertThat(Name.ofCsl(Map.of("given", "Nobody"))).isNull();
    }

    /**
     * Names as authors write them in front matter, split as the page shows them: a suffix
     * apart from the family name, and a body's name whole, never a person called "Organization".
     */
    @Test
    void writtenNamesKeepSuffixesAndBodiesWhole() {
        for (String written : List.of("Martin Luther King Jr.", "Martin Luther King, Jr.", "King, Martin Luther, Jr.")) {
            Name king = Name.parse(written);
            assertThat(king.csl()).isEqualTo(Map.of("family", "King", "given", "Martin Luther", "suffix", "Jr."));
            assertThat(king.inverted()).isEqualTo("King, Jr., Martin Luther");
            assertThat(king.risInverted()).isEqualTo("King, Martin Luther, Jr.");
        }
        assertThat(Name.parse("John Smith III").csl()).isEqualTo(Map.of("family", "Smith", "given", "John",
                "suffix", "III"));
        assertThat(Name.parse("Jane Doe Sr").suffix()).isEqualTo("Sr");

        Name who = Name.parse("World Health Organization");
        assertThat(who.csl()).isEqualTo(Map.of("literal", "World Health Organization"));
        assertThat(who.inverted()).isEqualTo("World Health Organization");
        assertThat(who.risInverted()).isEqualTo("World Health Organization");

        assertThat(Name.parse("Wakefield AJ").csl()).isEqualTo(Map.of("family", "Wakefield", "given", "A. J."));
        assertThat(Name.parse("Ana Lima").csl()).isEqualTo(Map.of("family", "Lima", "given", "Ana"));
        Name pena = Name.parse("de la Peña, José");
        assertThat(pena.csl()).isEqualTo(Map.of("family", "Peña", "given", "José", "non-dropping-particle", "de la"));
        assertThat(pena.inverted()).isEqualTo("de la Peña, José");
        // A particle written before the family name stays with it: "Gogh Vv" was the old citation.
        assertThat(Name.parse("Vincent van Gogh").csl()).isEqualTo(Map.of("family", "Gogh", "given", "Vincent",
                "non-dropping-particle", "van"));
        assertThat(CiteKeys.base(Name.parse("Vincent van Gogh"), 1888)).isEqualTo("vangogh1888");
        assertThat(Name.parse("Cochrane Editorial Team").csl()).isEqualTo(Map.of("literal", "Cochrane Editorial Team"));
    }
}
