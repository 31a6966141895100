package org.evidencepress.labels;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts on list pages ("23,761 works", "Page 1 of 5,000") are grouped as the page's language groups them. */
class LabelsNumberTest {

    @ParameterizedTest
    @CsvSource({"en, 23761, '23,761'", "de, 23761, '23.761'", "fr, 23761, '23\u202f761'", "en, 999, 999",
            "de, 1000000, '1.000.000'"})
    void countsAreGroupedInThePageLanguage(String language, long n, String written) {
        Labels labels = LabelCatalog.load(Path.of("no-site"), List.of(language), new ArrayList<>()).of(language);
        assertThat(labels.number(n)).isEqualTo(written);
    }
}
