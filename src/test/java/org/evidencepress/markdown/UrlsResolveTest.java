package org.evidencepress.markdown;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A link resolved against the page that writes it, as a browser would, to a path of the site. */
class UrlsResolveTest {
    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource(nullValues = "NULL", value = {
            "reviews/a/, ../b/, reviews/b/",
            "reviews/a/, ../../css/style.css, css/style.css",
            "reviews/a/, ../../../x/, NULL",
            "'', ../x, NULL",
            "'', '', ''",
            "reviews/a/, '', reviews/a/",
            "reviews/a/, ./cite.bib, reviews/a/cite.bib",
            "reviews/a/, ., reviews/a",
            "reviews/a/, .., reviews",
            "reviews/a/, ../, reviews/",
            "reviews/a/, x//y/./z/../w, reviews/a/x/y/w",
            "reviews/a/, /tags/sleep/, tags/sleep/",
            "reviews/a/, /, ''",
            "reviews/a/index.html, b.html, reviews/a/b.html",
            "reviews/a/, ../caf%C3%A9%20au%20lait/, reviews/café au lait/",
            "reviews/a/, c++/, reviews/a/c++/",
            "reviews/a/, c%2B%2B+d/, reviews/a/c+++d/",
            "reviews/a/, bad%zz/, reviews/a/bad%zz/",
            "a/b/c/d/e/f/g/h/i/j/, ../../../../../../../../../../k, k",
            "a/b/c/d/e/f/g/h/i/j/, k/l/m/n/o/p/q/r/s/t/../../u, a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/u",
    })
    void resolvesAgainstThePagesFolder(String fromUrl, String href, String expected) {
        assertThat(Urls.resolve(fromUrl, href)).isEqualTo(expected);
    }
}
