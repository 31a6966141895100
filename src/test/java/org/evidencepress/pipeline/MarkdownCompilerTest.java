package org.evidencepress.pipeline;

import org.evidencepress.cite.CitationResolver;
import org.evidencepress.content.SourceKind;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.evidence.EvidenceBlocks;
import org.evidencepress.frontmatter.InlineText;
import org.evidencepress.frontmatter.ParsedFile;
import org.evidencepress.frontmatter.SourceEntry;
import org.evidencepress.markdown.LinkRef;
import org.evidencepress.markdown.MarkdownWords;
import org.evidencepress.markdown.MarkdownEngine;
import org.evidencepress.markdown.TocEntry;
import org.evidencepress.render.Views;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Markdown stages of one review: citations, anchors, TOC, section and link checks. */
class MarkdownCompilerTest {
    private static final String PATH = "content/reviews/a.md";
    /** The body starts on line 10 of the file, as after a nine-line front matter. */
    private static final int BODY_LINE = 10;
    private static final List<SourceEntry> SOURCES = List.of(source(1, "a"), source(2, "b"), source(3, "c"),
            source(4, "d"));

    private final List<Diagnostic> problems = new ArrayList<>();

    private static SourceEntry source(int number, String id) {
        return new SourceEntry(number, id, "Title " + id, List.of(), null, 2020, null, null, 2 + number, 5);
    }

    private CompiledMarkdown compile(String body) {
        return compile(body, List.of());
    }

    private CompiledMarkdown compile(String body, List<InlineText> keyPoints) {
        MarkdownCompiler compiler = new MarkdownCompiler(new MarkdownEngine(false), 3,
                Map.of(PATH, "reviews/a/", "content/reviews/b.md", "reviews/b/"), f -> MarkdownWords.ENGLISH);
        ParsedFile file = new ParsedFile(PATH, SourceKind.REVIEW, null, BODY_LINE);
        return compiler.compile(file, body, "reviews/a/", keyPoints, CitationResolver.Scope.inlineOnly(SOURCES),
                EvidenceBlocks.NONE, problems);
    }

    private List<String> reported() {
        return problems.stream().map(Diagnostic::format).toList();
    }

    private List<String> errors() {
        return problems.stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
    }

    @Test
    void semicolonAndCommaListsRenderAsNumberedLinksWithBackLinks() {
        CompiledMarkdown out = compile("One [@a; @c].\n\nTwo [@c, @d].\n\nThree [@a].\n");
        assertThat(out.body()).contains("One <span class=\"citation\">(<a href=\"#source-1\" id=\"cite-1-1\""
                + " class=\"cite-link\">1</a>, <a href=\"#source-3\" id=\"cite-3-1\" class=\"cite-link\">3</a>)</span>.");
        assertThat(out.body()).contains("Two <span class=\"citation\">(<a href=\"#source-3\" id=\"cite-3-2\"");
        assertThat(out.backrefs()).containsExactly(List.of("cite-1-1", "cite-1-2"), List.of(),
                List.of("cite-3-1", "cite-3-2"), List.of("cite-4-1"));
        assertThat(reported()).containsExactly(PATH + ":4:5: warning: source 'b' is never cited");
    }

    @Test
    void keyPointsCiteBeforeTheBodyAndNumbersShowInAscendingOrder() {
        CompiledMarkdown out = compile("Body [@d; @a; @b; @c].\n", List.of(new InlineText("Point [@b]", 7, 5)));
        assertThat(out.keyPoints()).containsExactly("Point <span class=\"citation\">(<a href=\"#source-2\""
                + " id=\"cite-2-1\" class=\"cite-link\">2</a>)</span>");
        assertThat(out.body()).contains("(<a href=\"#source-1\" id=\"cite-1-1\" class=\"cite-link\">1</a>,"
                + " <a href=\"#source-2\" id=\"cite-2-2\" class=\"cite-link\">2</a>,", ">3</a>, <a", ">4</a>)</span>");
        assertThat(out.backrefs().get(1)).containsExactly("cite-2-1", "cite-2-2");
    }

