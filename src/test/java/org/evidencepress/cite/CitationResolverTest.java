package org.evidencepress.cite;

import org.commonmark.node.Node;
import org.evidencepress.bibliography.BibItem;
import org.evidencepress.csl.LocatorTerms;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.frontmatter.SourceEntry;
import org.evidencepress.markdown.MarkdownEngine;
import org.evidencepress.markdown.SourceOffset;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Narrative citations and the default style's rendering of Pandoc's syntax, on inline sources. */
class CitationResolverTest {
    private static final MarkdownEngine ENGINE = new MarkdownEngine(false);
    private static final List<SourceEntry> SOURCES = List.of(
            new SourceEntry(1, "miller2016", "The role of inflammation in depression", List.of("A. H. Miller",
                    "C. L. Raison"), "Nature Reviews Immunology", 2016, "10.1038/nri.2015.5", null, 12, 5),
            new SourceEntry(2, "egger1997", "Bias in meta-analysis detected by a simple, graphical test",
                    List.of("M. Egger", "G. Davey Smith", "M. Schneider", "C. Minder"), "BMJ", 1997, null, null, 18, 5),
            new SourceEntry(3, "who2020", "WHO guidelines on physical activity and sedentary behaviour",
                    List.of("World Health Organization"), null, 2020, null, null, 24, 5));

    private final List<Diagnostic> problems = new ArrayList<>();

    /** The body's HTML with links reduced to their number: "(1, p. 33)". */
    private String render(String markdown) {
        return render(markdown, CiteWords.ENGLISH);
    }

    private String render(String markdown, CiteWords words) {
        Node document = ENGINE.parse(markdown);
        CitationResolver.resolve(List.of(new CitationResolver.Part(document, SourceOffset.body(10))),
                CitationResolver.Scope.inlineOnly(SOURCES), words, "content/reviews/x.md", problems);
        return ENGINE.render(document)
                .replaceAll("<a href=\"#source-\\d+\" id=\"[^\"]+\" class=\"cite-link\">(\\d+)</a>", "$1")
                .replace("<span class=\"citation\">", "").replace("</span>", "").strip();
    }

    private List<String> reported() {
        return problems.stream().map(Diagnostic::format).toList();
    }

    @Test
    void specTableInTheDefaultStyle() {
        assertThat(render("A [@miller2016] B [@egger1997; @miller2016] C [@miller2016, @egger1997] @who2020"))
                .isEqualTo("<p>A (1) B (1, 2) C (1, 2) World Health Organization (3)</p>");
        assertThat(render("[@miller2016, p. 33] [@miller2016, pp. 33-35; @egger1997, chap. 2]"))
                .isEqualTo("<p>(1, p. 33) (1, pp. 33-35; 2, chap. 2)</p>");
        assertThat(render("[see @miller2016; also @egger1997, p. 4] [-@miller2016]"))
                .isEqualTo("<p>(see 1; also 2, p. 4) (1)</p>");
        // [-@a] is [@a] in a numeric citation, in a group too.
        assertThat(render("[@egger1997; @miller2016] [-@egger1997; -@miller2016] [@egger1997; -@miller2016]"))
                .isEqualTo("<p>(1, 2) (1, 2) (1, 2)</p>");
        assertThat(render("@miller2016 say it. @egger1997 disagree [@miller2016, emphasis added]."))
                .isEqualTo("<p>Miller and Raison (1) say it. Egger et al. (2) disagree (1, emphasis added).</p>");
    }

    /** Two authors are joined in the page's language: "Miller und Raison (1)" on a German page. */
    @Test
    void narrativeAndInThePageLanguage() {
        assertThat(render("@miller2016 say it, @egger1997 too.", new CiteWords("und", ";")))
                .isEqualTo("<p>Miller und Raison (1) say it, Egger et al. (2) too.</p>");
    }

    /** French puts a no-break space before a semicolon, between cites as in the evidence sections. */
    @Test
    void citesWithLocatorsTakeThePageLanguagesSemicolon() {
        assertThat(render("[@miller2016, chap. 2; @egger1997, fig. 3] [@miller2016; @egger1997]",
                new CiteWords("et", "\u00a0;")))
                .isEqualTo("<p>(1, chap. 2\u00a0; 2, fig. 3) (1, 2)</p>");
    }

