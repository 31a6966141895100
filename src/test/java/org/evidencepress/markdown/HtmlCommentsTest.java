package org.evidencepress.markdown;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An author's HTML comments never reach the page, escaped or not. */
class HtmlCommentsTest {
    @Test
    void commentsAreLeftOutWhetherRawHtmlIsEscapedOrNot() {
        String markdown = "Before.\n\n<!-- TODO: check the 2019 trial\n(it may be retracted) -->\n\n"
                + "Text <!-- a note --> goes on.\n\n<div>kept</div>\n";
        for (boolean unsafe : new boolean[] {false, true}) {
            MarkdownEngine engine = new MarkdownEngine(unsafe);
            String html = engine.render(engine.parse(markdown));
            assertThat(html).as("unsafe_html " + unsafe).doesNotContain("TODO", "a note", "&lt;!--", "<!--")
                    .contains("<p>Before.</p>", "goes on.");
            assertThat(html).contains(unsafe ? "<div>kept</div>" : "&lt;div&gt;kept&lt;/div&gt;");
        }
    }

    @Test
    void aBlockWithMoreThanACommentStaysAsWritten() {
        MarkdownEngine engine = new MarkdownEngine(false);
        assertThat(engine.render(engine.parse("<!-- one --> and text after\n"))).contains("and text after");
    }
}
