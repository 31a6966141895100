package org.evidencepress.pipeline;

import org.evidencepress.content.SourceKind;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.frontmatter.ParsedFile;
import org.evidencepress.frontmatter.SourceEntry;
import org.evidencepress.markdown.MarkdownEngine;
import org.evidencepress.markdown.MarkdownWords;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Footnotes, strikethrough, task lists, autolinks and figures, as one review's Markdown. */
class MarkdownExtensionsTest {
    private static final String PATH = "content/reviews/a.md";
    private static final List<SourceEntry> SOURCES = List.of(
            new SourceEntry(1, "a", "Title a", List.of(), null, 2020, null, null, 3, 5));
    private final List<Diagnostic> problems = new ArrayList<>();

    private CompiledMarkdown compile(String body) {
        MarkdownCompiler compiler = new MarkdownCompiler(new MarkdownEngine(false), 3, Map.of(PATH, "reviews/a/"),
                f -> MarkdownWords.ENGLISH);
        return compiler.compile(new ParsedFile(PATH, SourceKind.REVIEW, null, 10), body, "reviews/a/", List.of(),
                org.evidencepress.cite.CitationResolver.Scope.inlineOnly(SOURCES),
                org.evidencepress.evidence.EvidenceBlocks.NONE, problems);
    }

    @Test
    void footnotesAreNumberedInReferenceOrderWithBackLinksAndIdsApartFromSources() {
        CompiledMarkdown c = compile("Text [@a] with a note[^z] and another[^1], again[^z].\n\n"
                + "[^1]: The second note.\n"
                + "[^z]: The first note,\n    continued [@a].\n\n"
                + "## fn 1\n\nText.\n");
        assertThat(c.body()).contains(
                "note<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup>",
                "another<sup class=\"footnote-ref\"><a href=\"#fn-2\" id=\"fnref-2\">2</a></sup>",
                "again<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1-2\">1</a></sup>",
                "<section class=\"footnotes\" aria-label=\"Footnotes\">",
                "<li id=\"fn-1\">\n<p>The first note,\ncontinued <span class=\"citation\">(<a href=\"#source-1\" id=\"cite-1-2\"",
                "<a href=\"#fnref-1\" class=\"footnote-backref\" aria-label=\"Back to reference 1 of footnote 1\">↩<sup>1</sup></a>",
                "<a href=\"#fnref-1-2\" class=\"footnote-backref\" aria-label=\"Back to reference 2 of footnote 1\">↩<sup>2</sup></a>",
                "<li id=\"fn-2\">\n<p>The second note. <a href=\"#fnref-2\" class=\"footnote-backref\" aria-label=\"Back to reference 2\">↩</a></p>");
        // A heading whose slug would be a footnote id gets another one.
        assertThat(c.body()).contains("<h2 id=\"fn-1-1\">fn 1</h2>");
        assertThat(c.body().indexOf("<section class=\"footnotes\"")).isGreaterThan(c.body().indexOf("<h2"));
        assertThat(c.anchors()).contains("fn-1", "fn-2", "fnref-1", "fnref-1-2", "fnref-2", "source-1");
        assertThat(problems).isEmpty();
    }

    @Test
    void footnotesInKeyPointsUseTheBodysDefinitionsAndComeFirst() {
        MarkdownCompiler compiler = new MarkdownCompiler(new MarkdownEngine(false), 3, Map.of(PATH, "reviews/a/"),
                f -> MarkdownWords.ENGLISH);
        CompiledMarkdown c = compiler.compile(new ParsedFile(PATH, SourceKind.REVIEW, null, 10),
                "Body note[^b], key note again[^k].\n\n[^b]: Body.\n[^k]: From a key point.\n", "reviews/a/",
                List.of(new org.evidencepress.frontmatter.InlineText("Halved the risk[^k] [@a]", 4, 5),
                        new org.evidencepress.frontmatter.InlineText("Unknown[^none]", 5, 5)),
                org.evidencepress.cite.CitationResolver.Scope.inlineOnly(SOURCES),
                org.evidencepress.evidence.EvidenceBlocks.NONE, problems);
        assertThat(c.keyPoints().get(0)).isEqualTo("Halved the risk<sup class=\"footnote-ref\"><a href=\"#fn-1\" "
                + "id=\"fnref-1\">1</a></sup> <span class=\"citation\">(<a href=\"#source-1\" id=\"cite-1-1\" "
                + "class=\"cite-link\">1</a>)</span>");
        assertThat(c.body()).contains("note<sup class=\"footnote-ref\"><a href=\"#fn-2\" id=\"fnref-2\">2</a></sup>",
                "again<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1-2\">1</a></sup>",
                "<li id=\"fn-1\">\n<p>From a key point. <a href=\"#fnref-1\"");
        assertThat(c.keyPoints().get(1)).isEqualTo("Unknown[^none]");
        assertThat(problems).extracting(d -> d.file() + ":" + d.line() + ":" + d.column() + ": " + d.message())
                .containsExactly("content/reviews/a.md:5:12: footnote '[^none]' has no definition; add a line "
                        + "'[^none]: ...'");
    }

