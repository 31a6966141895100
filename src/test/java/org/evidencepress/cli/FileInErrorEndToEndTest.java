package org.evidencepress.cli;

import org.evidencepress.testing.Cli;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
                "content/reviews/gamma.md:5:13: error: 'key_points' must be a list of bullet texts, each on its own"
                        + " line: '  - first point'");
    }

    /** A review that is a link to a moved file, or to another link back to it, fails the build instead of vanishing. */
    @Test
    void aReviewThatIsABrokenOrCircularLinkIsAnError() throws IOException {
        MiniSite.write(dir, "-- site.yaml --\ntitle: T\nbaseUrl: https://example.org/\n"
                + "-- content/reviews/kept.md --\n" + MiniSite.review("Kept", "2025-01-01", ""));
        Path reviews = dir.resolve("content/reviews");
        try {
            Files.createSymbolicLink(reviews.resolve("moved.md"), dir.resolve("shared/moved.md"));
            Files.createSymbolicLink(reviews.resolve("one.md"), Path.of("two.md"));
            Files.createSymbolicLink(reviews.resolve("two.md"), Path.of("one.md"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system has no symbolic links: " + e);
        }
        Cli.Run run = Cli.run("build", "-s", dir.toString(), "-o", dir.resolve("out").toString());
        assertThat(run.diagnostics()).as(run.all()).containsExactly(
                "content/reviews/moved.md:1:1: error: symbolic link to '" + dir.resolve("shared/moved.md")
                        + "' leads to no file",
                "content/reviews/one.md:1:1: error: symbolic link to 'two.md' leads back to itself",
                "content/reviews/two.md:1:1: error: symbolic link to 'one.md' leads back to itself");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /** A site.yaml that is a folder, or a link to a file moved away, is an error: its settings would go unread. */
    @Test
    void aSiteYamlThatIsAFolderOrABrokenLinkIsAnError() throws IOException {
        MiniSite.write(dir, "-- content/reviews/kept.md --\n" + MiniSite.review("Kept", "2025-01-01", ""));
        Files.createDirectories(dir.resolve("site.yaml"));
        Cli.Run folder = Cli.run("check", "-s", dir.toString());
        assertThat(folder.diagnostics()).as(folder.all()).containsExactly("site.yaml:1:1: error: site.yaml is a"
                + " folder, not a file of 'key: value' lines: the site's settings are not read");
        assertThat(folder.exit()).isEqualTo(1);

        Files.delete(dir.resolve("site.yaml"));
        try {
            Files.createSymbolicLink(dir.resolve("site.yaml"), Path.of("settings/site.yaml"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system has no symbolic links: " + e);
        }
        Cli.Run link = Cli.run("check", "-s", dir.toString());
        assertThat(link.diagnostics()).as(link.all())
                .containsExactly("site.yaml:1:1: error: symbolic link to 'settings/site.yaml' leads to no file");
        assertThat(link.exit()).isEqualTo(1);
    }
}
