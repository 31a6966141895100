package org.evidencepress.labels;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A count's label is in the singular where the language writes that count so ("1 work.", "0 ouvrage."),
 * and a date as the language writes it.
 */
class LabelsCountTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|1|1 work.", "en|0|0 works.", "en|2|2 works.", "en|1000|1,000 works.",
            "de|1|1 Werk.", "de|3|3 Werke.", "fr|0|0 ouvrage.", "fr|1|1 ouvrage.", "fr|2|2 ouvrages.",
            "es|1|1 obra.", "es|21|21 obras."})
    void worksAreCountedInTheLanguagesForms(String language, long n, String written) {
        assertThat(labels(language).count("works_count", n)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|1|review", "en|2|reviews", "fr|1|synthèse", "de|5|Übersichten"})
    void aPairOfOneAndOtherIsCountedLikewise(String language, long n, String written) {
        assertThat(labels(language).count("review", n)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"fr|2026-03-01|1er mars 2026", "fr|2026-03-02|2 mars 2026",
            "en|2026-03-01|March 1, 2026", "de|2026-03-01|1. März 2026"})
    void frenchWritesTheFirstOfTheMonthAsAnOrdinal(String language, String date, String written) {
        assertThat(labels(language).date(java.time.LocalDate.parse(date))).isEqualTo(written);
    }

    private static Labels labels(String language) {
        return LabelCatalog.load(Path.of("no-site"), List.of(language), new ArrayList<>()).of(language);
    }
}