    @Test
    void aFootnoteWithoutDefinitionIsAnErrorAtTheReferenceAndAnUnusedOneAWarning() {
        CompiledMarkdown c = compile("Para.\n\nSee[^gone] here.\n\n[^spare]: Never used.\n\nCited [@a].\n");
        assertThat(problems).extracting(d -> d.file() + ":" + d.line() + ":" + d.column() + ": "
                + d.severity().label() + ": " + d.message()).containsExactly(
                "content/reviews/a.md:12:4: error: footnote '[^gone]' has no definition; add a line '[^gone]: ...'",
                "content/reviews/a.md:14:1: warning: footnote '[^spare]' is never referenced");
        assertThat(c.body()).contains("See[^gone] here.").doesNotContain("Never used");
    }

    @Test
    void strikethroughTaskListsAutolinksAndCodeStayLiteralWhereTheyShould() {
        CompiledMarkdown c = compile("~~old~~ and ~5 mg [@a].\n\n- [x] done\n- [ ] open\n- [y] plain\n\n"
                + "See https://example.org/a?b=1 now.\n\n`[^1] https://x.org ~~no~~`\n");
        assertThat(c.body()).contains("<del>old</del> and ~5 mg",
                "<li class=\"task-list-item\"><input type=\"checkbox\" disabled=\"\" checked=\"\" aria-label=\"Done\" /> done</li>",
                "<li class=\"task-list-item\"><input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" /> open</li>",
                "<li>[y] plain</li>",
                "See <a href=\"https://example.org/a?b=1\">https://example.org/a?b=1</a> now.",
                "<code>[^1] https://x.org ~~no~~</code>");
        assertThat(c.links()).anyMatch(l -> l.href().equals("https://example.org/a?b=1"));
        assertThat(problems).isEmpty();
    }

    /** A caption cites the figure's source as any text does, and reads inline Markdown; an unknown key is an error. */
    @Test
    void aFigureCaptionCitesItsSource() {
        CompiledMarkdown c = compile("## Results\n\n![Forest plot](forest.png \"Adapted from [@a, p. 3], *pooled*\")\n\n"
                + "![Funnel plot](funnel.png \"From [@nope]\")\n");
        assertThat(c.body()).contains("<figcaption>Adapted from <span class=\"citation\">(<a href=\"#source-1\""
                + " id=\"cite-1-1\" class=\"cite-link\">1</a>, p. 3)</span>, <em>pooled</em></figcaption>");
        assertThat(c.backrefs()).containsExactly(List.of("cite-1-1"));
        assertThat(problems).extracting(Diagnostic::format).containsExactly(
                PATH + ":14:34: error: unknown citation id '@nope': no source with id 'nope' in this review");
    }

    @Test
    void aLoneTitledImageBecomesAFigureWithItsTitleAsCaption() {
        CompiledMarkdown c = compile("Cited [@a].\n\n![Bars of *effect*](chart.png \"Figure 1. Effect & size\")\n\n"
                + "Inline ![x](y.png \"t\") image.\n\n![untitled](z.png)\n");
        assertThat(c.body()).contains("<figure>\n<img src=\"chart.png\" alt=\"Bars of effect\" />\n"
                        + "<figcaption>Figure 1. Effect &amp; size</figcaption>\n</figure>",
                "<p>Inline <img src=\"y.png\" alt=\"x\" title=\"t\" /> image.</p>",
                "<p><img src=\"z.png\" alt=\"untitled\" /></p>");
    }

    /**
     * A table or code block wider than a phone scrolls sideways, which keyboard users can do
     * only to what takes the focus: each table's box is focusable and named by its number on
     * the page (a footnote's table after the body's), each code block focusable.
     */
    @Test
    void wideTablesAndCodeBlocksScrollWithTheKeyboard() {
        CompiledMarkdown c = compile("Cited [@a] and noted[^1].\n\n| Trial | Deaths |\n|---|---|\n| A | 4 |\n\n"
                + "```\nlibrary(metafor)\n```\n\n> | In | quote |\n> |---|---|\n> | x | y |\n\n"
                + "[^1]: A note's table.\n\n    | N | M |\n    |---|---|\n    | 1 | 2 |\n");
        assertThat(c.body()).contains(
                "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table 1\">\n<table>\n<thead>\n"
                        + "<tr>\n<th scope=\"col\">Trial</th>",
                "</table>\n</div>\n<pre tabindex=\"0\"><code>library(metafor)\n</code></pre>",
                "<blockquote>\n<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table 2\">",
                "<li id=\"fn-1\">\n<p>A note's table.</p>\n<div class=\"table-wrap\" tabindex=\"0\" role=\"region\""
                        + " aria-label=\"Table 3\">");
        assertThat(problems).isEmpty();
    }

    @Test
    void tenThousandFootnotesAreNumberedWithinATimeBound() {
        StringBuilder body = new StringBuilder("Cited [@a].\n\n");
        for (int i = 0; i < 10_000; i++) {
            body.append("Note").append(i).append("[^n").append(i).append("].\n\n");
        }
        for (int i = 0; i < 10_000; i++) {
            body.append("[^n").append(i).append("]: Text ").append(i).append(".\n");
        }
        CompiledMarkdown c = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20), () -> compile(body.toString()));
        assertThat(c.body()).contains("<li id=\"fn-10000\">");
        assertThat(problems).isEmpty();
    }
}
