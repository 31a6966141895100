package org.evidencepress.markdown;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrlsHrefTest {

    @Test
    void encodesWhatTheUrlStandardForbids() {
        assertThat(Urls.href("https://example.org/a b\"c<d>e`f{g}h|i\\j^k[l]"))
                .isEqualTo("https://example.org/a%20b%22c%3Cd%3Ee%60f%7Bg%7Dh%7Ci%5Cj%5Ek%5Bl%5D");
        assertThat(Urls.href("https://example.org/100%/50%25?q=ä#x#y"))
                .isEqualTo("https://example.org/100%25/50%25?q=%C3%A4#x%23y");
    }

    @Test
    void keepsValidUrlsAndIsIdempotent() {
        String doi = "https://doi.org/10.1016/S0140-6736(97)11096-0";
        assertThat(Urls.href(doi)).isEqualTo(doi);
        String once = Urls.href("https://example.org/ü ö?a=<b>");
        assertThat(Urls.href(once)).isEqualTo(once);
    }

    @Test
    void internationalHostBecomesIdna() {
        assertThat(Urls.href("https://bücher.example/straße")).isEqualTo("https://xn--bcher-kva.example/stra%C3%9Fe");
    }
}
