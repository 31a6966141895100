package org.evidencepress.site;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TermTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Immunology                | immunology",
            "IMMUNOLOGY                | immunology",
            "blue light                | blue-light",
            "  circadian   rhythm      | circadian-rhythm",
            "type-2 diabetes           | type-2-diabetes",
            "C++ & Rust!               | c-rust",
            "IL-4/IL-13 (Th2)          | il-4-il-13-th2",
            "Schlafstörung             | schlafstörung",
            "Ärzte                     | ärzte",
            "ΥΓΕΊΑ                     | υγεία",
            "睡眠 研究                  | 睡眠-研究",
            "'...'                     | -"})
    void slugIsLowerCasedWithPunctuationRunsAsOneDash(String text, String slug) {
        assertThat(Term.slugify(text)).isEqualTo(slug);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Émile Ørsted-Šimić | emile orsted-simic",
            "Œdème Straße       | oedeme strasse",
            "Cafe\u0301 au lait  | cafe au lait",
            "Sleep and PAIN     | sleep and pain"})
    void foldingForSortingDropsAccentsAndCase(String text, String folded) {
        assertThat(Term.foldForSorting(text)).isEqualTo(folded);
    }

    @ParameterizedTest
    @CsvSource({"Café, Cafe\u0301", "Sleep, sleep"})
    void spellingsThatDifferOnlyInCaseOrNormalisationAreOneTerm(String a, String b) {
        assertThat(Term.of(a).slug()).isEqualTo(Term.of(b).slug());
    }

    @ParameterizedTest
    @CsvSource({"Straße, STRASSE", "ﬁbrosis, FIBROSIS", "Œuvre, œuvre"})
    void caseIsFoldedFully(String a, String b) {
        assertThat(Term.of(a).key()).isEqualTo(Term.of(b).key());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"women's health | Women’s Health", "type-2 diabetes | Type 2 Diabetes",
            "IL-4/IL-13 | il4 il13", "\"quoted\" | quoted"})
    void spellingsThatDifferOnlyInSeparatorsAreOneTerm(String a, String b) {
        assertThat(Term.of(a).key()).isEqualTo(Term.of(b).key());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"C++ | C#", "C | C++", "R&D | RD", "100% | 100"})
    void symbolsThatCarryMeaningTellTermsApart(String a, String b) {
        assertThat(Term.of(a).key()).isNotEqualTo(Term.of(b).key());
    }
}
