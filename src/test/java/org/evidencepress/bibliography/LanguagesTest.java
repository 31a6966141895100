package org.evidencepress.bibliography;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** BibLaTeX's langid takes babel's names, and reading them back gives the tag's language. */
class LanguagesTest {
    @ParameterizedTest
    @CsvSource({"en, english", "en-CA, canadian", "en-AU, australian", "en-US, american", "en-GB, british", "de, ngerman", "de-DE, ngerman",
            "de-AT, naustrian", "fr, french", "fr-FR, french", "es, spanish", "it-IT, italian", "pt-BR, brazilian",
            "el, greek", "zh, ''", "'', ''"})
    void babelNamesOfTags(String tag, String babel) {
        assertThat(Languages.babel(tag)).isEqualTo(babel.isEmpty() ? null : babel);
        if (!babel.isEmpty()) {
            assertThat(Languages.tag(babel)).startsWith(tag.substring(0, 2));
        }
    }

    /**
     * A langid comes back in references.bib as the author wrote it: "english" had turned into
     * "american", "australian" into "british". A CSL-JSON language written as a name keeps it too.
     */
    @ParameterizedTest
    @CsvSource({"english, english", "English, english", "american, american", "british, british",
            "canadian, canadian", "australian, australian", "newzealand, newzealand", "ngerman, ngerman",
            "naustrian, naustrian", "french, french", "brazilian, brazilian"})
    void aLangidReadIsTheLangidWritten(String written, String babel) {
        assertThat(Languages.babel(Languages.tag(written))).isEqualTo(babel);
        assertThat(Languages.babel(written)).isEqualTo(babel);
    }
}