    /**
     * The default style writes a locator's term in the page's language, from its CSL locale, as
     * Pandoc's default style does: "S. 23" on a German page, whichever term the author wrote.
     */
    @Test
    void locatorTermsAreThePageLanguages() {
        CiteWords german = new CiteWords("und", ";", LocatorTerms.shortForms("de"));
        assertThat(render("[@miller2016, 23] [@miller2016, pp. 23-25] [@egger1997, chap. 2; @miller2016, fig. 3]",
                german)).isEqualTo("<p>(1, S. 23) (1, S. 23-25) (2, Kap. 2; 1, Abb. 3)</p>");
        assertThat(render("[@miller2016, 23] [@miller2016, pp. 23-25]",
                new CiteWords("et", "\u00a0;", LocatorTerms.shortForms("fr"))))
                .isEqualTo("<p>(1, p. 23) (1, p. 23-25)</p>");
    }

    /** Prefixes and suffixes are inline Markdown, as in Pandoc: "[*see* @a, p. 4, **emphasis added**]". */
    @Test
    void prefixesAndSuffixesKeepTheirMarkdown() {
        assertThat(render("[*see* @miller2016, p. 4, **emphasis added**; `cf.` @egger1997 <i>x</i> & y]"))
                .isEqualTo("<p>(<em>see</em> 1, p. 4, <strong>emphasis added</strong>; <code>cf.</code> 2"
                        + " &lt;i&gt;x&lt;/i&gt; &amp; y)</p>");
        assertThat(render("[see @miller2016, *passim*]")).isEqualTo("<p>(see 1, <em>passim</em>)</p>");
    }

    /** Pandoc's "@key [p. 33] says": the locator joins the narrative citation; a bracket of other words or a link stays. */
    @Test
    void aNarrativeCitationTakesALocatorInBracketsAfterIt() {
        assertThat(render("@miller2016 [p. 33] say it; @egger1997 [chap. 2, emphasis added] too."))
                .isEqualTo("<p>Miller and Raison (1, p. 33) say it; Egger et al. (2, chap. 2, emphasis added) too.</p>");
        assertThat(render("@miller2016 [see this] and @egger1997 [here](https://example.org) and @nobody [p. 3]."))
                .isEqualTo("<p>Miller and Raison (1) [see this] and Egger et al. (2) <a href=\"https://example.org\">here</a>"
                        + " and @nobody [p. 3].</p>");
        assertThat(reported()).allMatch(problem -> problem.contains("source 'who2020' is never cited"));
    }

    /** A suffix that starts with punctuation follows the locator without a space, as citeproc-js writes it. */
    @Test
    void aSuffixStartingWithPunctuationFollowsTheLocatorDirectly() {
        assertThat(render("@miller2016 [p. 33; chap. 2] say it [@egger1997, p. 4: table 2] [@who2020, p. 5. Figure 1]."))
                .isEqualTo("<p>Miller and Raison (1, p. 33; chap. 2) say it (2, p. 4: table 2) (3, p. 5. Figure 1).</p>");
        assertThat(render("[@miller2016, p. 33 (table 2)] [@egger1997, p. 4 *passim*]"))
                .isEqualTo("<p>(1, p. 33 (table 2)) (2, p. 4 <em>passim</em>)</p>");
    }

    /**
     * A locator in another language's terms joins the narrative citation too, as in brackets
     * ("[@a, S. 23]"): the style reads it in the page's language; the default style keeps it as written.
     */
    @Test
    void aNarrativeCitationTakesALocatorInAnotherLanguagesTerms() {
        assertThat(render("@miller2016 [S. 33] sagen es; @egger1997 [cap. 2] también."))
                .isEqualTo("<p>Miller and Raison (1, S. 33) sagen es; Egger et al. (2, cap. 2) también.</p>");
    }

