package org.evidencepress.evidence.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Weights and I² are written as the page's language writes a percentage, as its labels do ("IC à 95 %"). */
class PercentTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|5.03%", "fr|5,03\u00a0%", "de|5,03\u00a0%", "es|5,03\u00a0%",
            "tr|%5,03"})
    void aShareIsWrittenWithTheLanguagesPercentSign(String language, String written) {
        EvidenceWords words = new EvidenceWords(key -> key, Locale.forLanguageTag(language));
        assertThat(words.percent(5.03)).isEqualTo(written);
        assertThat(words.percent(Double.NaN)).isEqualTo("—");
    }
}
