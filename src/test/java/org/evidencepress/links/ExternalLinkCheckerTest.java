package org.evidencepress.links;

import org.evidencepress.pipeline.BuildOptions;
import org.evidencepress.pipeline.BuildReport;
import org.evidencepress.pipeline.SiteBuild;
import com.sun.net.httpserver.HttpServer;
import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.diagnostic.Diagnostics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --check-external}, against a server on the loopback address only: never a real host. */
class ExternalLinkCheckerTest {
    private HttpServer server;
    private String base;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(exchange.getRequestMethod() + " " + path, k -> new AtomicInteger()).incrementAndGet();
            int status = switch (path) {
                case "/ok" -> 200;
                case "/moved" -> 301;
                case "/loop" -> 302;
                case "/no-head" -> exchange.getRequestMethod().equals("HEAD") ? 405 : 200;
                default -> 404;
            };
            if (status == 301) {
                exchange.getResponseHeaders().add("Location", "/ok");
            } else if (status == 302) {
                exchange.getResponseHeaders().add("Location", "/loop");
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void answersFollowRedirectsFallBackToGetAndAreAskedOncePerUrl() {
        ExternalLinkChecker checker = new ExternalLinkChecker(2, Duration.ofSeconds(5));

        assertThat(checker.probe(base + "/ok").join()).isEmpty();
        assertThat(checker.probe(base + "/moved").join()).isEmpty();
        assertThat(checker.probe(base + "/no-head").join()).isEmpty();
        assertThat(checker.probe(base + "/missing").join())
                .contains("is broken: the server answers HTTP 404");
        assertThat(checker.probe(base + "/loop").join())
                .contains("redirects too many times (last answer HTTP 302)");
        assertThat(checker.probe("http://").join()).isEqualTo(Optional.of("is not a valid URL"));
        assertThat(checker.probe(base + "/ok").join()).isEmpty();

        assertThat(hits.get("HEAD /ok").get()).isEqualTo(2); // once itself, once at the end of /moved
        assertThat(hits.get("GET /no-head").get()).isEqualTo(1);
    }

    @Test
    void aClosedPortIsReportedNotThrown() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        Optional<String> answer = new ExternalLinkChecker(1, Duration.ofSeconds(5))
                .probe("http://127.0.0.1:" + port + "/").join();

        assertThat(answer).contains("cannot be reached: the connection was refused");
    }

    @Test
    void aHostNameThatDoesNotResolveIsSaidInWords() {
        // .invalid is reserved: it never resolves, with or without a network.
        Optional<String> answer = new ExternalLinkChecker(1, Duration.ofSeconds(5))
                .probe("http://no-such-host.invalid/page").join();

        assertThat(answer).contains(
                "cannot be reached: unknown host no-such-host.invalid (no network, or a misspelt name)");
    }

    @Test
    void anHttpsLinkToAPlainServerIsATlsFailureInWords() throws IOException {
        try (ServerSocket plain = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread answering = new Thread(() -> {
                try (Socket socket = plain.accept()) {
                    socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException closed) {
                    // The test is over.
                }
            });
            answering.setDaemon(true);
            answering.start();

            Optional<String> answer = new ExternalLinkChecker(1, Duration.ofSeconds(5))
                    .probe("https://127.0.0.1:" + plain.getLocalPort() + "/").join();

            assertThat(answer).hasValueSatisfying(problem -> assertThat(problem)
                    .startsWith("cannot be reached: the secure (TLS) connection failed")
                    .doesNotContain("Exception"));
        }
    }

    @Test
    void aServerThatNeverAnswersIsReportedAfterTheTimeout() throws IOException {
        // Bound but never started: the connection is accepted and no answer ever comes.
        HttpServer silent = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        try {
            Optional<String> answer = new ExternalLinkChecker(1, Duration.ofSeconds(1))
                    .probe("http://127.0.0.1:" + silent.getAddress().getPort() + "/").join();

            assertThat(answer).contains("did not answer within 1 s");
        } finally {
            silent.stop(0);
        }
    }

    @Test
    void theBuildReportsBrokenExternalLinksAtTheirMarkdownPositionOnlyWhenAsked(@TempDir Path tmp)
            throws IOException {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("content/links.md"), "---\ntitle: Links\n---\n\n"
                + "Fine [here](" + base + "/ok) and [moved](" + base + "/moved).\n"
                + "Gone [there](" + base + "/gone) and again [there](" + base + "/gone).\n");

        BuildReport offline = SiteBuild.run(new BuildOptions(site, null, false, false, null, false,
                LocalDate.of(2026, 1, 1)));
        assertThat(offline.diagnostics()).isEmpty();
        assertThat(hits).isEmpty();