    /**
     * A citation in a link's text counts, as Pandoc reads it, but links to nothing itself (a
     * link may not hold a link): its place keeps the id the Sources list links back to. An
     * {@code @word} there that names no source is the link's text, without a "did you mean".
     */
    @Test
    void aCitationInALinksTextCountsWithoutALinkOfItsOwn() {
        Node document = ENGINE.parse("See [the trial [@egger1997, p. 4]](https://example.org/t), [as @miller2016 say]"
                + "(https://example.org/m), [@egger1996](https://example.org/h) and [@egger1997].");
        CitationResolver.Resolution resolution = CitationResolver.resolve(
                List.of(new CitationResolver.Part(document, SourceOffset.body(10))),
                CitationResolver.Scope.inlineOnly(SOURCES), CiteWords.ENGLISH, "content/reviews/x.md", problems);

        assertThat(ENGINE.render(document).strip()).isEqualTo("<p>See <a href=\"https://example.org/t\">the trial"
                + " <span class=\"citation\">(<span id=\"cite-2-1\">2</span>, p. 4)</span></a>, <a href=\"https://example.org/m\">"
                + "as <span class=\"citation\">Miller and Raison (<span id=\"cite-1-1\">1</span>)</span> say</a>,"
                + " <a href=\"https://example.org/h\">@egger1996</a> and <span class=\"citation\">(<a href=\"#source-2\""
                + " id=\"cite-2-2\" class=\"cite-link\">2</a>)</span>.</p>");
        assertThat(resolution.backrefs()).containsExactly(List.of("cite-1-1"), List.of("cite-2-1", "cite-2-2"), List.of());
        assertThat(problems).extracting(Diagnostic::message).containsExactly("source 'who2020' is never cited");
    }

    /** Pandoc's braced key, for ids a plain key cannot hold, and a '[' that never closes before a narrative key. */
    @Test
    void bracedKeysAndAnUnclosedBracket() {
        assertThat(render("A [@{miller2016}, p. 3] and @{egger1997} say; [@who2020 and more"))
                .isEqualTo("<p>A (1, p. 3) and Egger et al. (2) say; [World Health Organization (3) and more</p>");
        assertThat(reported()).isEmpty();
    }

    /** An '@' in the path of a bare address is part of its link, not the start of a citation that cut it short. */
    @Test
    void anAtInABareAddressStaysInItsLink() {
        assertThat(render("See https://mastodon.social/@someone and https://example.org/@miller2016 (@miller2016 say so)."))
                .isEqualTo("<p>See <a href=\"https://mastodon.social/@someone\">https://mastodon.social/@someone</a>"
                        + " and <a href=\"https://example.org/@miller2016\">https://example.org/@miller2016</a>"
                        + " (Miller and Raison (1) say so).</p>");
    }

