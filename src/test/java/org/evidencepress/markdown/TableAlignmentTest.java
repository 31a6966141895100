package org.evidencepress.markdown;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** GFM column alignment as HTML5 has it: CSS, not the obsolete align attribute. */
class TableAlignmentTest {
    @Test
    void alignedColumnsAreStyledAndHeadersKeepTheirScope() {
        MarkdownEngine engine = new MarkdownEngine(false);
        String html = engine.render(engine.parse("| Outcome | RR | Note |\n|:---|---:|:-:|\n| Remission | 1.42 | x |\n"));

        assertThat(html).doesNotContain("align=")
                .contains("<th style=\"text-align: left\" scope=\"col\">Outcome</th>")
                .contains("<th style=\"text-align: right\" scope=\"col\">RR</th>")
                .contains("<td style=\"text-align: center\">x</td>")
                .contains("<td style=\"text-align: right\">1.42</td>");
    }
}