    @Test
    void citationSyntaxStaysLiteralInCodeLinksAndAfterBackslash() {
        CompiledMarkdown out = compile("""
                Span `[@a]` here.

                ```
                [@b]
                ```

                    [@c] indented

                A [link](https://example.org/[@d]) and \\[@a] escaped.

                Real [@a; @b; @c; @d].
                """);
        assertThat(out.body()).contains("<code>[@a]</code>", "<code>[@b]\n</code>", "<code>[@c] indented\n</code>",
                "href=\"https://example.org/%5B@d%5D\"", "and [@a] escaped.");
        assertThat(out.backrefs()).allSatisfy(places -> assertThat(places).hasSize(1));
    }

    @Test
    void aCitationInAnImageDescriptionReadsAsTextInItsAltAndLeavesNoBackLinkToNothing() {
        CompiledMarkdown out = compile("![Forest plot of the trials [@b; @c]](https://example.org/forest.png)\n\n"
                + "Text [@a; @c] and [@d].\n");
        assertThat(out.body()).contains("alt=\"Forest plot of the trials (2, 3)\"");
        assertThat(out.body()).doesNotContain("cite-2-");
        assertThat(out.backrefs()).as("a source cited only in an image still counts as cited, with no place to return to")
                .containsExactly(List.of("cite-1-1"), List.of(), List.of("cite-3-1"), List.of("cite-4-1"));
        assertThat(reported()).isEmpty();
    }

    @Test
    void unknownCitationIdIsAnErrorAtTheCitation() {
        CompiledMarkdown out = compile("Text\n\nSee [@a; @zz] too [@b; @c; @d].\n");
        assertThat(errors()).containsExactly(
                PATH + ":12:10: error: unknown citation id '@zz': no source with id 'zz' in this review");
        assertThat(out.body()).as("an unresolved citation is shown as written").contains("See [@a; @zz] too");
    }

    @Test
    void repeatedHeadingsGetUniqueStableAnchors() {
        CompiledMarkdown out = compile("## Results\n\nx [@a; @b; @c; @d]\n\n## Results\n\ny\n\n## Results\n\nz\n");
        assertThat(out.toc()).extracting(TocEntry::anchorId).containsExactly("results", "results-1", "results-2");
        assertThat(out.body()).contains("<h2 id=\"results\">", "<h2 id=\"results-1\">", "<h2 id=\"results-2\">");
    }

    @Test
    void aHeadingWhoseTextEndsInANumberNeverSharesARepeatsAnchor() {
        CompiledMarkdown out = compile("## Section\n\nx [@a; @b; @c; @d]\n\n## Section\n\ny\n\n## Section 1\n\nz\n"
                + "\n## Trial {#trial-1}\n\nu\n\n## Trial\n\nv\n\n## Trial\n\nw\n");
        assertThat(out.toc()).extracting(TocEntry::anchorId).containsExactly("section", "section-1", "section-1-1",
                "trial-1", "trial", "trial-2");
        assertThat(out.body()).contains("<h2 id=\"section-1-1\">Section 1</h2>", "<h2 id=\"trial-2\">Trial</h2>");
    }

    /** A narrative citation's authors are words of the heading; its number is not. */
    @Test
    void aHeadingWithANarrativeCitationKeepsTheAuthorsInTheTocAndItsId() {
        MarkdownCompiler compiler = new MarkdownCompiler(new MarkdownEngine(false), 3, Map.of(PATH, "reviews/a/"),
                f -> MarkdownWords.ENGLISH);
        List<SourceEntry> sources = List.of(new SourceEntry(1, "miller2016", "The role of inflammation",
                List.of("A. H. Miller", "C. L. Raison"), null, 2016, null, null, 3, 5));
        CompiledMarkdown out = compiler.compile(new ParsedFile(PATH, SourceKind.REVIEW, null, BODY_LINE),
                "## What @miller2016 found [@miller2016]\n\ntext\n", "reviews/a/", List.of(),
                CitationResolver.Scope.inlineOnly(sources), EvidenceBlocks.NONE, problems);
        assertThat(out.toc()).extracting(TocEntry::text).containsExactly("What Miller and Raison found");
        assertThat(out.toc()).extracting(TocEntry::anchorId).containsExactly("what-miller-and-raison-found");
    }

