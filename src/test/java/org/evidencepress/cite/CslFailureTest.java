package org.evidencepress.cite;

import org.commonmark.node.Node;
import org.evidencepress.bibliography.Library;
import org.evidencepress.csl.CslFormatter;
import org.evidencepress.csl.CslStyles;
import org.evidencepress.csl.FormatterLookup;
import org.evidencepress.csl.StyleLookup;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.frontmatter.References;
import org.evidencepress.frontmatter.SourceDetails;
import org.evidencepress.frontmatter.SourceEntry;
import org.evidencepress.markdown.MarkdownEngine;
import org.evidencepress.markdown.SourceOffset;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A review the CSL processor cannot format is one error at the style, and its citations keep their anchors. */
class CslFailureTest {
    private static final MarkdownEngine ENGINE = new MarkdownEngine(false);

    @Test
    void aReviewTheProcessorCannotFormatIsOneErrorAndItsCitationsKeepTheirAnchors() {
        // citeproc-js stops at a range whose ends differ in precision; the readers no longer pass
        // one on, so the item is made here as a bibliography entry would hold it.
        Map<String, Object> item = Map.of("id", "dersimonian1986", "type", "article-journal",
                "title", "Meta-analysis in clinical trials", "author", List.of(Map.of("family", "DerSimonian",
                        "given", "Rebecca"), Map.of("family", "Laird", "given", "Nan")),
                "issued", Map.of("date-parts", List.of(List.of(1986, 9, 1), List.of(1986, 10))));
        SourceEntry source = new SourceEntry(1, "dersimonian1986", "Meta-analysis in clinical trials",
                List.of("Rebecca DerSimonian", "Nan Laird"), null, 1986, null, null, 3, 1,
                new SourceDetails(null, null, null, null, null, null, "references/library.json", item));
        CslFormatter apa = ((FormatterLookup.Ready) CslFormatter.create(
                ((StyleLookup.Found) CslStyles.resolve("apa", Path.of("."))).style(), null)).formatter();
        CitationStyle style = new CslCitationStyle(apa, "site.yaml", new References.Ref("apa", 4, 6));
        List<Diagnostic> problems = new ArrayList<>();
        Node document = ENGINE.parse("As @dersimonian1986 showed [@dersimonian1986, p. 180].\n");

        CitationResolver.resolve(List.of(new CitationResolver.Part(document, SourceOffset.body(10))),
                new CitationResolver.Scope(List.of(source), Library.EMPTY, Library.EMPTY, List.of(), style, List.of(),
                        false), CiteWords.ENGLISH, "content/reviews/x.md", problems);

        assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.format())
                .startsWith("site.yaml:4:6: error: CSL style 'apa' could not format content/reviews/x.md:"));
        assertThat(ENGINE.render(document)).contains("id=\"cite-1-1\"").contains("id=\"cite-1-2\"")
                .contains("DerSimonian and Laird (").contains(", p. 180)");
    }
}
