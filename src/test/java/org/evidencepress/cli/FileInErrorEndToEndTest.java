package org.evidencepress.cli;

import org.evidencepress.testing.Cli;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A review whose front matter has an error is still read as far as it can be, so that one run
 * reports what the next would: its sources never cited, and links to headings it lacks.
 */
class FileInErrorEndToEndTest {
    @TempDir
    Path dir;

    private static String review(String title, String keys, String body) {
        return "---\ntitle: " + title + "\ndate: 2026-01-99\nsummary: S.\n" + keys
                + "study:\n  year: 2020\n  journal: J\n  population: Adults\n"
                + "sources:\n  - id: s1\n    title: One\n  - id: s3\n    title: Three\n---\n\n## Findings\n\n" + body;
    }

    @Test
    void aReviewWithAFrontMatterErrorHasItsUncitedSourcesAndMissingHeadingsReported() {
        MiniSite.write(dir, "-- content/reviews/alpha.md --\n" + review("Alpha", "", "A finding [@s1].\n")
                + "-- content/reviews/gamma.md --\n" + review("Gamma", "key_points: {one: two}\n", "A finding [@s1].\n")
                + "-- content/reviews/beta.md --\n" + MiniSite.review("Beta", "2025-01-01", "")
                + "\nSee [findings](alpha.md#findings) and [a gap](alpha.md#nofrag).\n");
        Cli.Run run = Cli.run("check", "-s", dir.toString());
        assertThat(run.diagnostics()).as(run.all()).containsExactly(
                "content/reviews/alpha.md:3:7: error: 'date' is not a valid date: \"2026-01-99\" (expected YYYY-MM-DD)",
                "content/reviews/alpha.md:12:5: warning: source 's3' is never cited",
                "content/reviews/beta.md:19:39: error: link 'alpha.md#nofrag': no heading or anchor 'nofrag' on the"
                        + " page reviews/alpha/",
                "content/reviews/gamma.md:3:7: error: 'date' is not a valid date: \"2026-01-99\" (expected YYYY-MM-DD)",
                "content/reviews/gamma.md:5:13: error: 'key_points' must be a list of bullet texts");
    }
}