    @Test
    void headingsNeverTakeTheIdsOfThePageOwnSections() {
        CompiledMarkdown out = compile("""
                ## Sources

                a [@a; @b; @c; @d]

                ## Study Overview

                b

                ## Source 1

                c
                """);
        assertThat(out.toc()).extracting(TocEntry::anchorId).containsExactly("sources-1", "study-overview-1",
                "source-1-1");
    }

    /** Hugo's, Zola's and Quarto's {#id} and {.class} after a heading; a block of other words stays text. */
    @Test
    void headingAttributesGiveTheIdAndClasses() {
        CompiledMarkdown out = compile("""
                ## Results {#main-results .lead}

                a [@a; @b; @c; @d], see [below](#later) and [deep](#deep-dive).

                ## Appendix {.unlisted #later}

                b

                #### Deep dive

                c

                ## Results

                d

                ## Set {a b}

                e
                """);
        assertThat(out.toc()).extracting(TocEntry::anchorId).containsExactly("main-results", "results", "set-a-b");
        assertThat(out.toc()).extracting(TocEntry::text).startsWith("Results");
        assertThat(out.body()).contains("<h2 id=\"main-results\" class=\"lead\">Results</h2>",
                "<h2 id=\"later\" class=\"unlisted\">Appendix</h2>", "<h4 id=\"deep-dive\">Deep dive</h4>",
                "<h2 id=\"set-a-b\">Set {a b}</h2>");
        assertThat(out.anchors()).as("every heading's id can be linked, not only the listed ones")
                .contains("main-results", "later", "deep-dive");
        assertThat(reported()).isEmpty();
    }

    @Test
    void aHeadingIdTakenOnThePageIsAnErrorAtItsBrace() {
        compile("## One {#x}\n\na [@a; @b; @c; @d]\n\n## Two {#x}\n\nb\n\n## Three {#sources title=\"t\"}\n\nc\n");
        assertThat(reported()).containsExactly(
                PATH + ":14:8: error: heading id 'x' is already used on this page",
                PATH + ":18:10: warning: heading attribute title=\"t\" is not rendered: a heading takes {#id} and {.class}",
                PATH + ":18:10: error: heading id 'sources' is already used on this page (the page makes it itself);"
                        + " choose another");
        compile("## Main points {#main}\n\nb\n");
        assertThat(reported()).last().asString()
                .endsWith("error: heading id 'main' is already used on this page (the page makes it itself); choose another");
    }

    /** Hugo's and Quarto's markup that CommonMark reads as text is a warning, never silently on the page. */
    @Test
    void shortcodesInlineNotesAndFencedDivsOfOtherGeneratorsAreWarnings() {
        compile("""
                See {{< ref "b.md" >}} and [@a; @b; @c; @d].

                {{< figure src="forest.png" caption="Forest plot" >}}

                ::: {.callout-note}
                Trials were small^[Most had under 100 people.].
                :::

                `{{< ref "b.md" >}}` and `^[x]` in code, and text ::: mid-line, stay quiet.

                {{ youtube(id="dQw4w9WgXcQ") }} and {% note(kind="info") %}
                """);
        assertThat(reported()).containsExactly(
                PATH + ":10:5: warning: Hugo shortcode '{{< ref \"b.md\" >}}' is not rendered and would show as"
                        + " written; link to the file itself, [text](other-review.md)",
                PATH + ":12:1: warning: Hugo shortcode '{{< figure src=\"forest.png\" caption=\"For...'"
                        + " is not rendered and would show as written; write an image with a title,"
                        + " ![alt text](file.png \"Caption\"), alone in its paragraph",
                PATH + ":14:1: warning: fenced div '::: {.callout-note}' is not rendered and would show as written"
                        + " with its ':::' lines; write the text without them, or as a quote ('> ')",
                PATH + ":15:18: warning: inline note '^[...]' is not rendered and would show as written; write a"
                        + " footnote, text[^1] with a line '[^1]: the note' below",
                PATH + ":20:1: warning: Zola shortcode '{{ youtube(id=\"dQw4w9WgXcQ\") }}' is not rendered and would"
                        + " show as written; write it in Markdown, or in a template of the site",
                PATH + ":20:37: warning: Zola shortcode '{% note(kind=\"info\") %}' is not rendered and would show"
                        + " as written; write it in Markdown, or in a template of the site");
    }

