package org.evidencepress.evidence;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Studies without a label are named as Cochrane reviews name them: first author's family name and year. */
class StudyLabelsTest {

    @Test
    void firstAuthorsFamilyNameAndYear() {
        assertThat(StudyLabels.of(List.of(
                new StudyLabels.Source("aronson1948", List.of("J. D. Aronson"), 1948),
                new StudyLabels.Source("coetzee", List.of("Coetzee, A. M.", "Berjak, J."), 1968),
                new StudyLabels.Source("vangogh", List.of("Vincent van Gogh"), 1888),
                new StudyLabels.Source("cruz", List.of("Maria de la Cruz"), 2001),
                new StudyLabels.Source("who", List.of("World Health Organization"), 2019),
                new StudyLabels.Source("undated", List.of("A. Miller"), null),
                new StudyLabels.Source("anonymous", List.of(), 2020))))
                .containsExactly(
                        org.assertj.core.api.Assertions.entry("aronson1948", "Aronson 1948"),
                        org.assertj.core.api.Assertions.entry("coetzee", "Coetzee 1968"),
                        org.assertj.core.api.Assertions.entry("vangogh", "van Gogh 1888"),
                        org.assertj.core.api.Assertions.entry("cruz", "de la Cruz 2001"),
                        org.assertj.core.api.Assertions.entry("who", "World Health Organization 2019"),
                        org.assertj.core.api.Assertions.entry("undated", "Miller"),
                        org.assertj.core.api.Assertions.entry("anonymous", "anonymous"));
    }

    @Test
    void studiesThatWouldReadAlikeGetLettersInListOrder() {
        assertThat(StudyLabels.of(List.of(
                new StudyLabels.Source("smith-a", List.of("J. Smith"), 2020),
                new StudyLabels.Source("jones", List.of("P. Jones"), 2020),
                new StudyLabels.Source("smith-b", List.of("K. Smith", "L. Wu"), 2020))).values())
                .containsExactly("Smith 2020a", "Jones 2020", "Smith 2020b");
    }
}
