package org.evidencepress.site;

import org.evidencepress.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An unknown site.yaml key names ours, by spelling or by the name Hugo or Zola gives it. */
class SiteConfigKeysTest {
    @Test
    void hugoAndZolaNamesOfSettingsSuggestOurs() {
        List<Diagnostic> problems = new ArrayList<>();
        SiteConfigParser.parse("""
                baseUrl: https://example.org/
                languageCode: en-us
                default_language: en
                params: {x: 1}
                paginate: 10
                paginate_by: 10
                titel: T
                lang: de
                """, problems);
        assertThat(problems).extracting(Diagnostic::format).containsExactly(
                "site.yaml:2:1: warning: unknown key 'languageCode'; did you mean 'language'?",
                "site.yaml:3:1: warning: unknown key 'default_language'; did you mean 'language'?",
                "site.yaml:4:1: warning: unknown key 'params'; did you mean 'extra'?",
                "site.yaml:5:1: warning: unknown key 'paginate'; did you mean 'page_size'?",
                "site.yaml:6:1: warning: unknown key 'paginate_by'; did you mean 'page_size'?",
                "site.yaml:7:1: warning: unknown key 'titel'; did you mean 'title'?",
                "site.yaml:8:1: warning: unknown key 'lang'; did you mean 'language'?");
    }

    @Test
    void aBlankRetractionsFileIsAnErrorAtItsValueNotNoDatabase() {
        for (String blank : List.of("\"\"", "'   '", "\" \"")) {
            List<Diagnostic> problems = new ArrayList<>();
            SiteConfig config = SiteConfigParser.parse("title: T\nretractions: " + blank + "\n", problems);

            assertThat(config.retractions()).isNull();
            assertThat(problems).extracting(Diagnostic::format).containsExactly(
                    "site.yaml:2:14: error: 'retractions' names no file; give the path of the Retraction Watch"
                            + " CSV or remove the line");
        }
        List<Diagnostic> problems = new ArrayList<>();
        assertThat(SiteConfigParser.parse("title: T\nretractions:\n", problems).retractions()).isNull();
        assertThat(problems).isEmpty();
    }
}
