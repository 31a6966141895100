package org.evidencepress.output;

import org.evidencepress.cli.Main;
import org.evidencepress.testing.Cli;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A build stopped at any moment, even by {@code kill -9}, leaves the previous site
 * complete, and the next build removes what it left behind; a folder that is not ours,
 * or that a running build still owns, is never touched.
 */
class InterruptedBuildTest {
    @TempDir
    Path dir;

    private static String site(int reviews) {
        StringBuilder site = new StringBuilder("-- site.yaml --\nbaseUrl: https://example.org\n");
        for (int i = 1; i <= reviews; i++) {
            site.append("-- content/reviews/r").append(i).append(".md --\n")
                    .append(MiniSite.review("Review " + i, "2025-01-01", "tags: [t" + i % 9 + "]"));
        }
        return site.toString();
    }

    private Cli.Run build() {
        return Cli.run("build", "-s", dir.toString());
    }

    /** What lies beside the output folder that a build left there. */
    private List<String> leftovers() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.")).sorted().toList();
        }
    }

    /** A build in a JVM of its own, which the test can kill. */
    private Process buildProcess() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "build",
                "-s", dir.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void aBuildKilledAtRandomMomentsNeverLosesThePreviousSiteAndTheNextOneSweepsUp() throws Exception {
        MiniSite.write(dir, site(80));
        assertThat(build().exit()).isZero();
        SortedMap<String, String> complete = MiniSite.snapshot(dir.resolve("site"));
        long seed = System.nanoTime();
        Random random = new Random(seed);
        // Kill moments are drawn from how long a whole build takes on this machine now, so that
        // most of them land inside one whatever the machine's speed and load.
        long started = System.nanoTime();
        Process whole = buildProcess();
        assertThat(whole.waitFor(120, TimeUnit.SECONDS)).isTrue();
        int buildMillis = (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        int interrupted = 0;
        for (int attempt = 1; attempt <= 12; attempt++) {
            Process process = buildProcess();
            // The random moment: the build may still be starting, writing, swapping or done.
            int moment = 50 + random.nextInt(Math.max(100, buildMillis));
            if (!process.waitFor(moment, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String where = "attempt " + attempt + " killed at " + moment + " ms (seed " + seed + ")";
            List<String> left = leftovers();
            if (!left.isEmpty()) {
                interrupted++;
            }
            if (Files.exists(dir.resolve("site"))) {
                assertThat(MiniSite.snapshot(dir.resolve("site"))).as(where).isEqualTo(complete);
            } else {
                // Stopped inside the swap: the previous site waits complete under its swap name.
                Path aside = dir.resolve(left.stream().filter(n -> n.startsWith(".site.old-")).findFirst()
                        .orElseThrow(() -> new AssertionError(where + ": no site and none set aside: " + left)));
                assertThat(MiniSite.snapshot(aside)).as(where).isEqualTo(complete);
            }
            Cli.Run next = build();
            assertThat(next.exit()).as(where + "\n" + next.all()).isZero();
            assertThat(leftovers()).as(where).isEmpty();
            assertThat(MiniSite.snapshot(dir.resolve("site"))).as(where).isEqualTo(complete);
        }
        assertThat(interrupted).as("kills that landed inside a build (seed %d)", seed).isPositive();
    }

    @Test
    void twoBuildsOfOneFolderAtOnceBothFinishAndLeaveOneCompleteSite() throws Exception {
        MiniSite.write(dir, site(80));
        assertThat(build().exit()).isZero();
        SortedMap<String, String> complete = MiniSite.snapshot(dir.resolve("site"));
        for (int round = 1; round <= 3; round++) {
            Process first = buildProcess();
            Process second = buildProcess();
            assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(List.of(first.exitValue(), second.exitValue())).as("round " + round).containsOnly(0);
            assertThat(leftovers()).as("round " + round).isEmpty();
            assertThat(MiniSite.snapshot(dir.resolve("site"))).as("round " + round).isEqualTo(complete);
        }
    }

    @Test
    void aBuildStoppedBetweenTheTwoRenamesOfTheSwapIsRecoveredByTheNextEvenAFailingOne() throws IOException {
        MiniSite.write(dir, site(2));
        assertThat(build().exit()).isZero();
        SortedMap<String, String> complete = MiniSite.snapshot(dir.resolve("site"));
        // The state after "site -> .site.old-<id>" and before ".site.building-<id> -> site".
        Files.move(dir.resolve("site"), dir.resolve(".site.old-1234"));
        Files.createDirectories(dir.resolve(".site.building-1234/reviews"));
        Files.writeString(dir.resolve(".site.building-1234/" + OutputFolder.MARKER), "");
        Files.writeString(dir.resolve(".site.building-1234.lock"), "99999\n");
        MiniSite.write(dir, "-- content/reviews/r1.md --\n"
                + MiniSite.review("Review 1", "2025-01-01", "").replace("[@s1]", "[@nope]"));

        Cli.Run failing = build();
        assertThat(failing.exit()).isEqualTo(1);
        assertThat(MiniSite.snapshot(dir.resolve("site"))).isEqualTo(complete);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void theSweepLeavesFoldersWithoutOurMarkerAndThoseOfARunningBuild() throws IOException {
        MiniSite.write(dir, site(2));
        Files.writeString(MiniSite.write(dir, "-- .site.building-mine/notes.txt --\nkeep\n")
                .resolve(".site.building-mine/notes.txt"), "keep");
        Files.createDirectories(dir.resolve(".site.building-live"));
        Files.writeString(dir.resolve(".site.building-live/" + OutputFolder.MARKER), "");
        Files.createDirectories(dir.resolve(".site.building-dead/reviews"));
        Files.writeString(dir.resolve(".site.building-dead/" + OutputFolder.MARKER), "");
        Files.createDirectories(dir.resolve(".site.building-empty"));
        try (FileChannel channel = FileChannel.open(dir.resolve(".site.building-live.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            assertThat(held.isValid()).isTrue();
            assertThat(build().exit()).isZero();
            assertThat(leftovers()).containsExactly(".site.building-live", ".site.building-live.lock",
                    ".site.building-mine");
        }
        assertThat(dir.resolve(".site.building-mine/notes.txt")).hasContent("keep");
        assertThat(build().exit()).isZero();
        assertThat(leftovers()).containsExactly(".site.building-mine");
    }
}