    @Test
    void narrativeCitationsOnlyWhereTheyAreText() {
        String html = render("`@miller2016` [x](https://example.org/@miller2016)"
                + " \\@miller2016 me@miller2016.org \\[@miller2016]");
        assertThat(html).isEqualTo("<p><code>@miller2016</code> <a href=\"https://example.org/@miller2016\">x</a>"
                + " @miller2016"
                + " <a href=\"mailto:me@miller2016.org\">me@miller2016.org</a>"
                + " [@miller2016]</p>");
        assertThat(problems).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                "source 'miller2016' is never cited", "source 'egger1997' is never cited",
                "source 'who2020' is never cited");
    }

    /**
     * A link's text that opens with a narrative citation cites, as one with the citation
     * later does ("[as @a show](...)"): it was left as the text "@miller2016 showed".
     */
    @Test
    void aNarrativeCitationOpeningALinksTextCites() {
        assertThat(render("[@miller2016 showed](https://example.org) it.")).isEqualTo("<p><a href=\"https://example.org\">"
                + "Miller and Raison (<span id=\"cite-1-1\">1) showed</a> it.</p>");
        assertThat(problems).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                "source 'egger1997' is never cited", "source 'who2020' is never cited");
    }

    /**
     * A reference-style link is a link as an inline one is (Pandoc reads "[@a showed][trial]" so):
     * its text cited in the sentence, never a parenthetical group followed by a link reading "trial".
     */
    @Test
    void aReferenceStyleLinkWhoseTextCitesIsALink() {
        assertThat(render("[@miller2016 showed][trial] and [see @egger1997][trial] it.\n\n"
                + "[trial]: https://example.org/t")).isEqualTo("<p><a href=\"https://example.org/t\">"
                + "Miller and Raison (<span id=\"cite-1-1\">1) showed</a> and <a href=\"https://example.org/t\">see"
                + " Egger et al. (<span id=\"cite-2-1\">2)</a> it.</p>");
        assertThat(problems).extracting(Diagnostic::message).containsExactly("source 'who2020' is never cited");
        problems.clear();
        // A label with no definition is no link: the bracket is a citation group, as before.
        assertThat(render("[@miller2016, p. 3][nowhere] it.")).isEqualTo("<p>(1, p. 3)[nowhere] it.</p>");
    }

    @Test
    void aBareWordNearAKeyIsAWarningAndStaysText() {
        assertThat(render("Ask @miller2099 or @egger1998 or @someone.")).isEqualTo(
                "<p>Ask @miller2099 or @egger1998 or @someone.</p>");
        assertThat(reported()).contains(
                "content/reviews/x.md:10:20: warning: '@egger1998' is not a citation key and stays text;"
                        + " did you mean '@egger1997'?");
        assertThat(reported()).noneMatch(d -> d.contains("miller2099") || d.contains("someone"));
    }

    /** Quarto's "@fig-forest" is no citation here and stays text: a warning says to link instead. */
    @Test
    void aQuartoCrossReferenceIsAWarningThatSaysToLink() {
        assertThat(render("As @fig-forest and @tbl-grade show, see [@fig-x](#fig-x).")).isEqualTo(
                "<p>As @fig-forest and @tbl-grade show, see <a href=\"#fig-x\">@fig-x</a>.</p>");
        assertThat(reported()).filteredOn(d -> !d.contains("is never cited")).containsExactly(
                "content/reviews/x.md:10:4: warning: '@fig-forest' is a Quarto cross-reference, which is not"
                        + " rendered and stays text; link to what it names, as in [the figure](#fig-forest)",
                "content/reviews/x.md:10:20: warning: '@tbl-grade' is a Quarto cross-reference, which is not"
                        + " rendered and stays text; link to what it names, as in [the table](#tbl-grade)");
    }

    @Test
    void malformedGroupsAndUnknownKeysAreErrorsAtTheirPosition() {
        render("Text [@miller2016; see].\n\nMore [@egger1997 @who2020] and [@mlller2016].");
        assertThat(reported()).contains(
                "content/reviews/x.md:10:6: error: malformed citation [@miller2016; see]: 'see' names no source:"
                        + " each item needs an @key",
                "content/reviews/x.md:12:6: error: malformed citation [@egger1997 @who2020]: two @keys in one item:"
                        + " separate them with ';'",
                "content/reviews/x.md:12:33: error: unknown citation id '@mlller2016': no source with id 'mlller2016'"
                        + " in this review; did you mean '@miller2016'?");
    }

    /** Each unknown key of a group at its own '@': the caret says which of several is meant. */
    @Test
    void eachUnknownKeyOfAGroupIsReportedAtItself() {
        render("Text [@miller2016; @nope1; see @nope2, p. 3] and [@miller2016,\n@nope3].");
        assertThat(reported()).contains(
                "content/reviews/x.md:10:20: error: unknown citation id '@nope1': no source with id 'nope1' in this review",
                "content/reviews/x.md:10:32: error: unknown citation id '@nope2': no source with id 'nope2' in this review",
                "content/reviews/x.md:10:50: error: unknown citation id '@nope3': no source with id 'nope3' in this review");
    }

    @Test
    void inlineSourcesBecomeCslJsonItems() {
        assertThat(BibSources.cslItem(SOURCES.get(0))).containsEntry("id", "miller2016")
                .containsEntry("type", "article-journal").containsEntry("container-title", "Nature Reviews Immunology")
                .containsEntry("DOI", "10.1038/nri.2015.5")
                .containsEntry("author", List.of(
                        Map.of("family", "Miller", "given", "A. H."),
                        Map.of("family", "Raison", "given", "C. L.")));
    }

    /** A bibliography entry's address with a space keeps its link, percent-encoded when written, as an inline source's does. */
    @Test
    void anEntrysAddressWithASpaceIsKept() {
        BibItem item = new BibItem("u1", Map.of("id", "u1", "title", "Space", "URL", "https://example.org/a b"),
                "references/r.bib", 1, 1);
        assertThat(BibSources.entry(item, 1).url()).isEqualTo("https://example.org/a b");
        assertThat(BibSources.entry(new BibItem("f", Map.of("id", "f", "URL", "ftp://example.org/x"), "r.bib", 1, 1), 1)
                .url()).isNull();
    }
}
