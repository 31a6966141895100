package org.evidencepress.integrity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DoiTest {

    @Test
    void resolverAndDoiPrefixesInAnyCaseAreStripped() {
        assertThat(Doi.normalise("https://doi.org/10.1016/S0140-6736(97)11096-0"))
                .isEqualTo("10.1016/S0140-6736(97)11096-0");
        assertThat(Doi.normalise("HTTP://DX.DOI.ORG/10.1000/xyz")).isEqualTo("10.1000/xyz");
        assertThat(Doi.normalise(" DOI: 10.1000/xyz ")).isEqualTo("10.1000/xyz");
        assertThat(Doi.normalise("10.1000/xyz")).isEqualTo("10.1000/xyz");
    }

    @Test
    void syntaxNeedsPrefixRegistrantSlashAndSuffix() {
        assertThat(Doi.isValid("10.1000/xyz")).isTrue();
        assertThat(Doi.isValid("10.1000.12/a<b>\"c")).isTrue();
        assertThat(Doi.isValid("10.1000/")).isFalse();
        assertThat(Doi.isValid("10.10/abc")).isFalse();
        assertThat(Doi.isValid("11.1000/abc")).isFalse();
        assertThat(Doi.isValid("10.1000/a b")).isFalse();
        assertThat(Doi.isValid("1000/abc")).isFalse();
        assertThat(Doi.problem("doi:10.1000abc")).isEqualTo(
                "'doi:10.1000abc' is not a DOI: expected 10.<registrant>/<suffix>, such as 10.1000/xyz123");
    }

    /** In a DOI "#", "?" and "%" are text: a link that kept them would cut the DOI at a fragment or query. */
    @Test
    void hrefEncodesWhatAUrlPathCannotHoldIncludingFragmentQueryAndPercent() {
        assertThat(Doi.href("10.1234/x<y>#\"z%")).isEqualTo("https://doi.org/10.1234/x%3Cy%3E%23%22z%25");
        assertThat(Doi.href("10.1234/a?b c/ü")).isEqualTo("https://doi.org/10.1234/a%3Fb%20c/%C3%BC");
        assertThat(Doi.href("10.1016/S0140-6736(97)11096-0")).isEqualTo("https://doi.org/10.1016/S0140-6736(97)11096-0");
    }

    /** A resolver address copied from a browser is percent-encoded; the DOI it names is not, and links the same. */
    @Test
    void resolverAddressesAreDecodedToTheDoiTheyName() {
        String sici = "10.1002/(SICI)1097-4636(199602)30:2<191::AID-JBM9>3.0.CO;2-R";
        assertThat(Doi.normalise("https://doi.org/10.1002/(SICI)1097-4636(199602)30:2%3C191::AID-JBM9%3E3.0.CO;2-R"))
                .isEqualTo(sici);
        assertThat(Doi.href(Doi.normalise("https://doi.org/10.1002/(SICI)1097-4636(199602)30:2%3c191::AID-JBM9%3E3.0.CO;2-R")))
                .isEqualTo(Doi.href(sici));
        assertThat(Doi.normalise("doi:10.1000/100%25")).isEqualTo("10.1000/100%25");
        assertThat(Doi.normalise("https://doi.org/10.1000/%FF")).isEqualTo("10.1000/%FF");
    }

    @Test
    void keyIgnoresCase() {
        assertThat(Doi.key("10.1016/S0140-6736(97)11096-0")).isEqualTo(Doi.key("10.1016/s0140-6736(97)11096-0"));
    }
}