        BuildReport online = SiteBuild.run(new BuildOptions(site, null, false, false, null, false,
                LocalDate.of(2026, 1, 1), true));
        String line = Files.readAllLines(site.resolve("content/links.md")).get(5);
        int second = line.lastIndexOf("[there]") + 1;
        assertThat(online.diagnostics()).containsExactly(
                Diagnostic.error("content/links.md", 6, 6, "external link '" + base
                        + "/gone' is broken: the server answers HTTP 404"),
                Diagnostic.error("content/links.md", 6, second, "external link '" + base
                        + "/gone' is broken: the server answers HTTP 404"));
        assertThat(hits.get("HEAD /gone").get()).isEqualTo(1);
        assertThat(List.copyOf(hits.keySet())).doesNotContain("GET /ok");
    }

    @Test
    void sourceUrlsAreCheckedAndDoiLinksCountTheResolversRedirectAsAnAnswer() {
        ExternalLinkChecker checker = new ExternalLinkChecker(2, Duration.ofSeconds(5));
        Diagnostics diagnostics = new Diagnostics();

        checker.check(List.of(), List.of(
                new ExternalLinkChecker.SourceLink("r.md", 9, 5, "source 'a' DOI link", base + "/loop", true),
                new ExternalLinkChecker.SourceLink("r.md", 12, 5, "source 'b' DOI link", base + "/gone", true),
                new ExternalLinkChecker.SourceLink("r.md", 15, 5, "source 'c' url", base + "/loop", false)),
                diagnostics);

        assertThat(diagnostics.sorted()).containsExactly(
                Diagnostic.error("r.md", 12, 5, "source 'b' DOI link '" + base
                        + "/gone' is broken: the server answers HTTP 404"),
                Diagnostic.error("r.md", 15, 5, "source 'c' url '" + base
                        + "/loop' redirects too many times (last answer HTTP 302)"));
        assertThat(hits.get("HEAD /loop").get()).isGreaterThan(1);
    }

    /** A DOI's resolver link in the body or a source's url is answered by the redirect, as a source's DOI is. */
    @Test
    void aDoiResolverLinkWrittenAsAUrlIsAskedOfTheResolver() {
        assertThat(ExternalLinkChecker.asksTheResolver("https://doi.org/10.1016/S0140-6736(20)32661-1")).isTrue();
        assertThat(ExternalLinkChecker.asksTheResolver("http://dx.doi.org/10.1136/bmj.n71")).isTrue();
        assertThat(ExternalLinkChecker.asksTheResolver("HTTPS://DOI.ORG/10.1056/NEJMoa2035389")).isTrue();
        assertThat(ExternalLinkChecker.asksTheResolver("https://doi.org/")).isFalse();
        assertThat(ExternalLinkChecker.asksTheResolver("https://www.bmj.com/content/372/bmj.n71")).isFalse();
        assertThat(ExternalLinkChecker.asksTheResolver(base + "/10.1136/bmj.n71")).isFalse();
    }

    @Test
    void theBuildChecksEachSourceUrlAtItsEntry(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("content/reviews"));
        Files.writeString(site.resolve("content/reviews/r.md"), "---\ntitle: R\ndate: 2024-01-02\n"
                + "study: {year: 2020, journal: J, population: Adults}\nsources:\n"
                + "  - {id: a, title: A, url: \"" + base + "/ok\"}\n"
                + "  - {id: b, title: B, url: \"" + base + "/gone\"}\n---\nText [@a; @b].\n");

        BuildReport online = SiteBuild.run(new BuildOptions(site, null, false, false, null, false,
                LocalDate.of(2026, 1, 1), true));

        assertThat(online.diagnostics()).containsExactly(Diagnostic.error("content/reviews/r.md", 7, 5,
                "source 'b' url '" + base + "/gone' is broken: the server answers HTTP 404"));
    }

    /** A bibliography entry's address is a source's too: checked once, at its entry in its file, however many cite it. */
    @Test
    void theBuildChecksEachBibliographyEntryCitedOnceAtItsEntry(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("content/reviews"));
        Files.writeString(site.resolve("site.yaml"), "baseUrl: https://example.org\nbibliography: refs.bib\n");
        Files.writeString(site.resolve("refs.bib"), "@misc{gone2020,\n  title = {Gone},\n  year = {2020},\n"
                + "  url = {" + base + "/gone},\n}\n@misc{uncited,\n  title = {U},\n  url = {" + base + "/gone2}\n}\n");
        for (String name : List.of("r", "s")) {
            Files.writeString(site.resolve("content/reviews/" + name + ".md"), "---\ntitle: R\ndate: 2024-01-02\n"
                    + "study: {year: 2020, journal: J, population: Adults}\n---\nText [@gone2020].\n");
        }

        BuildReport online = SiteBuild.run(new BuildOptions(site, null, false, false, null, false,
                LocalDate.of(2026, 1, 1), true));

        assertThat(online.diagnostics()).containsExactly(Diagnostic.error("refs.bib", 1, 1,
                "source 'gone2020' url '" + base + "/gone' is broken: the server answers HTTP 404"));
        assertThat(hits).doesNotContainKeys("HEAD /gone2", "GET /gone2");
    }
}
