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

/** Headings never take the ids of evidence sections, rows or SVG parts; links to them check out. */
class EvidenceAnchorsTest {

    @Test
    void headingsAvoidStructureIdsAndFragmentLinksToStructuresResolve(@TempDir Path dir) throws Exception {
        MiniSite.write(dir, "-- content/reviews/x.md --\n" + MiniSite.review("Anchors", "2024-01-01", """
                meta_analysis:
                  - outcome: Pain
                    measure: MD
                    studies:
                      - {label: A, source: s1, treatment: {mean: 1, sd: 1, n: 10}, control: {mean: 2, sd: 1, n: 10}}
                """).replace("## Findings", "## Meta-analysis 1\n\nSee [the plot](#meta-analysis-1) and "
                + "[study A](#meta-analysis-1-study-1).\n\n## Meta-analysis 1 title"));
        BuildReport report = SiteBuild.run(new BuildOptions(dir, dir.resolve("site"), false, false, null, false,
                Fixtures.TODAY));
        assertThat(report.diagnostics()).noneMatch(Diagnostic::isError);
        String html = Files.readString(dir.resolve("site/reviews/x/index.html"));
        assertThat(html).contains("<h2 id=\"meta-analysis-1-1\">").contains("<h2 id=\"meta-analysis-1-title-1\">")
                .contains("<section class=\"evidence evidence-forest\" aria-labelledby=\"meta-analysis-1\">")
                .contains("<tr id=\"meta-analysis-1-study-1\">")
                .contains("href=\"#meta-analysis-1-study-1\" aria-label=\"Back to citation 2 of source 1\"");
    }
}
