package org.evidencepress.cli;

import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A build that runs out of heap: a message and exit code 1, or a quiet code for a launcher that retries. */
class OutOfHeapEndToEndTest {
    @TempDir
    Path dir;
    /** Where the build's error output goes: beside the site, never inside it, and removed with it. */
    @TempDir
    Path logs;

    @Test
    void aRelaunchedBuildTellsItsLauncherAndOtherwiseTheUser() throws Exception {
        // One review whose body, parsed, cannot fit a 24 MiB heap.
        String paragraph = "A sentence of the body that repeats, *with emphasis* and a [link](https://example.org).\n\n";
        MiniSite.write(dir, "-- site.yaml --\nbaseUrl: https://example.org\n-- content/reviews/a.md --\n"
                + MiniSite.review("Alpha", "2025-01-01", "") + paragraph.repeat(120_000));

        Result retried = build("-Devpress.relaunched=true", "-Devpress.retryOutOfHeap=true");
        assertThat(retried.code).as(retried.err).isEqualTo(3);
        assertThat(retried.err).doesNotContain("out of memory", "Exception", "\tat ");

        Result told = build("-Devpress.relaunched=true");
        assertThat(told.code).as(told.err).isEqualTo(1);
        // The heap it had (24 MiB), and a larger one than that to try.
        assertThat(told.err).contains("evpress: out of memory in a heap of 2", " MiB; give the JVM a larger one,"
                + " e.g. EVPRESS_JAVA_OPTS=-Xmx2g").doesNotContain("\tat ");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private record Result(int code, String err) {
    }

    private Result build(String... properties) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx24m", "-Dorg.freemarker.loggerLibrary=none"));
        command.addAll(List.of(properties));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "build",
                "-s", dir.toString(), "-o", dir.resolve("out").toString(), "--quiet"));
        Path err = Files.createTempFile(logs, "build", ".err");
        Process build = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
        assertThat(build.waitFor(120, TimeUnit.SECONDS)).as("the build ends").isTrue();
        return new Result(build.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }
}
