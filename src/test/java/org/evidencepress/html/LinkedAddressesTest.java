package org.evidencepress.html;

import org.evidencepress.markdown.Urls;
import org.junit.jupiter.api.Test;

import java.util.List;

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

    /** A DOI with "<" and ">" is printed "&#60;" and "&#62;" by the style: its link is percent-encoded, whole. */
    @Test
    void anAddressWithCharacterReferencesIsLinkedWholeAndPercentEncoded() {
        String printed = "Stat Med. 1998;17(8):857-72. https://doi.org/10.1002/(SICI)1097-0258(19980430)17:8&#60;857::"
                + "AID-SIM777&#62;3.0.CO;2-E";
        assertThat(LinkedAddresses.link(printed)).isEqualTo("Stat Med. 1998;17(8):857-72. <a href=\"https://doi.org/"
                + "10.1002/(SICI)1097-0258(19980430)17:8%3C857::AID-SIM777%3E3.0.CO;2-E\">https://doi.org/10.1002/"
                + "(SICI)1097-0258(19980430)17:8&#60;857::AID-SIM777&#62;3.0.CO;2-E</a>");
        // The ';' that closes a reference is part of the address; a closing quote is not.
        assertThat(LinkedAddresses.link("https://example.org/a&#62;. Next"))
                .isEqualTo("<a href=\"https://example.org/a%3E\">https://example.org/a&#62;</a>. Next");
        assertThat(LinkedAddresses.link("&#8220;https://example.org/a&quot; said"))
                .isEqualTo("&#8220;<a href=\"https://example.org/a\">https://example.org/a</a>&quot; said");
    }

    /** The work's own address is linked as it was written, though it holds a space, a quote or a second '#'. */
    @Test
    void aKnownAddressIsLinkedWholeWithItsOwnLink() {
        String url = "https://example.org/a b?q=\"1\"#top";
        List<LinkedAddresses.Known> known = List.of(new LinkedAddresses.Known(url, Urls.href(url)));

        assertThat(LinkedAddresses.link("Page. Available from: https://example.org/a b?q=\"1\"#top", known))
                .isEqualTo("Page. Available from: <a href=\"https://example.org/a%20b?q=%221%22#top\">"
                        + "https://example.org/a b?q=\"1\"#top</a>");
        assertThat(LinkedAddresses.linkFirst("Lima A (2026). R. https://example.org/a b?q=&quot;1&quot;#top", known))
                .isEqualTo("Lima A (2026). R. <a href=\"https://example.org/a%20b?q=%221%22#top\">"
                        + "https://example.org/a b?q=&quot;1&quot;#top</a>");
    }
}
