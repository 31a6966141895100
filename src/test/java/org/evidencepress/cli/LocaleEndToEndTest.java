package org.evidencepress.cli;

import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CI container often runs without a locale (no LANG): the JVM then cannot name "café.md".
 * The build still reads and writes such names, as it does under a UTF-8 locale.
 */
class LocaleEndToEndTest {
    @TempDir
    Path dir;
    /** Where the build's error output goes: beside the site, never inside it, and removed with it. */
    @TempDir
    Path logs;

    @Test
    void aReviewNamedInAnyLettersBuildsWithoutALocale() throws Exception {
        MiniSite.write(dir, "-- site.yaml --\nbaseUrl: https://example.org\n-- content/reviews/café-naïve.md --\n"
                + MiniSite.review("Alpha", "2025-01-01", ""));
        ProcessBuilder builder = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "build",
                "-s", dir.toString(), "-o", dir.resolve("out").toString(), "--quiet"));
        builder.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
        Path err = Files.createTempFile(logs, "build", ".err");
        Process build = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        assertThat(build.waitFor(120, TimeUnit.SECONDS)).as("the build ends").isTrue();
        String errors = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(build.exitValue()).as(errors).isZero();
        assertThat(dir.resolve("out/reviews/café-naïve/index.html")).exists();
    }
}
