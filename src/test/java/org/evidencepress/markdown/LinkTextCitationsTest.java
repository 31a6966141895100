package org.evidencepress.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.evidencepress.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citation or a footnote reference in a link's text keeps the link, as CommonMark reads
 * the brackets around it and Pandoc writes them. Citations render here as their written
 * text, as they do before the citation stage.
 */
class LinkTextCitationsTest {
    private final MarkdownEngine engine = new MarkdownEngine(false);

    private String html(String markdown) {
        return engine.render(engine.parse(markdown)).strip();
    }

    /** Each citation of the document as "literal in link?" with its line and column. */
    private static List<String> citations(Node document) {
        List<String> found = new ArrayList<>();
        CitationWalk.walk(document, true, (citation, inLink, inImage) -> found.add(citation.literal() + " "
                + (inLink ? "in link" : inImage ? "in image" : "in text") + " at " + SourceOffset.body(1).line(citation)
                + ":" + SourceOffset.body(1).column(citation)));
        return found;
    }

    @Test
    void aCitationInALinksTextKeepsTheLinkAndItsPlace() {
        Node document = engine.parse("See [as shown [@a]](https://example.org/x) and [the report [@b, p. 4]](https://example.org/who) too [@c].\n");

        assertThat(engine.render(document).strip()).isEqualTo("<p>See <a href=\"https://example.org/x\">as shown [@a]</a> and "
                + "<a href=\"https://example.org/who\">the report [@b, p. 4]</a> too [@c].</p>");
        assertThat(citations(document)).containsExactly("[@a] in link at 1:15", "[@b, p. 4] in link at 1:60",
                "[@c] in text at 1:101");
    }

    @Test
    void emphasisImagesReferenceLinksAndGroupsOverSeveralLinesKeepTheirLinks() {
        // The image's alt text is its description's text: the citation's, once rendered.
        assertThat(html("*[in emphasis [@a]](https://e.org/)* and [![pooled [@a]](f.png)](https://e.org/i)\n"))
                .isEqualTo("<p><em><a href=\"https://e.org/\">in emphasis [@a]</a></em> and <a href=\"https://e.org/i\">"
                        + "<img src=\"f.png\" alt=\"pooled \" /></a></p>");
        assertThat(html("[the handbook [@a]][h]\n\n[h]: https://e.org/h\n"))
                .isEqualTo("<p><a href=\"https://e.org/h\">the handbook [@a]</a></p>");
        Node document = engine.parse("A [link\nover [@a;\n  @b] lines](https://e.org/m) ends.\n");
        assertThat(engine.render(document).strip()).isEqualTo("<p>A <a href=\"https://e.org/m\">link\nover [@a;\n@b] lines</a> ends.</p>");
        assertThat(citations(document)).containsExactly("[@a;\n@b] in link at 2:6");
    }

    /**
     * A link whose title reads like a citation ({@code "see [@b]"}) keeps its title as written,
     * and neither it nor the document's other links lose their citations.
     */
    @Test
    void aCitationLikeTitleStaysTheLinksTitleAndTheOtherLinksKeepTheirCitations() {
        Node document = engine.parse("See [as shown [@a]](https://e.org/x).\n\n"
                + "And [the trial [@a]](https://e.org/t \"see [@b]\") too [@c].\n");

        assertThat(engine.render(document).strip()).isEqualTo("<p>See <a href=\"https://e.org/x\">as shown [@a]</a>.</p>\n"
                + "<p>And <a href=\"https://e.org/t\" title=\"see [@b]\">the trial [@a]</a> too [@c].</p>");
        assertThat(citations(document)).containsExactly("[@a] in link at 1:15", "[@a] in link at 3:16",
                "[@c] in text at 3:54");
    }

    @Test
    void bracketsThatMakeNoLinkStayAsTheyWere() {
        assertThat(html("[see [@a] and @b] and [not [@a]] and \\[x [@a]](https://e.org/)\n"))
                .isEqualTo("<p>[see [@a] and @b] and [not [@a]] and [x [@a]](<a href=\"https://e.org/\">https://e.org/</a>)</p>");
        assertThat(html("[a `[@a]`](https://e.org/) and [b \\[@a\\]](https://e.org/)\n"))
                .isEqualTo("<p><a href=\"https://e.org/\">a <code>[@a]</code></a> and <a href=\"https://e.org/\">b [@a]</a></p>");
        assertThat(citations(engine.parse("[b \\[@a\\]](https://e.org/) and [c [@a] d]\n")))
                .containsExactly("[@a] in text at 1:35");
    }

    @Test
    void aFootnoteMarkInALinksTextFollowsTheLink() {
        Node document = engine.parse("A [note link[^1] and more[^2]](https://e.org/n), here.\n\n[^1]: One.\n\n[^2]: Two.\n");
        List<Diagnostic> problems = new ArrayList<>();
        Footnotes.resolve(List.of(), document, MarkdownWords.ENGLISH, "r.md", SourceOffset.body(1), problems);

        assertThat(problems).isEmpty();
        assertThat(engine.render(document)).contains("<p>A <a href=\"https://e.org/n\">note link and more</a>"
                + "<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup>"
                + "<sup class=\"footnote-ref\"><a href=\"#fn-2\" id=\"fnref-2\">2</a></sup>, here.</p>");
    }

    @Test
    void inlineMarkdownKeepsTheLinkToo() {
        Node point = engine.parseInline("Pooled [as shown [@a]](https://e.org/x).");
        List<Node> links = new ArrayList<>();
        point.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(link);
                visitChildren(link);
            }

            @Override
            public void visit(CustomNode node) {
                visitChildren(node);
            }
        });
        assertThat(links).hasSize(1);
        assertThat(engine.renderInline(point)).isEqualTo("Pooled <a href=\"https://e.org/x\">as shown [@a]</a>.");
    }
}
