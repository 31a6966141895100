package org.evidencepress.evidence;

import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.pipeline.BuildOptions;
import org.evidencepress.pipeline.BuildReport;
import org.evidencepress.pipeline.SiteBuild;
import org.evidencepress.testing.Fixtures;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
                new StudyLabels.Source("anonymous", List.of(), 2020),
                new StudyLabels.Source("wakefield", List.of("Wakefield AJ", "Murch SH"), 1998),
                new StudyLabels.Source("king", List.of("Martin Luther King Jr."), 2019),
                new StudyLabels.Source("berg", List.of("van der Berg, Jan"), 2018),
                new StudyLabels.Source("team", List.of("Cochrane Editorial Team"), 2021))))
                .containsExactly(
                        org.assertj.core.api.Assertions.entry("aronson1948", "Aronson 1948"),
                        org.assertj.core.api.Assertions.entry("coetzee", "Coetzee 1968"),
                        org.assertj.core.api.Assertions.entry("vangogh", "van Gogh 1888"),
                        org.assertj.core.api.Assertions.entry("cruz", "de la Cruz 2001"),
                        org.assertj.core.api.Assertions.entry("who", "World Health Organization 2019"),
                        org.assertj.core.api.Assertions.entry("undated", "Miller"),
                        org.assertj.core.api.Assertions.entry("anonymous", "anonymous"),
                        org.assertj.core.api.Assertions.entry("wakefield", "Wakefield 1998"),
                        org.assertj.core.api.Assertions.entry("king", "King 2019"),
                        org.assertj.core.api.Assertions.entry("berg", "van der Berg 2018"),
                        org.assertj.core.api.Assertions.entry("team", "Cochrane Editorial Team 2021"));
    }

    @Test
    void studiesThatWouldReadAlikeGetLettersInListOrder() {
        assertThat(StudyLabels.of(List.of(
                new StudyLabels.Source("smith-a", List.of("J. Smith"), 2020),
                new StudyLabels.Source("jones", List.of("P. Jones"), 2020),
                new StudyLabels.Source("smith-b", List.of("K. Smith", "L. Wu"), 2020))).values())
                .containsExactly("Smith 2020a", "Jones 2020", "Smith 2020b");
    }

    @Test
    void forestPlotsAndRiskOfBiasRowsNameUnlabelledStudiesFromTheirSource(@TempDir Path dir) throws IOException {
        MiniSite.write(dir, """
                -- content/reviews/x.md --
                ---
                title: Named studies
                date: 2024-01-01
                summary: Studies named from their sources.
                study: {year: 2020, journal: J, population: Adults}
                sources:
                  - {id: aronson1948, title: Protective effect of BCG vaccine, authors: [J. D. Aronson], year: 1948}
                meta_analysis:
                  - outcome: Tuberculosis
                    measure: RR
                    studies:
                      - {source: aronson1948, treatment: {events: 4, total: 123}, control: {events: 11, total: 139}}
                      - {label: Own label, treatment: {events: 6, total: 306}, control: {events: 29, total: 303}}
                      - {treatment: {events: 3, total: 231}, control: {events: 11, total: 220}}
                risk_of_bias:
                  tool: rob2
                  studies:
                    - {source: aronson1948, judgements: [some, some, some, some, some], overall: some}
                ---

                Text.
                """);
        BuildReport report = SiteBuild.run(new BuildOptions(dir, dir.resolve("site"), false, false,
                "https://example.org", false, Fixtures.TODAY));
        assertThat(report.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "content/reviews/x.md:14:9: error: missing required field 'meta_analysis[1].studies[3].label': "
                        + "a study without a 'source' needs a label");

        Files.writeString(dir.resolve("content/reviews/x.md"), Files.readString(dir.resolve("content/reviews/x.md"))
                .replace("      - {treatment: {events: 3", "      - {label: Third, treatment: {events: 3"));
        report = SiteBuild.run(new BuildOptions(dir, dir.resolve("site"), false, false, "https://example.org", false,
                Fixtures.TODAY));
        assertThat(report.diagnostics()).noneMatch(Diagnostic::isError);
        String page = Files.readString(dir.resolve("site/reviews/x/index.html"));
        assertThat(page).contains("<tr id=\"meta-analysis-1-study-1\"><th scope=\"row\"><a href=\"#source-1\">Aronson 1948</a>",
                "<tr id=\"risk-of-bias-study-1\"><th scope=\"row\"><a href=\"#source-1\">Aronson 1948</a>",
                ">Own label<");
    }
}
