package org.evidencepress.serve;

import org.evidencepress.FixtureSite;
import org.evidencepress.pipeline.BuildReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

// A reload that never comes would block reading its event stream: such a test fails instead.
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ServeSessionTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path temp;
    Path site;
    ServeSession session;
    final List<BuildReport> reports = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        site = FixtureSite.copyTo(temp.resolve("site"));
        Files.writeString(temp.resolve("secret.txt"), "top secret\n");
        Files.createDirectories(site.resolve("static"));
        Files.createSymbolicLink(site.resolve("static/leak.txt"), temp.resolve("secret.txt"));
        session = ServeSession.start(new ServeSession.Options(site, "127.0.0.1", 0, false, false,
                LocalDate.of(2026, 1, 1)), reports::add);
    }

    @AfterEach
    void stop() {
        session.close();
    }

    private HttpResponse<String> send(String method, String rawPath) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(session.url() + rawPath))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String rawPath) throws Exception {
        return send("GET", rawPath);
    }

    @Test
    void servesPagesWithTypesAndTheReloadScriptInHtmlOnly() throws Exception {
        HttpResponse<String> page = get("/reviews/coffee-sleep/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("Evening coffee delays sleep onset", "/__evpress/events")
                .doesNotContain("evpress-error-overlay");
        assertThat(page.body().indexOf("/__evpress/events")).isLessThan(page.body().lastIndexOf("</body>"));
        assertThat(page.body()).contains("href=\"" + session.url() + "/reviews/coffee-sleep/\"");

        HttpResponse<String> css = get("/css/style.css");
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(css.body()).doesNotContain("__evpress");
        assertThat(get("/feed.xml").headers().firstValue("Content-Type")).hasValue("application/xml; charset=utf-8");
        assertThat(get("/search/index.js").body()).doesNotContain("__evpress");
        assertThat(get("/reviews/coffee-sleep/cite.bib").headers().firstValue("Content-Type"))
                .hasValue("application/x-bibtex; charset=utf-8");
        assertThat(get("/reviews/coffee-sleep/cite.ris").headers().firstValue("Content-Type"))
                .hasValue("application/x-research-info-systems; charset=utf-8");
    }

    @Test
    void redirectsAFolderWithoutItsSlash() throws Exception {
        HttpResponse<String> response = get("/reviews/coffee-sleep?x=1");
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue("/reviews/coffee-sleep/?x=1");
    }

    @Test
    void answersMissingPagesWithTheSites404Page() throws Exception {
        HttpResponse<String> response = get("/reviews/no-such-review/");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found");
    }

    @Test
    void allowsOnlyGetAndHead() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS")) {
            HttpResponse<String> response = send(method, "/");
            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
        }
        HttpResponse<String> head = send("HEAD", "/");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/reviews/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
            "/reviews/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/reviews%2F..%2F..%2Fsecret.txt",
            "/%5c..%5csecret.txt", "/css%5cstyle.css", "/index.html%00.txt", "/%00", "/./index.html",
            "/%c0%ae%c0%ae/secret.txt"})
    void refusesPathsThatCouldLeaveTheOutput(String rawPath) throws Exception {
        HttpResponse<String> response = get(rawPath);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("top secret");
    }

    @Test
    void neverServesASymlinkLeadingOutOfTheSite() throws Exception {
        HttpResponse<String> response = get("/leak.txt");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("top secret");
        assertThat(reports.get(0).diagnostics()).anyMatch(d -> d.file().equals("static/leak.txt"));
    }

    @Test
    void showsErrorsOverTheLastGoodPageUntilTheFileIsFixed() throws Exception {
        Path review = site.resolve("content/reviews/coffee-sleep.md");
        String good = Files.readString(review);
        HttpRequest events = HttpRequest.newBuilder(URI.create(session.url() + "/__evpress/events")).build();
        InputStream stream = HTTP.send(events, HttpResponse.BodyHandlers.ofInputStream()).body();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            assertThat(nextReload(lines)).isEqualTo("1");

            Files.writeString(review, good.replace("date: 2025-04-02", "date: [oops"));
            assertThat(nextReload(lines)).isEqualTo("2");
            String broken = get("/reviews/coffee-sleep/").body();
            // A region the keyboard reaches and scrolls, its count read out first.
            assertThat(broken).contains("<div id=\"evpress-error-overlay\" role=\"region\" tabindex=\"0\"",
                    "<p class=\"err-count\" role=\"alert\">1 problem: the last good pages are shown</p>");
            assertThat(broken).contains("Evening coffee delays sleep onset", "id=\"evpress-error-overlay\"",
                    "<code class=\"err-loc\">content/reviews/coffee-sleep.md:4:8</code>",
                    "<span class=\"err-msg\">malformed YAML", "<pre class=\"err-line\">summary: A small");

            Files.writeString(review, good.replace("Evening coffee", "Late coffee"));
            assertThat(nextReload(lines)).isEqualTo("3");
            assertThat(get("/reviews/coffee-sleep/").body()).contains("Late coffee delays sleep onset")
                    .doesNotContain("evpress-error-overlay");
        }
    }

    /** A first build whose review template fails made no review page: no "last good pages" to speak of. */
    @Test
    void beforeAnyBuildWithoutErrorsTheOverlaySaysPagesMayBeMissing() throws Exception {
        session.close();
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/review.ftlh"), "<html><body>${nope}</body></html>\n");
        session = ServeSession.start(new ServeSession.Options(site, "127.0.0.1", 0, false, false,
                LocalDate.of(2026, 1, 1)), reports::add);

        HttpResponse<String> page = get("/reviews/coffee-sleep/");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("the site has not built without errors yet, so pages may be missing"
                + " or incomplete", "templates/review.ftlh").doesNotContain("the last good pages");
    }

    /**
     * With an error elsewhere from the start (a broken link on another page), there are no
     * last good pages to keep: each rebuild shows what it made, so an edit is seen at once.
     */
    @Test
    void beforeAnyBuildWithoutErrorsEveryEditIsShownUnderTheErrors() throws Exception {
        session.close();
        Files.writeString(site.resolve("content/broken.md"), "---\ntitle: Broken\n---\nSee [this](nowhere.md).\n");
        session = ServeSession.start(new ServeSession.Options(site, "127.0.0.1", 0, false, false,
                LocalDate.of(2026, 1, 1)), reports::add);
        assertThat(get("/reviews/coffee-sleep/").body()).contains("Evening coffee delays sleep onset",
                "evpress-error-overlay");

        editCoffee(text -> text.replace("Evening coffee", "Late coffee"));
        awaitBody("/reviews/coffee-sleep/", "Late coffee delays sleep onset");
        assertThat(get("/reviews/coffee-sleep/").body()).contains("evpress-error-overlay", "content/broken.md:4:5");
    }

    @Test
    void showsAnOpenReviewAheadOfTheListsAndLoadsItOnce() throws Exception {
        try (BufferedReader lines = openPage("/reviews/coffee-sleep/")) {
            editCoffee(text -> text.replace("Evening coffee", "Late coffee"));
            assertThat(nextReload(lines)).isEqualTo("2");
            assertThat(get("/reviews/coffee-sleep/").body()).contains("Late coffee delays sleep onset");
            awaitBody("/", "Late coffee delays sleep onset");

            // The rest of that rebuild left the open page as shown: the next edit is the next generation.
            editCoffee(text -> text.replace("Evening coffee", "Strong coffee"));
            assertThat(nextReload(lines)).isEqualTo("3");
            assertThat(get("/reviews/coffee-sleep/").body()).contains("Strong coffee delays sleep onset");
        }
    }

    @Test
    void loadsAnOpenListPageOnlyWhenTheWholeSiteIsBuilt() throws Exception {
        try (BufferedReader lines = openPage("/")) {
            editCoffee(text -> text.replace("Evening coffee", "Late coffee"));
            assertThat(nextReload(lines)).isEqualTo("2");
            assertThat(get("/").body()).contains("Late coffee delays sleep onset");
        }
    }

    @Test
    void loadsAPageShownAheadAgainWhenTheRestOfTheBuildFindsAnError() throws Exception {
        try (BufferedReader lines = openPage("/reviews/coffee-sleep/")) {
            // A link to a missing file is found by the link check, after the review pages.
            editCoffee(text -> text.replace("Evening coffee", "Late coffee")
                    .replace("(walking-mood.md)", "(walking-moods.md)"));
            assertThat(nextReload(lines)).isEqualTo("2");
            assertThat(nextReload(lines)).isEqualTo("3");
            assertThat(get("/reviews/coffee-sleep/").body()).contains("Evening coffee delays sleep onset",
                    "id=\"evpress-error-overlay\"", "walking-moods.md");
        }
    }

    @Test
    void aTabThatDoesNotNameItsPageStillReloadsWhenTheWholeSiteIsBuilt() throws Exception {
        try (BufferedReader named = openPage("/reviews/coffee-sleep/"); BufferedReader unnamed = events()) {
            assertThat(nextReload(unnamed)).isEqualTo("1");
            editCoffee(text -> text.replace("Evening coffee", "Late coffee"));
            assertThat(nextReload(named)).isEqualTo("2");
            assertThat(nextReload(unnamed)).isEqualTo("2");
            assertThat(nextReload(unnamed)).isEqualTo("3");
            assertThat(nextReload(named)).isEqualTo("3");
            assertThat(get("/").body()).contains("Late coffee delays sleep onset");
        }
    }

    /** An event stream opened as an older reload script did, without naming its page. */
    private BufferedReader events() throws Exception {
        HttpRequest events = HttpRequest.newBuilder(URI.create(session.url() + "/__evpress/events")).build();
        return new BufferedReader(new InputStreamReader(HTTP.send(events, HttpResponse.BodyHandlers.ofInputStream())
                .body(), StandardCharsets.UTF_8));
    }

    /** The event stream of a page open at {@code page}, past the generation it was served with. */
    private BufferedReader openPage(String page) throws Exception {
        BufferedReader lines = events(page);
        assertThat(nextReload(lines)).isEqualTo("1");
        return lines;
    }

    /** Saves the coffee review as {@code edit} makes it from the fixture's text. */
    private void editCoffee(java.util.function.UnaryOperator<String> edit) throws Exception {
        Path review = site.resolve("content/reviews/coffee-sleep.md");
        Files.writeString(review, edit.apply(FixtureSite.read("content/reviews/coffee-sleep.md")));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
            "page=%2Freviews%2Fcoffee-sleep%2F, reviews/coffee-sleep/index.html",
            "x=1&page=%2F, index.html",
            "page=%2Fabout, about",
            "page=%2Fr%25C3%25A9sum%25C3%25A9%2F, r\u00e9sum\u00e9/index.html",
            "page=%2F..%2Fsecret.txt, none",
            "page=reviews, none",
            "page=%ZZ, none",
            "other=1, none"})
    void readsWhichPageAnEventStreamIsFor(String query, String file) {
        assertThat(DevServer.pageOf(query)).isEqualTo(java.util.Optional.ofNullable(file));
        assertThat(DevServer.pageOf(null)).isEmpty();
    }

    /** The event stream of an open page at {@code page}. */
    private BufferedReader events(String page) throws Exception {
        HttpRequest events = HttpRequest.newBuilder(URI.create(session.url() + "/__evpress/events?page="
                + java.net.URLEncoder.encode(page, StandardCharsets.UTF_8))).build();
        InputStream stream = HTTP.send(events, HttpResponse.BodyHandlers.ofInputStream()).body();
        return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }

    /** Polls {@code path} until it contains {@code text}, for up to ten seconds. */
    private void awaitBody(String path, String text) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!get(path).body().contains(text)) {
            assertThat(System.nanoTime()).as(path + " never showed " + text).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    /** The data of the next reload event; the class's timeout bounds the wait. */
    /**
     * The number of the next generation the event stream announces. Its name is this server
     * run's then the number ("lq3x9k-2"), so a tab open across a restart loads again.
     */
    static String nextReload(BufferedReader lines) throws Exception {
        boolean reload = false;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.equals("event: reload")) {
                reload = true;
            } else if (reload && line.startsWith("data: ")) {
                String name = line.substring("data: ".length());
                assertThat(name).matches("[0-9a-z]+-[0-9]+");
                return name.substring(name.lastIndexOf('-') + 1);
            }
        }
        throw new AssertionError("event stream ended");
    }
}
