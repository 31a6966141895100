package org.evidencepress.testing;

import org.evidencepress.pipeline.BuildOptions;
import org.evidencepress.pipeline.BuildReport;
import org.evidencepress.pipeline.SiteBuild;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixture sites under src/test/resources/sites/ and builds of them. */
public final class Fixtures {
    /** The example site frozen for tests, so editing content/ does not break goldens. */
    public static final Path GOLDEN_SITE = Path.of("src", "test", "resources", "sites", "golden");
    /** A fixed "today" after every fixture date, so builds do not depend on the clock. */
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private Fixtures() {
    }

    /** Builds {@code source} into {@code output}, asserting it built without errors. */
    public static BuildReport build(Path source, Path output) {
        BuildReport report = SiteBuild.run(new BuildOptions(source.toAbsolutePath(), output.toAbsolutePath(),
                false, false, null, false, TODAY));
        assertThat(report.diagnostics()).as("diagnostics of %s", source).noneMatch(d -> d.isError());
        assertThat(report.written()).isTrue();
        return report;
    }
}
