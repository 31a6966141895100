package org.evidencepress.markdown;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Key points and notes are inline Markdown: what starts a block in a body is text there. */
class InlineMarkdownTest {
    private final MarkdownEngine engine = new MarkdownEngine(false);

    private String inline(String markdown) {
        return engine.renderInline(engine.parseInline(markdown));
    }

    @Test
    void blockMarkersAtTheStartStayText() {
        assertThat(inline("2020. A landmark trial found fewer relapses.")).isEqualTo("2020. A landmark trial found fewer relapses.");
        assertThat(inline("+ 12% more sleep")).isEqualTo("+ 12% more sleep");
        assertThat(inline("- 3 points on the scale")).isEqualTo("- 3 points on the scale");
        assertThat(inline("# 1 cause of disability")).isEqualTo("# 1 cause of disability");
        assertThat(inline("> 50% of trials")).isEqualTo("&gt; 50% of trials");
        assertThat(inline("    indented")).isEqualTo("indented");
    }

    @Test
    void inlineMarkupStillWorks() {
        assertThat(inline("*Fewer* relapses, `p < 0.05`, ~~not~~ [a link](https://example.org/)"))
                .isEqualTo("<em>Fewer</em> relapses, <code>p &lt; 0.05</code>, <del>not</del>"
                        + " <a href=\"https://example.org/\">a link</a>");
    }
}
