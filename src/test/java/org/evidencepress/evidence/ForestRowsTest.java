package org.evidencepress.evidence;

import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.pipeline.BuildOptions;
import org.evidencepress.pipeline.BuildReport;
import org.evidencepress.pipeline.SiteBuild;
import org.evidencepress.testing.Fixtures;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** How a forest plot's rows print their numbers, in the table and in the plot's description. */
class ForestRowsTest {

    /** A published estimate and CI keep the digits their paper gave; no zero is added to any of them. */
    @Test
    void givenEstimatesKeepTheAuthorsDigits(@TempDir Path dir) throws Exception {
        String html = page(dir, "Given", """
                meta_analysis:
                  - outcome: Tuberculosis
                    measure: GIV
                    effect: RR
                    studies:
                      - {label: Aronson 1948, estimate: 0.41, ci: [0.13, 1.26]}
                      - {label: TPT Madras 1980, estimate: 1.01, ci: [0.89, 1.135]}
                  - outcome: Death
                    measure: OR
                    studies:
                      - {label: Tiny, treatment: {events: 0, total: 5}, control: {events: 5, total: 5}}
                """);
        assertThat(html).contains("<td>0.41 [0.13, 1.26]</td>", "<td>1.01 [0.89, 1.135]</td>",
                "Aronson 1948: 0.41 [0.13, 1.26]")
                // Computed with 0.5 added to each cell: OR 0.00826 [0.000138, 0.496], in plain numbers.
                .contains("<td>0.00826 [0.00014, 0.49581]</td>")
                .doesNotContain("e−0");
    }

    /**
     * A label is cut to the room left of the plot by the width of its characters, not by their
     * number: "<", "W" and "M" are wide, and 29 of them ran over the squares and the axis.
     */
    @Test
    void aLabelOfWideCharactersIsCutBeforeThePlot(@TempDir Path dir) throws Exception {
        String html = page(dir, "Labels", """
                meta_analysis:
                  - outcome: Death
                    measure: GIV
                    effect: OR
                    studies:
                      - {label: "MRC <65 years WWW Multicentre", estimate: 0.02, ci: [0.011, 0.05]}
                      - {label: "Trial <1", estimate: 0.5, ci: [0.2, 0.9]}
                """);
        assertThat(html).contains("fill=\"currentColor\">MRC &lt;65 years WWW Multice…</text>",
                        "fill=\"currentColor\">Trial &lt;1</text>", "MRC &lt;65 years WWW Multicentre</th>");
    }

    /**
     * The "favours" labels have the width from the line of no effect to the plot's edge, measured
     * as the study labels are: 27 wide letters ran past the edge, arrow and all, near the line.
     */
    @Test
    void favoursLabelsAreCutToTheirRoomByWidth(@TempDir Path dir) throws Exception {
        String html = page(dir, "Favours", """
                meta_analysis:
                  - outcome: Benefit
                    measure: RR
                    favours: ["WWW MMMM WWWW MMMM WWWW MMM", "MMM WWWW MMMM WWWW MMMM WWW"]
                    studies:
                      - {label: A, treatment: {events: 4, total: 123}, control: {events: 11, total: 139}}
                  - outcome: Harm
                    measure: RR
                    favours: ["WWW MMMM WWWW MMMM WWWW MMM", "Fewer"]
                    studies:
                      - {label: A, treatment: {events: 11, total: 123}, control: {events: 4, total: 139}}
                """);
        assertThat(html).contains(
                        // The line of no effect near the right edge: the right label is cut, the left one has room.
                        "text-anchor=\"end\">← WWW MMMM WWWW MMMM WWWW MMM</text>",
                        ">MMM WWWW MMMM WWWW MMMM W… →</text>",
                        // Near the left edge: the left label is cut.
                        "text-anchor=\"end\">← WWW MMMM WWWW MMM…</text>", ">Fewer →</text>")
                // The plot's description names them in full.
                .contains("MMM WWWW MMMM WWWW MMMM WWW");
    }

