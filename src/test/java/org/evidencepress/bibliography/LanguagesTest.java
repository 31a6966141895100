package org.evidencepress.bibliography;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** BibLaTeX's langid takes babel's names, and reading them back gives the tag's language. */
class LanguagesTest {
    @ParameterizedTest
    @CsvSource({"en, english", "en-US, american", "en-GB, british", "de, ngerman", "de-DE, ngerman",
            "de-AT, naustrian", "fr, french", "fr-FR, french", "es, spanish", "it-IT, italian", "pt-BR, brazilian",
            "el, greek", "zh, ''", "'', ''"})
    void babelNamesOfTags(String tag, String babel) {
        assertThat(Languages.babel(tag)).isEqualTo(babel.isEmpty() ? null : babel);
        if (!babel.isEmpty()) {
            assertThat(Languages.tag(babel)).startsWith(tag.substring(0, 2));
        }
    }
}
