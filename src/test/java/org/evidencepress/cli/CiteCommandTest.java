package org.evidencepress.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.evidencepress.testing.Cli;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code evpress cite} against a local resolver that answers, fails, talks nonsense or stays silent. */
class CiteCommandTest {
    @TempDir
    Path site;

    private HttpServer server;
    private ExecutorService threads;
    private final CountDownLatch release = new CountDownLatch(1);
    private final Map<String, String> accepts = new ConcurrentHashMap<>();
    private String resolver;

    static String item(String doi, String family, int year, String title) {
        return """
                {"id":"https://doi.org/%s","type":"article-journal","title":"%s",
                 "author":[{"family":"%s","given":"Ann"}],"container-title":"Journal of Tests",
                 "issued":{"date-parts":[[%d,3,1]]},"DOI":"%s","volume":"12","page":"1-9"}
                """.formatted(doi, title, family, year, doi);
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        threads = Executors.newCachedThreadPool();
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath().substring(1);
            accepts.put(path, String.valueOf(exchange.getRequestHeaders().getFirst("Accept")));
            // DOIs ignore case, as the real resolver does.
            switch (path.toLowerCase(java.util.Locale.ROOT)) {
                case "10.5555/ok.1" -> answer(exchange, 200, item("10.5555/ok.1", "Müller", 2016, "First"));
                case "10.5555/ok.2" -> answer(exchange, 200, item("10.5555/ok.2", "Muller", 2016, "Second"));
                case "10.5555/ok.3" -> answer(exchange, 200, item("10.5555/ok.3", "Smith", 2020, "Third"));
                case "10.5555/markup" -> answer(exchange, 200, item("10.5555/markup", "Lee", 2021,
                        "  <scp>COVID</scp>‐<jats:italic>19</jats:italic> and <i>Lactobacillus</i> in H<sub>2</sub>O"
                        + " &amp; <mml:math><mml:mi>pH</mml:mi></mml:math> &lt; 7,\\n  <span class=\\\"x\\\">again</span>")
                        .replace("Journal of Tests", "Journal of Tests &amp; Trials"));
                case "10.5555/broken" -> answer(exchange, 500, "oops");
                case "10.5555/garbage" -> answer(exchange, 200, "<html><body>Choose a format</body></html>");
                case "10.5555/silent" -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    exchange.close();
                }
                case "10.1136/bmj.n71" -> {
                    // The headers and the first bytes arrive, then the rest of the item never does.
                    exchange.getResponseHeaders().add("Content-Type", "application/vnd.citationstyles.csl+json");
                    exchange.sendResponseHeaders(200, 400);
                    exchange.getResponseBody().write("{\"title\":\"The PRISMA".getBytes(StandardCharsets.UTF_8));
                    exchange.getResponseBody().flush();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    exchange.close();
                }
                default -> answer(exchange, 404, "not found");
            }
        });
        server.start();
        resolver = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", body.startsWith("<") ? "text/html"
                : "application/vnd.citationstyles.csl+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private Cli.Run cite(String... args) {
        String[] all = new String[args.length + 6];
        all[0] = "cite";
        all[1] = "--source";
        all[2] = site.toString();
        all[3] = "--resolver";
        all[4] = resolver;
        all[5] = "--timeout=0.5";
        System.arraycopy(args, 0, all, 6, args.length);
        return Cli.run(all);
    }

    private Path library() {
        return site.resolve("references/library.json");
    }

    @Test
    void aResolverThatIsNotAnHttpUrlIsAUsageError() {
        for (String bad : new String[] {"notaurl", "ftp://example.org", "https://", "http://bad host/"}) {
            Cli.Run run = Cli.run("cite", "--source", site.toString(), "--resolver", bad, "10.5555/ok.1");

            assertThat(run.exit()).as(bad).isEqualTo(2);
            assertThat(run.err()).as(bad).isEqualTo(
                    "evpress: --resolver must be an http or https URL, such as https://doi.org\n");
        }
        assertThat(library()).doesNotExist();
    }

    @Test
    void fetchesByContentNegotiationUnderReadableKeysWithoutDuplicates() throws Exception {
        Cli.Run run = cite("https://doi.org/10.5555/OK.1", "doi:10.5555/ok.2", "10.5555/ok.1");

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.out()).isEqualTo("""
                added muller2016  doi:10.5555/OK.1
                added muller2016a  doi:10.5555/ok.2
                cite with: [@muller2016; @muller2016a]
                """);
        assertThat(accepts.get("10.5555/OK.1")).isEqualTo("application/vnd.citationstyles.csl+json");
        JsonNode items = new ObjectMapper().readTree(library().toFile());
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("id").asText()).isEqualTo("muller2016");
        assertThat(items.get(0).get("title").asText()).isEqualTo("First");
        assertThat(items.get(0).get("author").get(0).get("family").asText()).isEqualTo("Müller");
        assertThat(items.get(0).get("issued").get("date-parts").get(0).get(0).asInt()).isEqualTo(2016);
        assertThat(items.get(1).get("DOI").asText()).isEqualTo("10.5555/ok.2");
        byte[] before = Files.readAllBytes(library());

        Cli.Run again = cite("10.5555/ok.2", "10.5555/ok.3");

        assertThat(again.exit()).as(again.all()).isZero();
        assertThat(again.out()).isEqualTo("""
                already in references/library.json: muller2016a  doi:10.5555/ok.2
                added smith2020  doi:10.5555/ok.3
                cite with: [@muller2016a; @smith2020]
                """);
        JsonNode three = new ObjectMapper().readTree(library().toFile());
        assertThat(three).hasSize(3);
        assertThat(new String(Files.readAllBytes(library()), StandardCharsets.UTF_8))
                .startsWith(new String(before, StandardCharsets.UTF_8).replace("\n]\n", ""));
        assertThat(site.resolve("references")).isDirectoryNotContaining("glob:**.tmp");
    }

    /** Crossref's titles carry JATS tags and HTML entities: stored as they come, pages and downloads showed them as text. */
    @Test
    void crossrefTitleMarkupIsCleanedAsZoteroDoesBeforeItIsStored() throws Exception {
        Cli.Run run = cite("10.5555/markup");

        assertThat(run.exit()).as(run.all()).isZero();
        JsonNode item = new ObjectMapper().readTree(library().toFile()).get(0);
        assertThat(item.get("title").asText()).isEqualTo(
                "<sc>COVID</sc>‐<i>19</i> and <i>Lactobacillus</i> in H<sub>2</sub>O & pH < 7, again");
        assertThat(item.get("container-title").asText()).isEqualTo("Journal of Tests & Trials");

        MiniSite.write(site, """
                -- site.yaml --
                title: T
                bibliography: references/library.json
                -- content/reviews/a.md --
                ---
                title: A
                date: 2026-01-05
                study: {year: 2021, journal: J, population: Adults}
                ---
                As shown [@lee2021].
                """);
        Path out = site.resolve("out");
        Cli.Run build = Cli.run("build", "--source", site.toString(), "--output", out.toString());

        assertThat(build.exit()).as(build.all()).isZero();
        String page = Files.readString(out.resolve("reviews/a/index.html"));
        assertThat(page).contains("<i>Lactobacillus</i> in H<sub>2</sub>O &amp; pH &lt; 7, again")
                .doesNotContain("&amp;amp;", "scp", "&lt;sc", "mml", "jats");
        String bib = Files.readString(out.resolve("reviews/a/references.bib"));
        assertThat(bib).contains("Journal of Tests \\& Trials").doesNotContain("amp;", "scp", "mml", "jats");
    }

    /** BibTeX keys ignore case: beside Muller2016, a new muller2016 would be one key twice in references.bib. */
    @Test
    void aNewKeyDiffersFromEveryKeyInMoreThanCase() throws Exception {
        Files.createDirectories(library().getParent());
        Files.writeString(site.resolve("site.yaml"), "title: T\nbibliography: [references/library.bib, "
                + "references/library.json]\n");
        Files.writeString(site.resolve("references/library.bib"),
                "@article{Muller2016, title={Old}, author={Muller, A.}, journal={J}, year={2016}}\n");

        Cli.Run run = cite("10.5555/ok.2");

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.out()).isEqualTo("added muller2016a  doi:10.5555/ok.2\ncite with: [@muller2016a]\n");
    }

    @Test
    void aNewKeyIsFreeInEverySiteBibliographyAndAWorkInOneOfThemIsNotAddedAgain() throws Exception {
        Files.createDirectories(library().getParent());
        Files.writeString(site.resolve("site.yaml"), "title: T\nbibliography: [references/library.bib, "
                + "references/extra.ris, references/more.yaml, references/library.json]\n");
        Files.writeString(site.resolve("references/library.bib"), """
                @article{muller2016, title={Old}, author={Miller, A.}, journal={J}, year={2016}}
                @article{smith20, title={Third}, author={Smith, Ann}, year={2020}, doi={10.5555/OK.3}}
                """);
        Files.writeString(site.resolve("references/extra.ris"),
                "TY  - JOUR\nID  - muller2016a\nTI  - Other\nPY  - 2016\nER  - \n");
        Files.writeString(site.resolve("references/more.yaml"), "- id: muller2016b\n  type: book\n  title: More\n");

        Cli.Run run = cite("10.5555/ok.1", "doi:10.5555/ok.3");

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.out()).isEqualTo("""
                already in references/library.bib: smith20  doi:10.5555/ok.3
                added muller2016c  doi:10.5555/ok.1
                cite with: [@muller2016c; @smith20]
                """);
        assertThat(accepts).containsOnlyKeys("10.5555/ok.1");
        Cli.Run check = Cli.run("check", "--source", site.toString());
        assertThat(check.exit()).as(check.all()).isZero();
    }

    /**
     * A review looks a key up in its own sources and bibliography before the site's: a new
     * site key that one of them defines would make that review cite its own work instead.
     */
    @Test
    void aNewKeyIsFreeInEveryReviewsOwnSourcesAndBibliography() throws Exception {
        MiniSite.write(site, "-- site.yaml --\ntitle: T\nbibliography: references/library.json\n"
                + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01", "bibliography: a.bib")
                        .replace("id: s1", "id: muller2016a").replace("[@s1]", "[@muller2016a; @muller2016]")
                + "-- content/reviews/a.bib --\n@article{muller2016, title={Old}, author={Miller, A.}, year={2016}}\n");

        Cli.Run run = cite("10.5555/ok.1");

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.out()).isEqualTo("added muller2016b  doi:10.5555/ok.1\ncite with: [@muller2016b]\n");
        assertThat(run.err()).isEmpty();

        // A review's own file, named by it, holds keys that review can cite: no note.
        Cli.Run own = cite("--to", "content/reviews/a.json", "10.5555/ok.3");
        assertThat(own.exit()).as(own.all()).isZero();
        assertThat(own.err()).isNotEmpty();
        Files.writeString(site.resolve("content/reviews/a.md"), Files.readString(site.resolve("content/reviews/a.md"))
                .replace("bibliography: a.bib", "bibliography: [a.bib, a.json]"));
        Cli.Run named = cite("--to", "content/reviews/a.json", "10.5555/ok.2");
        assertThat(named.exit()).as(named.all()).isZero();
        assertThat(named.out()).isEqualTo("added muller2016c  doi:10.5555/ok.2\ncite with: [@muller2016c]\n");
        assertThat(named.err()).isEmpty();
    }

    @Test
    void aFileThatSiteYamlDoesNotNameIsPointedOutOnceItHoldsKeysToCite() throws Exception {
        Files.createDirectories(library().getParent());
        Files.writeString(site.resolve("site.yaml"), "title: T\nbibliography: references/library.bib\n");
        Files.writeString(site.resolve("references/library.bib"),
                "@article{smith20, title={Third}, author={Smith, Ann}, year={2020}, doi={10.5555/ok.3}}\n");

        Cli.Run run = cite("10.5555/ok.1");

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.out()).isEqualTo("added muller2016  doi:10.5555/ok.1\ncite with: [@muller2016]\n");
        assertThat(run.err()).isEqualTo("note: references/library.json is not in site.yaml's bibliography; add it "
                + "there so the keys above can be cited\n");

        // A key the site already reads needs no note.
        assertThat(cite("10.5555/ok.3").err()).isEmpty();

        Files.writeString(site.resolve("site.yaml"),
                "title: T\nbibliography: [references/library.bib, ./references/../references/library.json]\n");
        Cli.Run named = cite("10.5555/ok.2");

        assertThat(named.exit()).as(named.all()).isZero();
        assertThat(named.err()).isEmpty();
    }

    @Test
    void everyFailingDoiIsOneLineAndTheFileIsLeftAsItWas() throws Exception {
        Files.createDirectories(library().getParent());
        Files.writeString(library(), "[]\n");

        Cli.Run run = cite("10.5555/ok.1", "10.5555/missing", "10.5555/broken", "10.5555/garbage",
                "10.5555/silent");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines().toList()).containsExactly(
                "evpress: doi:10.5555/missing: not found (HTTP 404): no such DOI at " + resolver,
                "evpress: doi:10.5555/broken: the resolver answered HTTP 500",
                "evpress: doi:10.5555/garbage: the answer is not CSL-JSON (text/html): unexpected character '<' "
                        + "at line 1, column 1",
                "evpress: doi:10.5555/silent: no answer from 127.0.0.1 within 500 ms",
                "evpress: references/library.json left as it was; use --keep-going to add the 1 DOI that resolved");
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(library())).isEqualTo("[]\n");
    }

    /** A malformed argument is a mistake in the command, as the exit codes say: 2, and nothing is asked. */
    @Test
    void aMalformedDoiIsAUsageErrorAndNothingIsFetched() throws Exception {
        Files.createDirectories(library().getParent());
        Files.writeString(library(), "[]\n");
        for (String[] args : new String[][] {{"not-a-doi"}, {"10.5555/ok.1", "not-a-doi", "--keep-going"}}) {
            Cli.Run run = cite(args);

            assertThat(run.exit()).as(run.all()).isEqualTo(2);
            assertThat(run.err()).isEqualTo(
                    "evpress: 'not-a-doi' is not a DOI: expected 10.<registrant>/<suffix>, such as 10.1000/xyz123\n");
        }
        assertThat(Files.readString(library())).isEqualTo("[]\n");
        assertThat(accepts).isEmpty();
    }

    @Test
    void anAnswerWhoseBodyStallsIsATimeoutNotAWaitForever() throws Exception {
        Files.createDirectories(library().getParent());
        Files.writeString(library(), "[]\n");

        Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> cite("10.1136/bmj.n71"));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("evpress: doi:10.1136/bmj.n71: no answer from 127.0.0.1 within 500 ms\n");
        assertThat(Files.readString(library())).isEqualTo("[]\n");
    }

    @Test
    void keepGoingAddsTheGoodOnesAndStillFails() throws Exception {
        Cli.Run run = cite("--keep-going", "--to", "refs.json", "10.5555/missing", "10.5555/ok.3");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines().toList()).containsExactly(
                "evpress: doi:10.5555/missing: not found (HTTP 404): no such DOI at " + resolver,
                "note: refs.json is not in site.yaml's bibliography; add it there so the keys above can be cited");
        assertThat(run.out()).isEqualTo("added smith2020  doi:10.5555/ok.3\ncite with: [@smith2020]\n");
        assertThat(new ObjectMapper().readTree(site.resolve("refs.json").toFile())).hasSize(1);
    }

    @Test
    void aMalformedLibraryIsAnErrorAtItsPositionAndNothingIsFetched() throws Exception {
        Files.createDirectories(library().getParent());
        Files.writeString(library(), "[\n  {\"id\": \"a\",}\n]\n");

        Cli.Run run = cite("10.5555/ok.1");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("references/library.json:2:14: error: expected a quoted field name\n");
        assertThat(accepts).isEmpty();
        assertThat(Files.readString(library())).isEqualTo("[\n  {\"id\": \"a\",}\n]\n");
    }

    @Test
    void aTargetThatIsNotJsonIsAUsageErrorAndNothingIsFetchedOrWritten() throws Exception {
        Files.createDirectories(library().getParent());
        Files.writeString(site.resolve("references/library.bib"), "@article{a, title={A}, year={2016}}\n");

        for (String to : new String[] {"references/library.bib", "refs.ris", "refs.yaml", "refs"}) {
            Cli.Run run = cite("--to", to, "10.5555/ok.1");

            assertThat(run.exit()).as(to).isEqualTo(2);
            assertThat(run.err()).as(to).isEqualTo("evpress: --to " + to + ": cite writes CSL-JSON, so the file "
                    + "must end in .json (the site reads a bibliography by its extension)\n");
            assertThat(run.out()).as(to).isEmpty();
        }
        assertThat(accepts).isEmpty();
        assertThat(Files.readString(site.resolve("references/library.bib")))
                .isEqualTo("@article{a, title={A}, year={2016}}\n");
        assertThat(site).isDirectoryNotContaining("glob:**/refs*");
    }

    @Test
    void replacingTheLibraryKeepsItsPermissionsAndANewOneGetsTheUsualOnes() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Files.createDirectories(library().getParent());
        Files.writeString(library(), "[]\n");
        Files.setPosixFilePermissions(library(), PosixFilePermissions.fromString("rw-rw-r--"));

        assertThat(cite("10.5555/ok.1").exit()).isZero();
        assertThat(cite("--to", "new.json", "10.5555/ok.3").exit()).isZero();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(library()))).isEqualTo("rw-rw-r--");
        Path usual = Files.createFile(site.resolve("usual.json"));
        assertThat(Files.getPosixFilePermissions(site.resolve("new.json")))
                .isEqualTo(Files.getPosixFilePermissions(usual));
        assertThat(site.resolve("references")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aLibraryThatIsALinkIsWrittenWhereItLeadsAndStaysALink(@TempDir Path elsewhere) throws Exception {
        Path shared = elsewhere.resolve("zotero-export.json");
        Files.writeString(shared, "[]\n");
        Files.createDirectories(library().getParent());
        Files.createSymbolicLink(library(), shared);

        assertThat(cite("10.5555/ok.1").exit()).isZero();

        assertThat(library()).isSymbolicLink();
        assertThat(Files.readString(shared)).contains("10.5555/ok.1");
        assertThat(elsewhere).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void nobodyListeningIsOneLine() {
        server.stop(0);

        Cli.Run run = cite("10.5555/ok.1");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines().toList()).hasSize(1).first().asString()
                .startsWith("evpress: doi:10.5555/ok.1: ");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(library()).doesNotExist();
    }

    @Test
    void withoutDoisItIsAUsageError() {
        assertThat(Cli.run("cite").exit()).isEqualTo(2);
        assertThat(List.of(Cli.run("cite", "--timeout=0", "10.5555/ok.1", "--source", site.toString()).exit()))
                .containsExactly(2);
    }
}
