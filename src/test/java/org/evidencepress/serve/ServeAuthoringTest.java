package org.evidencepress.serve;

import org.evidencepress.pipeline.BuildReport;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** serve with section 10's inputs: page-bundle files are served and follow edits, as do the site's labels. */
class ServeAuthoringTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path site;
    ServeSession session;
    final List<BuildReport> reports = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(session.url() + path)).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void bundleFilesAndLabelOverridesAreServedAndFollowEdits() throws Exception {
        MiniSite.write(site, "-- site.yaml --\nlanguage: de\n-- i18n/.keep --\n"
                + "-- content/reviews/a/index.md --\n" + MiniSite.review("Alpha", "2025-01-01", "")
                + "\n![Chart](chart.txt \"A chart\")\n-- content/reviews/a/chart.txt --\nfirst\n");
        session = ServeSession.start(new ServeSession.Options(site, "127.0.0.1", 0, false, false,
                LocalDate.of(2026, 1, 1)), reports::add);
        HttpRequest events = HttpRequest.newBuilder(URI.create(session.url() + "/__evpress/events")).build();
        InputStream stream = HTTP.send(events, HttpResponse.BodyHandlers.ofInputStream()).body();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            assertThat(nextReload(lines)).isEqualTo("1");
            assertThat(get("/reviews/a/chart.txt").body()).isEqualTo("first\n");
            assertThat(get("/reviews/a/").body()).contains("<h2 id=\"sources\">Quellen</h2>", "<figcaption>A chart");

            Files.writeString(site.resolve("content/reviews/a/chart.txt"), "second\n");
            assertThat(nextReload(lines)).isEqualTo("2");
            assertThat(get("/reviews/a/chart.txt").body()).isEqualTo("second\n");

            Files.writeString(site.resolve("i18n/de.yaml"), "sources: Literatur\n");
            assertThat(nextReload(lines)).isEqualTo("3");
            assertThat(get("/reviews/a/").body()).contains("<h2 id=\"sources\">Literatur</h2>");
        }
        assertThat(reports).allSatisfy(r -> assertThat(r.diagnostics()).isEmpty());
    }

    /** The data of the next reload event; the HTTP client's timeout bounds the wait. */
    private static String nextReload(BufferedReader lines) throws Exception {
        boolean reload = false;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.equals("event: reload")) {
                reload = true;
            } else if (reload && line.startsWith("data: ")) {
                return line.substring("data: ".length());
            }
        }
        throw new AssertionError("event stream ended");
    }
}
