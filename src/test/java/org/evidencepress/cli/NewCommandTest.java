package org.evidencepress.cli;

import org.evidencepress.pipeline.BuildOptions;
import org.evidencepress.pipeline.BuildReport;
import org.evidencepress.pipeline.SiteBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class NewCommandTest {
    @TempDir
    Path site;

    @Test
    void writesAReviewNamedAfterTheTitle() throws Exception {
        int code = Main.run("new", "Green tea and memory", "--source", site.toString());

        Path file = site.resolve("content/reviews/green-tea-and-memory.md");
        assertThat(code).isZero();
        assertThat(Files.readString(file)).startsWith("---\ntitle: \"Green tea and memory\"")
                .contains("draft: true", "study:", "sources:", "## Future Research Questions");
    }

    @Test
    void refusesToOverwriteAnExistingReview() throws Exception {
        Path file = site.resolve("content/reviews/green-tea-and-memory.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "the author's work\n");

        int code = Main.run("new", "Green tea and memory", "--source", site.toString());

        assertThat(code).isEqualTo(ExitCode.USAGE.code);
        assertThat(Files.readString(file)).isEqualTo("the author's work\n");
    }

    @Test
    void theScaffoldBuildsWithDraftsWithoutErrors() {
        assertThat(Main.run("new", "Green tea and memory", "--source", site.toString())).isZero();

        BuildReport report = SiteBuild.run(new BuildOptions(site, site.resolve("site"), true, false, null, false,
                LocalDate.now()));

        assertThat(report.diagnostics()).noneMatch(d -> d.isError());
        assertThat(report.reviews()).isEqualTo(1);
        assertThat(site.resolve("site/reviews/green-tea-and-memory/index.html")).exists();
    }
}
