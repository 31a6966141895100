package org.evidencepress.markdown;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pandoc's citation syntax, as SPEC section 7's table writes it, read into cites. */
class CitationSyntaxTest {

    private static List<Citation.Cite> cites(String text) {
        CitationSyntax.Bracket bracket = CitationSyntax.bracket(text);
        assertThat(bracket.error()).as(text).isNull();
        return bracket.cites();
    }

    @Test
    void plainGroupsWithSemicolonsOrCommas() {
        assertThat(cites("@a")).extracting(Citation.Cite::id).containsExactly("a");
        assertThat(cites("@a; @b")).extracting(Citation.Cite::id).containsExactly("a", "b");
        assertThat(cites("@a, @b")).extracting(Citation.Cite::id).containsExactly("a", "b");
        assertThat(cites("@a,@b;@c")).allMatch(Citation.Cite::plain).hasSize(3);
    }

    @Test
    void locatorsPrefixesSuffixesAndSuppressedAuthors() {
        assertThat(cites("@a, p. 33")).containsExactly(new Citation.Cite("a", "", "33", "page", "", false));
        assertThat(cites("@a, pp. 33-35; @b, chap. 2")).containsExactly(
                new Citation.Cite("a", "", "33-35", "page", "", false),
                new Citation.Cite("b", "", "2", "chapter", "", false));
        assertThat(cites("see @a; also @b, p. 4")).containsExactly(
                new Citation.Cite("a", "see", null, null, "", false),
                new Citation.Cite("b", "also", "4", "page", "", false));
        assertThat(cites("-@a")).containsExactly(new Citation.Cite("a", "", null, null, "", true));
        assertThat(cites("@a, emphasis added")).containsExactly(
                new Citation.Cite("a", "", null, null, ", emphasis added", false));
        assertThat(cites("@a, p. 33, in the discussion")).containsExactly(
                new Citation.Cite("a", "", "33", "page", ", in the discussion", false));
        assertThat(cites("@smith04, 33")).containsExactly(new Citation.Cite("smith04", "", "33", "page", "", false));
        assertThat(cites("@a, p. 33.")).containsExactly(new Citation.Cite("a", "", "33", "page", ".", false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "p. 33|page|33", "pp. 33-35, 40|page|33-35, 40", "page 7|page|7", "pages 7-9|page|7-9",
            "chap. 2|chapter|2", "chapter iv|chapter|iv", "sec. 3|section|3", "sec. 10.10.2|section|10.10.2", "§ 4|section|4",
            "fig. 2|figure|2", "figs. 2-3|figure|2-3", "para. 12|paragraph|12", "¶ 5|paragraph|5",
            "vol. 2|volume|2", "volumes 1-3|volume|1-3", "bk. 1|book|1", "col. 4|column|4", "no. 12|number|12",
            "l. 7|line|7", "n. 3|note|3", "op. 9|opus|9", "pt. 2|part|2", "s.v. 1|sub-verbo|1",
            "v. 16|verse|16", "p. 33ff.|page|33ff.",
            // Markdown's en dash, and the words with a digit Pandoc takes: supplements, eLocators, panels.
            "pp. 10--12|page|10–12", "fig. 2B|figure|2B", "fig. S3|figure|S3", "pp. S1-S5|page|S1-S5",
            "pp. e1-e9|page|e1-e9"})
    void pandocLocatorTerms(String written, String label, String locator) {
        assertThat(CitationSyntax.locator(written)).containsExactly(label, locator, "");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"page|33|p.", "page|33-35|pp.", "page|10–12|pp.", "chapter|2|chap.", "section|1, 3|secs.",
            "figure|2|fig.", "paragraph|4|para.", "volume|2|vol."})
    void defaultStyleShortTerms(String label, String locator, String term) {
        assertThat(CitationSyntax.shortTerm(label, locator)).isEqualTo(term);
    }

