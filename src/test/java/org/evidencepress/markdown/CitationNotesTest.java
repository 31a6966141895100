package org.evidencepress.markdown;

import org.commonmark.node.Node;
import org.evidencepress.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A note style's citations become footnotes before the footnotes are numbered. Citations
 * render here as their written text, as they do before the citation stage.
 */
class CitationNotesTest {
    private final MarkdownEngine engine = new MarkdownEngine(false);

    private String withNotes(String body, String... keyPoints) {
        List<Node> before = new ArrayList<>();
        List<Footnotes.Before> numberedFirst = new ArrayList<>();
        for (String point : keyPoints) {
            Node document = engine.parseInline(point);
            before.add(document);
            numberedFirst.add(new Footnotes.Before(document, new SourceOffset(1, 1)));
        }
        Node document = engine.parse(body);
        CitationNotes.place(before, document, key -> !key.equals("unknown"));
        List<Diagnostic> problems = new ArrayList<>();
        Footnotes.resolve(numberedFirst, document, MarkdownWords.ENGLISH, "r.md", SourceOffset.body(1), problems);
        assertThat(problems).isEmpty();
        StringBuilder html = new StringBuilder();
        before.forEach(point -> html.append(engine.renderInline(point)).append('\n'));
        return html.append(engine.render(document)).toString();
    }

    private static String mark(int n) {
        return "<sup class=\"footnote-ref\"><a href=\"#fn-" + n + "\" id=\"fnref-" + n + "\">" + n + "</a></sup>";
    }

    @Test
    void aCitationBecomesANoteAfterTheSentencesPunctuation() {
        String html = withNotes("Inflammation matters [@a, p. 33]. Again [@a; @b], it does [@b]\n");
        assertThat(html).contains("<p>Inflammation matters." + mark(1) + " Again," + mark(2) + " it does" + mark(3) + "</p>");
        assertThat(html).contains("<li id=\"fn-1\">\n<p>[@a, p. 33] <a href=\"#fnref-1\"",
                "<li id=\"fn-2\">\n<p>[@a; @b] <a href=\"#fnref-2\"", "<li id=\"fn-3\">\n<p>[@b] <a href=\"#fnref-3\"");
    }

    @Test
    void theSentencesPunctuationGoesBeforeARunOfMarks() {
        assertThat(withNotes("Two works [@a] [@b]. *Both* [@a][@b], yes.\n"))
                .contains("<p>Two works." + mark(1) + mark(2) + " <em>Both</em>," + mark(3) + mark(4) + " yes.</p>");
    }

    @Test
    void theAuthorsNotesAndTheCitationsAreNumberedInReadingOrder() {
        String html = withNotes("One.[^own] Two [@a].\n\n[^own]: Mine, citing [@b] in place.\n", "Key [@b].");
        assertThat(html).startsWith("Key." + mark(1) + "\n");
        assertThat(html).contains("<p>One." + mark(2) + " Two." + mark(3) + "</p>");
        assertThat(html).contains("<li id=\"fn-1\">\n<p>[@b] ", "<li id=\"fn-2\">\n<p>Mine, citing [@b] in place. ",
                "<li id=\"fn-3\">\n<p>[@a] ");
    }

    @Test
    void aNarrativeCitationKeepsTheNamesInTheSentence() {
        String html = withNotes("As @a argue, it is so.\n");
        assertThat(html).contains("<p>As @a" + mark(1) + " argue, it is so.</p>", "<li id=\"fn-1\">\n<p>@a ");
    }

    @Test
    void citationsThatCannotHoldANoteStayWhereTheyAre() {
        String html = withNotes("See ![plot [@a]](p.png), [@unknown] and [@a;].\n");
        assertThat(html).doesNotContain("footnote");
    }

    /** A mark inside a link's text would be a link in a link: it follows the link, and its punctuation. */
    @Test
    void aCitationInALinksTextIsANoteWhoseMarkFollowsTheLink() {
        String html = withNotes("See [the handbook [@a]](https://example.org/h). [The trial by @b](https://example.org/t)"
                + " and [a [@a] b [@b]](https://example.org/ab) too.\n");
        assertThat(html).contains("<p>See <a href=\"https://example.org/h\">the handbook</a>." + mark(1)
                + " <a href=\"https://example.org/t\">The trial by @b</a>" + mark(2)
                + " and <a href=\"https://example.org/ab\">a b</a>" + mark(3) + mark(4) + " too.</p>");
        assertThat(html).contains("<li id=\"fn-1\">\n<p>[@a] ", "<li id=\"fn-2\">\n<p>@b ", "<li id=\"fn-3\">\n<p>[@a] ",
                "<li id=\"fn-4\">\n<p>[@b] ");
    }
}