    /**
     * metafor gives this analysis τ² = 6e-05 and the third study a weight of 4.8e-05%: the
     * page writes them as plain bounds, escaped in the table and in the plot, not "1.27e−05".
     */
    @Test
    void tinyStatisticsAndWeightsArePlainBounds(@TempDir Path dir) throws Exception {
        String html = page(dir, "Tiny", """
                meta_analysis:
                  - outcome: Pain
                    measure: GIV
                    effect: MD
                    studies:
                      - {label: A, estimate: 0, ci: [-1.959964, 1.959964]}
                      - {label: B, estimate: 2.00003, ci: [0.040066, 3.959994]}
                      - {label: C, estimate: 0, ci: [-2000, 2000]}
                """);
        assertThat(html).contains("τ² &lt; 0.0001", "<td>&lt; 0.0001%</td>", "text-anchor=\"end\" fill=\"currentColor\">&lt; 0.0001%</text>",
                        "weight &lt; 0.0001%")
                .doesNotContain("e−0", "e-0");
    }

    /** A plot's description has no double space when nothing is pooled; one study's weight reads as the total's. */
    @Test
    void descriptionsWithoutAPooledRowAndOneStudysWeight(@TempDir Path dir) throws Exception {
        String html = page(dir, "None", """
                meta_analysis:
                  - outcome: Death
                    measure: RR
                    studies:
                      - {label: A, treatment: {events: 0, total: 10}, control: {events: 0, total: 10}}
                      - {label: B, treatment: {events: 0, total: 10}, control: {events: 0, total: 12}}
                  - outcome: Stroke
                    measure: RR
                    studies:
                      - {label: C, treatment: {events: 3, total: 10}, control: {events: 5, total: 10}}
                """);
        assertThat(html).contains("B: not estimable. Left of the line of no effect",
                        "C: 0.600 [0.194, 1.860], weight 100%. Total (random effects)", "<td>100%</td>")
                .doesNotContain("not estimable.  Left", "100.0%");
    }

    /** Two rows named alike cannot be told apart: a warning at the second's label, or at a study citing a source twice. */
    @Test
    void twoStudiesNamedAlikeAreAWarning(@TempDir Path dir) throws Exception {
        MiniSite.write(dir, "-- content/reviews/x.md --\n" + MiniSite.review("Twice", "2024-01-01", """
                meta_analysis:
                  - outcome: Death
                    measure: OR
                    studies:
                      - {label: A 2001, treatment: {events: 3, total: 10}, control: {events: 5, total: 10}}
                      - {label: A 2001, treatment: {events: 4, total: 10}, control: {events: 6, total: 10}}
                      - {label: B 2002, treatment: {events: 4, total: 10}, control: {events: 6, total: 10}}
                """));
        BuildReport report = SiteBuild.run(new BuildOptions(dir, dir.resolve("site"), false, false,
                "https://example.org", false, Fixtures.TODAY));
        assertThat(report.diagnostics()).extracting(Diagnostic::format).singleElement().asString()
                .endsWith("x.md:10:17: warning: 'meta_analysis[1].studies[2]' is named 'A 2001' as studies[1] is: give"
                        + " each its own label, as 'Smith 2020a' and 'Smith 2020b'");
    }

    /** The page of a review titled {@code title} with {@code evidence} in its front matter, built without errors. */
    private static String page(Path dir, String title, String evidence) throws Exception {
        MiniSite.write(dir, "-- content/reviews/x.md --\n" + MiniSite.review(title, "2024-01-01", evidence));
        BuildReport report = SiteBuild.run(new BuildOptions(dir, dir.resolve("site"), false, false,
                "https://example.org", false, Fixtures.TODAY));
        assertThat(report.diagnostics()).noneMatch(Diagnostic::isError);
        return Files.readString(dir.resolve("site/reviews/x/index.html"));
    }
}
