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

    @Test
    void keyIgnoresCase() {
        assertThat(Doi.key("10.1016/S0140-6736(97)11096-0")).isEqualTo(Doi.key("10.1016/s0140-6736(97)11096-0"));
    }
}
