package org.evidencepress.bibliography;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CSL's markup inside a field, as Zotero and Crossref write titles. */
class RichTextTest {
    @Test
    void plainTextDropsOnlyTheMarkupCslKnows() {
        assertThat(RichText.plain("Effects of <i>Lactobacillus</i> on <span class=\"nocase\">pH</span> (p < 0.05)"))
                .isEqualTo("Effects of Lactobacillus on pH (p < 0.05)");
        assertThat(RichText.plain(null)).isNull();
    }

    @Test
    void pageHtmlKeepsTheEmphasisAndEscapesTheRest() {
        assertThat(RichText.html("<i>E. coli</i> & CO<sub>2</sub> at <sc>dawn</sc>, <span class=\"nocase\">pH</span> < 7's"))
                .isEqualTo("<i>E. coli</i> &amp; CO<sub>2</sub> at <span class=\"small-caps\">dawn</span>, pH &lt; 7&#39;s");
        assertThat(RichText.html("<b>unclosed <script>")).isEqualTo("<b>unclosed &lt;script&gt;</b>");
        assertThat(RichText.html("stray </i> closer")).isEqualTo("stray  closer");
    }
}