    /** Pandoc's attributes and bracketed spans show as text; braces in prose and in code stay quiet. */
    @Test
    void pandocAttributesAndSpansAreWarnings() {
        compile("""
                ![Forest plot](forest.png){#fig-forest width=80%} [@a; @b; @c; @d]

                See [the trial](https://example.org/t){target="_blank"}, [marked]{.mark} and `x`{.r}.

                Sets {a, b} and `{#x}` and [a] {.b} stay.
                """);
        assertThat(reported()).filteredOn(d -> !d.contains("forest.png")).containsExactly(
                PATH + ":10:27: warning: attributes '{#fig-forest width=80%}' are not read and would show as"
                        + " written; remove them (a figure's caption is the image's title, ![alt](file.png"
                        + " \"Caption\"), alone in its paragraph)",
                PATH + ":12:39: warning: attributes '{target=\"_blank\"}' are not read and would show as written;"
                        + " remove them",
                PATH + ":12:58: warning: bracketed span '[marked]{.mark}' is not read and would show as written,"
                        + " brackets and braces; write the text alone, or *emphasis*",
                PATH + ":12:81: warning: attributes '{.r}' are not read and would show as written; remove them");
    }

    /**
     * Quarto's executable chunks and raw blocks are code here, in their language's class as
     * Quarto shows a chunk's source; a fence naming a language stays quiet.
     */
    @Test
    void quartoCodeChunksAndRawBlocksAreWarnings() {
        CompiledMarkdown out = compile("""
                Results [@a; @b; @c; @d].

                ```{r echo=FALSE}
                summary(fit)
                ```

                ```{=html}
                <b>raw</b>
                ```

                ```r
                summary(fit)
                ```
                """);
        assertThat(reported()).containsExactly(
                PATH + ":12:1: warning: code chunk '```{r echo=FALSE}' is not run: its code is shown as written;"
                        + " put its output (a table, an image) in the page instead",
                PATH + ":16:1: warning: raw block '```{=html}' is shown as code, not passed through; write the HTML"
                        + " itself (with unsafe_html: true in site.yaml)");
        assertThat(out.body()).contains("<code class=\"language-r\">summary(fit)", "<code class=\"language-html\">&lt;b&gt;")
                .doesNotContain("{r", "{=html");
    }

    /** Pandoc's definition lists show their ':' lines as text; prose with a colon stays quiet. */
    @Test
    void pandocDefinitionListsAreWarnings() {
        compile("""
                Risk ratio
                : events over people in one arm, over the same in the other [@a; @b; @c; @d].

                Odds ratio

                :   the odds in one arm over the odds in the other.

                The ratio was:
                1.2, and in words: a fifth more.
                """);
        assertThat(reported()).containsExactly(
                PATH + ":11:1: warning: definition list item ': events over people in one arm, over th...' is not"
                        + " rendered and would show as written, ':' and all; write a list, '- **Term**: definition'",
                PATH + ":15:1: warning: definition list item ':   the odds in one arm over the odds in...' is not"
                        + " rendered and would show as written, ':' and all; write a list, '- **Term**: definition'");
    }