    @Test
    void keysFollowPandoc() {
        assertThat(CitationSyntax.keyLength("smith2020.", 0)).isEqualTo(9);
        assertThat(CitationSyntax.keyLength("doi:10.1/x,", 0)).isEqualTo(10);
        assertThat(CitationSyntax.keyLength("dersimonian_meta-analysis_1986)", 0)).isEqualTo(30);
        assertThat(CitationSyntax.keyLength(" a", 0)).isZero();
        // A URI, as Zotero's CSL-JSON ids are: Pandoc reads "://" inside a key.
        assertThat(CitationSyntax.keyLength("http://zotero.org/users/1/items/ABCD1234]", 0)).isEqualTo(40);
        assertThat(cites("@x://y")).extracting(Citation.Cite::id).containsExactly("x://y");
    }

    /** Pandoc's braced locator holds what a plain one cannot: roman numerals, a list with words. */
    @Test
    void aBracedLocatorIsTheLocatorAsWritten() {
        assertThat(cites("@kuhn_1962, {pp. iv, vi-xi}")).containsExactly(
                new Citation.Cite("kuhn_1962", "", "iv, vi-xi", "page", "", false));
        assertThat(cites("@a, {chap. 3 and appendix} and elsewhere")).containsExactly(
                new Citation.Cite("a", "", "3 and appendix", "chapter", "and elsewhere", false));
        assertThat(cites("@a, {iv}")).containsExactly(new Citation.Cite("a", "", "iv", "page", "", false));
    }

    /** Pandoc's manual writes the braces right after the key; empty braces mean no locator. */
    @Test
    void aBracedLocatorMayFollowTheKeyDirectly() {
        assertThat(cites("@smith2020{pp. iv, vi-xi}")).containsExactly(
                new Citation.Cite("smith2020", "", "iv, vi-xi", "page", "", false));
        assertThat(cites("@smith{ii, A, D-Z}, with a suffix")).containsExactly(
                new Citation.Cite("smith", "", "ii, A, D-Z", "page", ", with a suffix", false));
        assertThat(cites("@smith{}, 99 years later")).containsExactly(
                new Citation.Cite("smith", "", null, null, ", 99 years later", false));
        assertThat(cites("@a {} 123-35 numbers are suffix")).containsExactly(
                new Citation.Cite("a", "", null, null, "123-35 numbers are suffix", false));
        assertThat(cites("@a{123(4)a-8({8})}")).containsExactly(
                new Citation.Cite("a", "", "123(4)a-8({8})", "page", "", false));
        assertThat(cites("@{https://doi.org/10.1/x}{chap. iv}")).containsExactly(
                new Citation.Cite("https://doi.org/10.1/x", "", "iv", "chapter", "", false));
        assertThat(cites("@a{ii, A}, @b")).extracting(Citation.Cite::id).containsExactly("a", "b");
        assertThat(CitationSyntax.bracket("@a{ii").error())
                .isEqualTo("the '{' of a braced locator is not closed: write it as [@key{pp. iv, vi-xi}]");
    }

    @Test
    void bracketsWithoutACitationAreNotCitations() {
        assertThat(CitationSyntax.bracket("a link").isCitation()).isFalse();
        assertThat(CitationSyntax.bracket("mail me@example.org").isCitation()).isFalse();
        assertThat(CitationSyntax.bracket("@").isCitation()).isFalse();
        assertThat(CitationSyntax.bracket("mail me@example.org").error()).isNull();
    }

    @Test
    void groupsHoldingAKeyThatDoNotParseAreErrors() {
        assertThat(CitationSyntax.bracket("@a; see").error()).isEqualTo("'see' names no source: each item needs an @key");
        assertThat(CitationSyntax.bracket("@a @b").error()).isEqualTo("two @keys in one item: separate them with ';'");
        assertThat(CitationSyntax.bracket("@a;; @b").error()).isEqualTo("an empty item between ';' separators");
        assertThat(CitationSyntax.bracket("@a.b!x").error()).startsWith("'@a.b!x' is not a citation");
    }
}
