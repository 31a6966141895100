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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values that break naive arithmetic: each gives a positioned error or a page whose SVG is
 * well formed and free of NaN, never an exception.
 */
class EvidenceHostileInputTest {
    private static final Pattern SVG = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL);

    private static BuildReport build(Path dir, String frontMatter) {
        MiniSite.write(dir, "-- content/reviews/x.md --\n" + MiniSite.review("Hostile", "2024-01-01", frontMatter));
        return SiteBuild.run(new BuildOptions(dir, dir.resolve("site"), false, false, "https://example.org", false,
                Fixtures.TODAY));
    }

    private static void assertSaneSvgs(Path dir) throws Exception {
        String html = Files.readString(dir.resolve("site/reviews/x/index.html"));
        Matcher m = SVG.matcher(html);
        int n = 0;
        while (m.find()) {
            EvidenceGoldenTest.assertWellFormedSvg(m.group());
            n++;
        }
        assertThat(n).isPositive();
        assertThat(html).doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void hugeCountsAndExtremeRatiosDrawWithinTheAxis(@TempDir Path dir) throws Exception {
        BuildReport report = build(dir, """
                meta_analysis:
                  - outcome: Huge
                    measure: OR
                    studies:
                      - {label: A, treatment: {events: 1, total: 1000000000000}, control: {events: 999999999999, total: 1000000000000}}
                      - {label: B, treatment: {events: 999999999999, total: 1000000000000}, control: {events: 1, total: 1000000000000}}
                      - {label: C, treatment: {events: 0, total: 1}, control: {events: 1, total: 1}}
                prisma:
                  databases_and_registers:
                    identified: {databases: 1000000000000, registers: 1000000000000}
                    removed: {duplicates: 1000000000000}
                    screened: 1000000000000
                    excluded: 999999999990
                    sought: 10
                    not_retrieved: 0
                    assessed: 10
                  included: {studies: 10, reports: 10}
                """);
        assertThat(report.diagnostics()).noneMatch(Diagnostic::isError);
        assertSaneSvgs(dir);
    }

    @Test
    void hundredsOfStudiesGiveOnePlot(@TempDir Path dir) throws Exception {
        StringBuilder studies = new StringBuilder();
        for (int i = 1; i <= 400; i++) {
            studies.append("      - {label: Study ").append(i).append(", treatment: {mean: ").append(i % 17)
                    .append(", sd: 2, n: 20}, control: {mean: 5, sd: 3, n: 21}}\n");
        }
        BuildReport report = build(dir, "meta_analysis:\n  - outcome: Many\n    measure: SMD\n    studies:\n" + studies);
        assertThat(report.diagnostics()).noneMatch(Diagnostic::isError);
        assertSaneSvgs(dir);
        assertThat(Files.readString(dir.resolve("site/reviews/x/index.html"))).contains("Study 400");
    }

    @Test
    void identicalStudiesWithoutHeterogeneityDraw(@TempDir Path dir) throws Exception {
        BuildReport report = build(dir, """
                meta_analysis:
                  - outcome: Same
                    measure: GIV
                    effect: MD
                    studies:
                      - {label: A, estimate: 0, ci: [-1, 1]}
                      - {label: B, estimate: 0, ci: [-1, 1]}
                """);
        assertThat(report.diagnostics()).noneMatch(Diagnostic::isError);
        assertSaneSvgs(dir);
    }

    @Test
    void nanInfinityAndVanishingVariancesAreErrorsAtTheirNodes(@TempDir Path dir) {
        BuildReport report = build(dir, """
                meta_analysis:
                  - outcome: Broken
                    measure: MD
                    studies:
                      - {label: A, treatment: {mean: .inf, sd: 1, n: 3}, control: {mean: 1, sd: 1, n: 3}}
                      - {label: B, treatment: {mean: 1, sd: 1.0e-300, n: 3}, control: {mean: 1, sd: 1.0e-300, n: 3}}
                      - {label: C, treatment: {mean: 1, sd: -2, n: 3}, control: {mean: 1, sd: 1, n: 0}}
                      - {label: D, treatment: {mean: 1e400, sd: 1, n: 3}, control: {mean: 1, sd: 1, n: 3}}
                outcomes: {name: not a list}
                risk_of_bias: [rob2]
                prisma: 12
                """);
        List<String> messages = report.diagnostics().stream().map(Diagnostic::format).toList();
        assertThat(messages).containsExactly(
                "content/reviews/x.md:9:38: error: 'meta_analysis[1].studies[1].treatment.mean' must be a number, got \".inf\"",
                "content/reviews/x.md:10:9: error: 'meta_analysis[1].studies[2]': these numbers give no usable effect (estimate 0.0, variance 0.0)",
                "content/reviews/x.md:11:45: error: 'meta_analysis[1].studies[3].treatment.sd' is -2; a standard deviation must be above 0",
                "content/reviews/x.md:11:85: error: 'meta_analysis[1].studies[3].control.n' is 0; an arm needs at least one participant",
                "content/reviews/x.md:12:38: error: 'meta_analysis[1].studies[4].treatment.mean' is 1e400; numbers beyond 1,000,000,000,000 in size are not plausible here",
                "content/reviews/x.md:13:11: error: 'outcomes' must be a list, not a mapping",
                "content/reviews/x.md:14:15: error: 'risk_of_bias' must be a mapping of 'key: value' entries, not a list",
                "content/reviews/x.md:15:9: error: 'prisma' must be a mapping of 'key: value' entries, not a value");
    }
}