    /** A link a screen reader can name only by its address is a warning; an image's alt text names it. */
    @Test
    void aLinkWithoutTextIsAWarning() {
        compile("See [](https://example.org/a) [@a; @b; @c; @d],\n[![](https://example.org/logo.png)](https://example.org/b)"
                + " and [![Logo](https://example.org/logo.png)](https://example.org/c) and [ `x` ](https://example.org/d).\n");
        assertThat(reported()).containsExactly(
                PATH + ":10:5: warning: link to 'https://example.org/a' has no text, so a screen reader can only read"
                        + " out its address; write its text between the brackets, or alt text for the image in it",
                PATH + ":11:1: warning: link to 'https://example.org/b' has no text, so a screen reader can only read"
                        + " out its address; write its text between the brackets, or alt text for the image in it");
    }

    @Test
    void theLastSectionBeforeTheFootnotesIsNotEmpty() {
        compile("## Filled\n\ntext [@a; @b; @c; @d][^1]\n\n## Last\n\n[^1]: A note.\n");
        assertThat(reported()).containsExactly(PATH + ":14:1: warning: empty section: heading 'Last' has nothing under it");
        problems.clear();
        compile("## Filled\n\ntext [@a; @b; @c; @d][^1]\n\n## Last\n\nwords\n\n[^1]: A note.\n");
        assertThat(reported()).isEmpty();
    }

    @Test
    void aSectionHoldingOnlyLinkDefinitionsIsEmpty() {
        compile("## Filled\n\ntext [@a; @b; @c; @d] and [the trial][t]\n\n## Links\n\n[t]: https://example.org/t\n\n"
                + "## Last\n\n[u]: https://example.org/u\nwords\n");
        assertThat(reported()).containsExactly(PATH + ":14:1: warning: empty section: heading 'Links' has nothing under it"
                + " but link definitions, which show nothing on the page");
    }

    /** A lone '##' is an empty heading, not a heading '' of an empty section, and no h2 or TOC link of nothing. */
    @Test
    void anEmptyHeadingIsAWarningAndLeftOut() {
        CompiledMarkdown out = compile("## Filled\n\n##\n\ntext [@a; @b; @c; @d]\n\n### {#anchor}\n\nlast\n");
        assertThat(reported()).containsExactly(
                PATH + ":12:1: warning: empty heading: '##' has no text, so it is left out of the page; write its"
                        + " text after the '#' marks, or delete the line",
                PATH + ":16:1: warning: empty heading: '###' has an id but no text, so the page shows no heading,"
                        + " only the anchor 'anchor' for links to it; write the heading's text before the '{'");
        assertThat(out.toc()).extracting(TocEntry::anchorId).containsExactly("filled");
        assertThat(out.body()).doesNotContain("<h2 id=\"section\"", "<h3").contains("<p>last</p>");
        problems.clear();
        compile("## Filled\n\ntext [@a; @b; @c; @d]\n\n#\n\nmore\n");
        assertThat(reported()).containsExactly(PATH + ":14:1: warning: empty heading: '#' has no text, so it is left"
                + " out of the page; write its text after the '#' marks, or delete the line");
    }

    /**
     * "# {#x}", an anchor as Hugo and Pandoc authors write one: one warning (not a level-1
     * heading "{#x}" besides), no empty heading, and the id stays for the links to it.
     */
    @Test
    void aHeadingOfOnlyAnIdKeepsTheIdForLinks() {
        CompiledMarkdown out = compile("## Filled\n\ntext [@a; @b; @c; @d], see [below](#x)\n\n# {#x}\n\nmore\n");
        assertThat(reported()).containsExactly(PATH + ":14:1: warning: empty heading: '#' has an id but no text, so"
                + " the page shows no heading, only the anchor 'x' for links to it; write the heading's text before"
                + " the '{'");
        assertThat(out.body()).contains("<div id=\"x\"></div>\n<p>more</p>").doesNotContain("<h1");
        problems.clear();
        compile("## Filled\n\ntext [@a; @b; @c; @d]\n\n# {#x}\n\nmore\n\n## Again {#x}\n\nend\n");
        assertThat(errors()).containsExactly(PATH + ":18:10: error: heading id 'x' is already used on this page");
    }

