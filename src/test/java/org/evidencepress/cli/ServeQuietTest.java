package org.evidencepress.cli;

import org.evidencepress.testing.Cli;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve --quiet} prints only problems, as build and check do: no address line and
 * no summary per rebuild. Serve runs until stopped, so it runs as its own process here.
 */
class ServeQuietTest {
    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dir;
    /** Where serve's output goes: beside the site, never inside it, and removed with it. */
    @TempDir
    Path logs;

    @Test
    void quietServePrintsTheWarningsOfEachBuildAndNothingElse() throws Exception {
        Output quiet = serveThroughOneRebuild("--quiet");
        assertThat(quiet.out()).as(quiet.toString()).isEmpty();
        List<String> problems = quiet.err().lines().filter(l -> !l.startsWith("    ")).toList();
        assertThat(problems).as(quiet.toString()).isNotEmpty().allMatch(l -> Cli.DIAGNOSTIC.matcher(l).matches())
                .anyMatch(l -> l.startsWith("content/reviews/a.md:") && l.contains(": warning: "));
        // The first build and the rebuild each report the warning.
        assertThat(problems).hasSizeGreaterThanOrEqualTo(2);

        Output loud = serveThroughOneRebuild();
        assertThat(loud.out()).as(loud.toString())
                .isEqualTo("serving " + dir + " at http://127.0.0.1:" + loud.port() + "/ (Ctrl-C to stop)\n");
        // The first build is no rebuild; the edit's is.
        List<String> summaries = loud.err().lines().filter(l -> l.matches("(re)?built: .*")).toList();
        assertThat(summaries).as(loud.toString()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(summaries.get(0)).startsWith("built: ");
        assertThat(summaries.subList(1, summaries.size())).allMatch(l -> l.startsWith("rebuilt: "));
    }

    /** A port in use is named, with the options that get round it, not only "Address already in use". */
    @Test
    void aPortInUseSaysWhichAndHowToServeElsewhere() throws Exception {
        MiniSite.write(dir, "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01", ""));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Cli.Run run = Cli.run("serve", "-s", dir.toString(), "--port", Integer.toString(port));
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("evpress: cannot serve on 127.0.0.1:" + port + ": port " + port
                    + " is in use, perhaps by another serve; stop that, or pass --port " + (port + 1)
                    + " (or --port 0 for any free port)\n");
        }
    }

    /** A browser cannot always open http://0.0.0.0:PORT/: the address printed is localhost's, as Hugo's is. */
    @Test
    void servingOnEveryAddressPrintsLocalhostBesideTheBindAddress() throws Exception {
        Output all = serveThroughOneRebuild("--bind", "0.0.0.0");
        assertThat(all.out()).as(all.toString()).isEqualTo("serving " + dir + " at http://localhost:" + all.port()
                + "/ (bind address 0.0.0.0; Ctrl-C to stop)\n");
        assertThat(all.err()).as(all.toString()).contains("evpress: warning: listening on 0.0.0.0");
        assertThat(all.page()).contains("href=\"http://localhost:" + all.port() + "/reviews/a/\"")
                .doesNotContain("0.0.0.0");
    }

    /** A rebuild with errors shows the last good pages under them: its summary says it did not rebuild. */
    @Test
    void aRebuildWithErrorsSaysNotRebuilt() throws Exception {
        Output broken = serveThroughEdit("Second text [@nowhere].", "evpress-error-overlay");
        List<String> summaries = broken.err().lines().filter(l -> l.matches("(not )?(re)?built: .*")).toList();
        assertThat(summaries).as(broken.toString()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(summaries.get(0)).startsWith("built: ");
        assertThat(summaries.get(summaries.size() - 1)).startsWith("not rebuilt: ").endsWith(" ms")
                .contains(", 1 error in ");
        assertThat(broken.page()).contains("<p>First text.</p>").doesNotContain("<p>Second text");
    }

    private record Output(String out, String err, int port, String page) {
        @Override
        public String toString() {
            return "--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** Starts serve, waits for its first build, edits the review, waits for the rebuild, stops it. */
    private Output serveThroughOneRebuild(String... flags) throws Exception {
        return serveThroughEdit("Second text.", "Second text.", flags);
    }

    /** As {@link #serveThroughOneRebuild(String...)}, writing {@code edit} and waiting for {@code shown}. */
    private Output serveThroughEdit(String edit, String shown, String... flags) throws Exception {
        MiniSite.write(dir, "-- site.yaml --\nbaseUrl: https://example.org\n-- content/reviews/a.md --\n"
                + MiniSite.review("Alpha", "2025-01-01", "") + "\n# A second title\n\nFirst text.\n");
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        // The test class path holds log4j (for the HTML checker), which FreeMarker would otherwise
        // find and which then prints its own set-up warnings; the shipped generator has no log4j.
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Dorg.freemarker.loggerLibrary=none", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "-s", dir.toString(),
                "--port", Integer.toString(port)));
        command.addAll(List.of(flags));
        Path out = Files.createTempFile(logs, "serve", ".out");
        Path err = Files.createTempFile(logs, "serve", ".err");
        Process serve = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        String page;
        try {
            String url = "http://127.0.0.1:" + port + "/reviews/a/";
            awaitPage(url, "First text.", serve);
            Path review = dir.resolve("content/reviews/a.md");
            Files.writeString(review, Files.readString(review).replace("First text.", edit));
            page = awaitPage(url, shown, serve);
        } finally {
            serve.destroy();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
        }
        return new Output(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8),
                port, page);
    }

    /** Polls until the page holds {@code text}, and returns it; serve answers nothing before its first build is done. */
    private String awaitPage(String url, String text, Process serve) throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < end) {
            assertThat(serve.isAlive()).as("serve is running").isTrue();
            try {
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (page.statusCode() == 200 && page.body().contains(text)) {
                    return page.body();
                }
            } catch (IOException notYetListening) {
                // The port is not open yet: try again.
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no page at " + url + " with '" + text + "' within " + DEADLINE);
    }
}
