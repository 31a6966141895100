package org.evidencepress.export;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The dates of citation files, written as the formatter wrote them: padded, signed, never cut. */
class DatePartsTest {
    @Test
    void partsArePaddedAsTheFormatterPadsThem() {
        int[] years = {0, 7, 99, 999, 2026, 10000, 123456, -1, -44, -999, -2026};
        int[] others = {0, 1, 9, 10, 12, 31, 100, -3};
        for (int year : years) {
            for (int month : others) {
                for (int day : others) {
                    assertThat(DateParts.of(List.of(year, month, day), "-", "-", ""))
                            .isEqualTo(String.format("%04d-%02d-%02d", year, month, day));
                    assertThat(DateParts.of(List.of(year, month, day), "/", "/", "/"))
                            .isEqualTo(String.format("%04d/%02d/%02d/", year, month, day));
                    assertThat(DateParts.of(List.of(year, month), "/", "//"))
                            .isEqualTo(String.format("%04d/%02d//", year, month));
                }
            }
        }
    }
}
