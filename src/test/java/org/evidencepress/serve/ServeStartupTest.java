package org.evidencepress.serve;

import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser opened as {@code serve} starts sees the site, never a 404 of a site not built yet. */
class ServeStartupTest {

    @Test
    void requestsDuringTheFirstBuildWaitForItInsteadOfFailing(@TempDir Path dir) throws Exception {
        // Enough reviews that the first build takes a while after the port is bound.
        StringBuilder text = new StringBuilder("-- site.yaml --\ntitle: Startup Test Site\n");
        for (int i = 0; i < 300; i++) {
            text.append("-- content/reviews/r").append(i).append(".md --\n")
                    .append(MiniSite.review("Review " + i, "2024-01-01", ""));
        }
        MiniSite.write(dir, text.toString());
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        CompletableFuture<ServeSession> starting = CompletableFuture.supplyAsync(() -> {
            try {
                return ServeSession.start(new ServeSession.Options(dir, "127.0.0.1", port, false, false,
                        LocalDate.of(2026, 1, 1)), report -> { });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .timeout(Duration.ofSeconds(60)).build();
        List<Integer> statuses = new ArrayList<>();
        int sentBeforeStarted = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try {
            while (System.nanoTime() < deadline) {
                boolean started = starting.isDone();
                HttpResponse<String> response;
                try {
                    response = http.send(request, HttpResponse.BodyHandlers.ofString());
                } catch (ConnectException notListeningYet) {
                    continue;
                }
                statuses.add(response.statusCode());
                assertThat(response.body()).as("every answer is the built home page").contains("Startup Test Site",
                        "Page 1 of 15");
                if (!started) {
                    sentBeforeStarted++;
                } else {
                    break;
                }
            }
        } finally {
            starting.get(60, TimeUnit.SECONDS).close();
        }
        assertThat(statuses).isNotEmpty().containsOnly(200);
        assertThat(sentBeforeStarted).as("requests sent while the first build ran").isPositive();
    }

    @Test
    void aSiteWithErrorsAtStartUpShowsItsPagesUnderTheErrorsNotA404(@TempDir Path dir) throws Exception {
        MiniSite.write(dir, "-- site.yaml --\ntitle: Startup Test Site\n"
                + "-- content/reviews/good.md --\n" + MiniSite.review("Good", "2024-01-01", "")
                + "-- content/reviews/bad.md --\n---\ntitle: \"unclosed\n");
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (ServeSession session = ServeSession.start(new ServeSession.Options(dir, "127.0.0.1", port, false, false,
                LocalDate.of(2026, 1, 1)), report -> { })) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            for (String path : List.of("/", "/reviews/good/", "/css/style.css")) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(path).isEqualTo(200);
            }
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/reviews/good/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("Good", "content/reviews/bad.md");
        }
    }
}
