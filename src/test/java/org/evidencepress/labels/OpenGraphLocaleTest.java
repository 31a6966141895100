package org.evidencepress.labels;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Open Graph reads a locale as language_TERRITORY and ignores a bare language such as 'de'. */
class OpenGraphLocaleTest {

    @ParameterizedTest
    @CsvSource({"en, en_US", "de, de_DE", "fr, fr_FR", "es, es_ES", "en-GB, en_GB", "fr-CA, fr_CA", "de-at, de_AT",
            "zh-Hant-TW, zh_TW", "pt-BR, pt_BR"})
    void aLanguageHasATerritory(String language, String locale) {
        assertThat(new Labels(language, Map.of(), null).openGraphLocale()).isEqualTo(locale);
    }

    /** Italian is spoken in Italy and Switzerland: its territory would be a guess. */
    @ParameterizedTest
    @CsvSource({"it", "sr-Latn", "es-419"})
    void aLanguageWithoutATerritoryHasNoLocale(String language) {
        assertThat(new Labels(language, Map.of(), null).openGraphLocale()).isNull();
    }
}
