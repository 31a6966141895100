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
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
            assertThat(ServeSessionTest.nextReload(lines)).isEqualTo("1");
            assertThat(get("/reviews/a/chart.txt").body()).isEqualTo("first\n");
            assertThat(get("/reviews/a/").body()).contains("<h2 id=\"sources\">Quellen</h2>", "<figcaption>A chart");

            Files.writeString(site.resolve("content/reviews/a/chart.txt"), "second\n");
            assertThat(ServeSessionTest.nextReload(lines)).isEqualTo("2");
            assertThat(get("/reviews/a/chart.txt").body()).isEqualTo("second\n");

            Files.writeString(site.resolve("i18n/de.yaml"), "sources: Literatur\n");
            assertThat(ServeSessionTest.nextReload(lines)).isEqualTo("3");
            assertThat(get("/reviews/a/").body()).contains("<h2 id=\"sources\">Literatur</h2>");
        }
        assertThat(reports).allSatisfy(r -> assertThat(r.diagnostics()).isEmpty());
    }

    @Test
    void anEditedBibliographyFileRebuildsThePagesThatCiteIt() throws Exception {
        String bib = "@article{colditz1994,\n  author = {Colditz, Graham A. and Brewer, Timothy F.},\n"
                + "  title = {Efficacy of {BCG} vaccine in the prevention of tuberculosis},\n"
                + "  journal = {JAMA}, year = {1994}, volume = {271}, number = {9}, pages = {698--702},\n"
                + "  doi = {10.1001/jama.1994.03510330076038}\n}\n";
        MiniSite.write(site, "-- site.yaml --\nbibliography: references/library.bib\n"
                + "-- references/library.bib --\n" + bib.replace("Efficacy", "Eficacy")
                + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01", "")
                + "\nThe trials were pooled [@colditz1994].\n");
        session = ServeSession.start(new ServeSession.Options(site, "127.0.0.1", 0, false, false,
                LocalDate.of(2026, 1, 1)), reports::add);
        // A missed reload would leave the event stream waiting: the deadline turns that into a failure.
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            HttpRequest events = HttpRequest.newBuilder(URI.create(session.url() + "/__evpress/events")).build();
            InputStream stream = HTTP.send(events, HttpResponse.BodyHandlers.ofInputStream()).body();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                assertThat(ServeSessionTest.nextReload(lines)).isEqualTo("1");
                assertThat(get("/reviews/a/").body()).contains("Eficacy of BCG vaccine");

                // As an automatic export from the reference manager rewrites the file.
                Files.writeString(site.resolve("references/library.bib"), bib);
                assertThat(ServeSessionTest.nextReload(lines)).isEqualTo("2");
                assertThat(get("/reviews/a/").body()).contains("Efficacy of BCG vaccine").doesNotContain("Eficacy");
            }
        });
        assertThat(reports).allSatisfy(r -> assertThat(r.diagnostics()).isEmpty());
    }
}
