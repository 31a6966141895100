package org.evidencepress.markdown;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UrlsSchemeTest {

    @Test
    void aSchemeIsALetterThenLettersDigitsPlusDotOrDashThenAColon() {
        assertThat(List.of("https://x.org", "mailto:a@b.org", "data:,", "svn+ssh://h", "a.b-c:", "Z:"))
                .allMatch(Urls::hasScheme);
        assertThat(List.of("", ":x", "1http://x", "../a:b", "a/b:c", "#x:y", "reviews/a/", "a b:c"))
                .noneMatch(Urls::hasScheme);
    }

    @Test
    void theSchemeComesAsWritten() {
        assertThat(Urls.scheme("HTTPS://x.org/a:b")).isEqualTo("HTTPS");
        assertThat(Urls.scheme("svn+ssh://h")).isEqualTo("svn+ssh");
        assertThat(Urls.scheme("reviews/a:b/")).isNull();
    }
}
