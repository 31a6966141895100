package org.evidencepress.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The addresses a CSL style writes as text become links; sentence punctuation and existing links stay. */
class LinkedAddressesTest {
    @Test
    void addressesInTextBecomeLinks() {
        assertThat(LinkedAddresses.link("Lancet. 2020. https://doi.org/10.1016/S0140-6736(20)32000-0"))
                .isEqualTo("Lancet. 2020. <a href=\"https://doi.org/10.1016/S0140-6736(20)32000-0\">"
                        + "https://doi.org/10.1016/S0140-6736(20)32000-0</a>");
        assertThat(LinkedAddresses.link("Available from: https://example.org/a?b=1&amp;c=2."))
                .isEqualTo("Available from: <a href=\"https://example.org/a?b=1&amp;c=2\">https://example.org/a?b=1&amp;c=2</a>.");
        assertThat(LinkedAddresses.link("(see http://example.org/x)"))
                .isEqualTo("(see <a href=\"http://example.org/x\">http://example.org/x</a>)");
        assertThat(LinkedAddresses.link("<i>T</i> https://x.org<br>"))
                .isEqualTo("<i>T</i> <a href=\"https://x.org\">https://x.org</a><br>");
    }

    @Test
    void linksAndBareSchemesStayAsTheyAre() {
        String linked = "<a href=\"https://x.org/a\">https://x.org/a</a> and https:// alone";
        assertThat(LinkedAddresses.link(linked)).isEqualTo(linked);
        assertThat(LinkedAddresses.link("no address")).isEqualTo("no address");
    }
}