    /** An autolink in a link's text was an a inside an a, which the HTML checker rejects and browsers split. */
    @Test
    void anAddressInALinksTextStaysText() {
        CompiledMarkdown out = compile("## Filled\n\ntext [@a; @b; @c; @d], [see <https://example.com/y>](https://example.org)\n");
        assertThat(reported()).containsExactly(PATH + ":12:29: warning: the address 'https://example.com/y' in a"
                + " link's text is no link of its own, as HTML allows no link inside a link; it stays as text");
        assertThat(out.body()).contains("<a href=\"https://example.org\">see https://example.com/y</a>");
        assertThat(out.links()).extracting(LinkRef::destination).containsExactly("https://example.org");
    }

    @Test
    void emptySectionIsAWarningAtItsHeading() {
        compile("## Filled\n\ntext [@a; @b; @c; @d]\n\n## Empty\n\n## Next\n\n### Sub\n\nmore\n\n## Last\n");
        assertThat(reported()).containsExactly(
                PATH + ":14:1: warning: empty section: heading 'Empty' has nothing under it",
                PATH + ":22:1: warning: empty section: heading 'Last' has nothing under it");
    }

    @Test
    void tableOfContentsNestsH3UnderTheirH2() {
        CompiledMarkdown out = compile("""
                ## One

                a [@a; @b; @c; @d]

                ### One A

                b

                #### Too deep for the TOC

                c

                ### One B

                d

                ## Two

                e
                """);
        List<Views.TocItem> toc = Views.nest(out.toc());
        assertThat(toc).extracting(Views.TocItem::text).containsExactly("One", "Two");
        assertThat(toc.get(0).children()).extracting(Views.TocItem::anchorId).containsExactly("one-a", "one-b");
        assertThat(toc.get(0).children().get(0).children()).isEmpty();
        assertThat(toc.get(1).children()).isEmpty();
    }

    @Test
    void linkSchemesOtherThanHttpHttpsMailtoAreErrors() {
        compile("[ok](https://x.org) [mail](mailto:a@b.org) [bad](javascript:alert(1)) [@a; @b; @c; @d]\n\n"
                + "![img](data:image/png;base64,AAAA)\n");
        assertThat(errors()).containsExactly(
                PATH + ":10:44: error: link scheme 'javascript:' is not allowed: use http, https or mailto",
                PATH + ":12:1: error: image scheme 'data:' is not allowed: use http or https");
    }

    @Test
    void rawHtmlIsEscapedUnlessTheSiteAllowsIt() {
        CompiledMarkdown out = compile("<script>alert(1)</script>\n\nText <b>bold</b> [@a; @b; @c; @d]\n");
        assertThat(out.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Text &lt;b&gt;bold&lt;/b&gt;")
                .doesNotContain("<script>", "<b>");
    }

    @Test
    void linkToAnotherReviewFileBecomesItsPageUrl() {
        CompiledMarkdown out = compile("See [b](b.md#x) [@a; @b; @c; @d].\n");
        assertThat(out.body()).contains("<a href=\"../../reviews/b/#x\">b</a>");
    }

    /** Zola's "@/" starts at content/, whatever the folder of the file that links. */
    @Test
    void zolasLinkFromTheContentFolderBecomesThePageUrl() {
        CompiledMarkdown out = compile("See [b](@/reviews/b.md#x) [@a; @b; @c; @d].\n");
        assertThat(out.body()).contains("<a href=\"../../reviews/b/#x\">b</a>");
    }

    /** A query is kept, as a fragment is, and does not stop the file from naming its page. */
    @Test
    void linkToAnotherReviewFileWithAQueryBecomesItsPageUrl() {
        CompiledMarkdown out = compile("See [b](b.md?view=full#x) and [c](./b.md?v=2) [@a; @b; @c; @d].\n");
        assertThat(out.body()).contains("<a href=\"../../reviews/b/?view=full#x\">b</a>",
                "<a href=\"../../reviews/b/?v=2\">c</a>");
    }
}
