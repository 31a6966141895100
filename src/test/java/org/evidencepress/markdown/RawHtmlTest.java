package org.evidencepress.markdown;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Raw HTML's attributes are read as a browser reads them: a quoted value is one value, whatever it says. */
class RawHtmlTest {
    @Test
    void wordsInsideAQuotedValueAreNoAttributes() {
        String html = "<img alt=\"see src=/guide/ here\" title='id=ghost' src=\"/images/chart.png\">";
        assertThat(RawHtml.attributes(html)).extracting(RawHtml.Attribute::name, RawHtml.Attribute::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("src", "/images/chart.png"));
    }

    @Test
    void aRootRelativeLinkIsRewrittenWithoutTouchingOtherValues() {
        String html = "<img alt=\"see src=/guide/ here\" src=\"/images/chart.png\">";
        assertThat(RawHtml.withLinks(html, link -> link.startsWith("/") ? "../.." + link : link))
                .isEqualTo("<img alt=\"see src=/guide/ here\" src=\"../../images/chart.png\">");
    }

    @Test
    void valuesMayBeQuotedEitherWayOrNotAtAll() {
        String html = "<a class=note HREF='/about/' id=top data-x=\"1\"/>";
        assertThat(RawHtml.attributes(html)).extracting(RawHtml.Attribute::name, RawHtml.Attribute::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("href", "/about/"),
                        org.assertj.core.groups.Tuple.tuple("id", "top"));
        assertThat(RawHtml.withLinks(html, link -> ".." + link))
                .isEqualTo("<a class=note HREF=\"../about/\" id=top data-x=\"1\"/>");
    }
}
