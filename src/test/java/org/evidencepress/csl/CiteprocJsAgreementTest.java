package org.evidencepress.csl;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The formatter's text equals citeproc-js's (npm package {@code citeproc}, the processor
 * inside Zotero) run under Node with a fresh engine, for real works and six common styles:
 * every bibliography entry and every in-text citation.
 */
class CiteprocJsAgreementTest {
    private static final Path MODULES = Path.of(".ci/node/node_modules").toAbsolutePath();
    private static final List<String> STYLES = List.of("vancouver", "apa", "american-medical-association",
            "nature", "chicago-author-date", "harvard-cite-them-right");
    private static final List<String> LOCALES = List.of("en-US", "en-GB", "de-DE");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Map<String, Object>> works;
    private static List<Cluster> clusters;
    private static List<String> nocite;

    @BeforeAll
    static void readWorks() throws IOException {
        try (InputStream in = resource("works.json")) {
            works = JSON.readValue(in, new TypeReference<>() { });
        }
        JsonNode data;
        try (InputStream in = resource("clusters.json")) {
            data = JSON.readTree(in);
        }
        clusters = new ArrayList<>();
        for (JsonNode cluster : data.get("clusters")) {
            List<CiteItem> cites = new ArrayList<>();
            for (JsonNode cite : cluster) {
                cites.add(new CiteItem(cite.get("id").asText(), text(cite, "locator"), text(cite, "label"),
                        text(cite, "prefix"), text(cite, "suffix"), cite.path("suppressAuthor").asBoolean(),
                        cite.path("authorOnly").asBoolean()));
            }
            clusters.add(new Cluster(cites));
        }
        nocite = JSON.convertValue(data.get("nocite"), new TypeReference<>() { });
    }

    @Test
    void everyEntryAndEveryCitationEqualsCiteprocJs() throws Exception {
        assumeCiteprocJs();
        assertThat(works).hasSizeGreaterThanOrEqualTo(13);
        assertThat(clusters).hasSizeGreaterThanOrEqualTo(10);
        List<String> differences = new ArrayList<>();
        StringBuilder counts = new StringBuilder();
        for (String id : STYLES) {
            compare(id, null, differences, counts);
        }
        System.out.print("Agreement with citeproc-js:\n" + counts);
        assertThat(differences).as("differences from citeproc-js").isEmpty();
    }

    /**
     * A page in German ({@code language: de}) equals citeproc-js given lang de-DE with
     * forceLang, the way Pandoc's {@code lang} overrides a style's default-locale (AMA fixes
     * en-US; APA fixes none).
     */
    @Test
    void germanEqualsCiteprocJsWithLangDeDe() throws Exception {
        assumeCiteprocJs();
        List<String> differences = new ArrayList<>();
        StringBuilder counts = new StringBuilder();
        for (String id : List.of("apa", "american-medical-association")) {
            compare(id, "de", differences, counts);
        }
        System.out.print("Agreement with citeproc-js in de-DE:\n" + counts);
        assertThat(differences).as("differences from citeproc-js").isEmpty();
    }

    /**
     * BibTeX's "and others", a final {@code {"literal": "others"}} as Pandoc's BibTeX reader
     * writes it, always ends the list in the style's "et al." as Pandoc's citeproc renders it:
     * right after the names given where the style would print them all (Madsen, Wakefield),
     * by the style's own truncation where it cuts the list anyway (Colditz: six names and
     * "others" are seven, Vancouver's et-al-min). Compared with citeproc-js plus the same rule.
     */
    @Test
    void bibtexAndOthersEndsInEtAl() throws Exception {
        List<Map<String, Object>> items = JSON.readValue("""
                [{"id": "madsen2002", "type": "article-journal", "title":
                  "A population-based study of measles, mumps, and rubella vaccination and autism",
                  "container-title": "New England Journal of Medicine",
                  "volume": "347", "issue": "19", "page": "1477-1482", "issued": {"date-parts": [[2002]]},
                  "DOI": "10.1056/NEJMoa021134",
                  "author": [{"family": "Madsen", "given": "Kreesten Meldgaard"}, {"literal": "others"}]},
                 {"id": "wakefield1998", "type": "article-journal", "title":
                  "Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and pervasive developmental disorder in children",
                  "container-title": "The Lancet", "volume": "351", "issue": "9103", "page": "637-641",
                  "issued": {"date-parts": [[1998]]}, "DOI": "10.1016/S0140-6736(97)11096-0",
                  "author": [{"family": "Wakefield", "given": "A. J."}, {"family": "Murch", "given": "S. H."},
                   {"family": "Anthony", "given": "A."}, {"literal": "others"}]},
                 {"id": "colditz1994", "type": "article-journal", "title":
                  "Efficacy of BCG vaccine in the prevention of tuberculosis: meta-analysis of the published literature",
                  "container-title": "JAMA",
                  "volume": "271", "issue": "9", "page": "698-702", "issued": {"date-parts": [[1994]]},
                  "author": [{"family": "Colditz", "given": "Graham A."}, {"family": "Brewer", "given": "Timothy F."},
                   {"family": "Berkey", "given": "Catherine S."}, {"family": "Wilson", "given": "Mary E."},
                   {"family": "Burdick", "given": "Elisabeth"}, {"family": "Fineberg", "given": "Harvey V."},
                   {"literal": "others"}]}]
                """, new TypeReference<>() { });
        String clustersJson = """
                [[{"id": "madsen2002"}], [{"id": "wakefield1998"}], [{"id": "colditz1994"}],
                 [{"id": "madsen2002", "authorOnly": true}]]""";
        List<Cluster> cited = List.of(Cluster.of(CiteItem.of("madsen2002")), Cluster.of(CiteItem.of("wakefield1998")),
                Cluster.of(CiteItem.of("colditz1994")),
                Cluster.of(new CiteItem("madsen2002", null, null, null, null, false, true)));
        Map<String, List<String>> expected = Map.of(
                "vancouver", List.of("Madsen KM et al. A population-based", "Wakefield AJ, Murch SH, Anthony A, et al.",
                        "Colditz GA, Brewer TF, Berkey CS, Wilson ME, Burdick E, Fineberg HV, et al."),
                "apa", List.of("Madsen, K. M. et al. (2002)", "Wakefield, A. J., Murch, S. H., Anthony, A., et al.",
                        "Colditz, G. A., Brewer, T. F., Berkey, C. S., Wilson, M. E., Burdick, E., Fineberg, H. V., et al."));
        List<String> differences = new ArrayList<>();
        for (String id : List.of("vancouver", "apa")) {
            CslStyle style = ((StyleLookup.Found) CslStyles.resolve(id, Path.of("."))).style();
            CslFormatter formatter = ((FormatterLookup.Ready) CslFormatter.create(style, null)).formatter();
            FormattedReview ours = formatter.format(items, cited, List.of());
            List<String> entries = ours.bibliography().stream().map(Entry::html).toList();
            for (String text : expected.get(id)) {
                assertThat(entries).as(id).anyMatch(entry -> entry.contains(text));
            }
            assertThat(entries).as(id).noneMatch(entry -> entry.contains("others"));
            if (id.equals("apa")) {
                assertThat(ours.clusters().get(0).html()).isEqualTo("(Madsen et al., 2002)");
                assertThat(ours.clusters().get(3).html()).isEqualTo("Madsen et al. (2002)");
            }
            assumeCiteprocJs();
            JsonNode theirs = citeprocJs(formatter.engineStyleXml(), style.defaultLocale(), false, items,
                    JSON.readTree(clustersJson), List.of());
            for (int i = 0; i < entries.size(); i++) {
                if (!theirs.get("bibliography").get(i).get("html").asText().equals(entries.get(i))) {
                    differences.add(id + " entry " + (i + 1) + ":\n  citeproc-js: "
                            + theirs.get("bibliography").get(i).get("html").asText() + "\n  ours:        " + entries.get(i));
                }
            }
            clusterDifferences(id, theirs, ours, differences);
        }
        assertThat(differences).as("differences from citeproc-js").isEmpty();
    }

    /** Each of our citations that differs from citeproc-js's, as a line of {@code differences}. */
    private static void clusterDifferences(String id, JsonNode theirs, FormattedReview ours, List<String> differences) {
        for (int i = 0; i < ours.clusters().size(); i++) {
            if (!theirs.get("clusters").get(i).asText().equals(ours.clusters().get(i).html())) {
                differences.add(id + " cluster " + (i + 1) + ":\n  citeproc-js: "
                        + theirs.get("clusters").get(i).asText() + "\n  ours:        " + ours.clusters().get(i).html());
            }
        }
    }

    /**
     * A note style's citations stand in numbered footnotes: the second note citing a work
     * is "Ibid." or short where the note before cites it too. citeproc-js tells these apart
     * by each citation's note.
     */
    @Test
    void noteStyleCitationsEqualCiteprocJsInTheirNotes() throws Exception {
        List<Cluster> cited = List.of(
                new Cluster(List.of(CiteItem.of("colditz1994")), 1),
                new Cluster(List.of(new CiteItem("colditz1994", "700", "page", null, null, false, false)), 2),
                new Cluster(List.of(CiteItem.of("higgins2002"), CiteItem.of("colditz1994")), 3),
                new Cluster(List.of(CiteItem.of("higgins2002")), 5),
                new Cluster(List.of(new CiteItem("higgins2002", null, null, "see", null, false, false)), 5));
        String clustersJson = """
                [{"cites": [{"id": "colditz1994"}], "noteIndex": 1},
                 {"cites": [{"id": "colditz1994", "locator": "700", "label": "page"}], "noteIndex": 2},
                 {"cites": [{"id": "higgins2002"}, {"id": "colditz1994"}], "noteIndex": 3},
                 {"cites": [{"id": "higgins2002"}], "noteIndex": 5},
                 {"cites": [{"id": "higgins2002", "prefix": "see"}], "noteIndex": 5}]""";
        String id = "chicago-notes-bibliography-subsequent-ibid";
        CslStyle style = ((StyleLookup.Found) CslStyles.resolve(id, Path.of("."))).style();
        assertThat(style.note()).as(id).isTrue();
        CslFormatter formatter = ((FormatterLookup.Ready) CslFormatter.create(style, null)).formatter();
        FormattedReview ours = formatter.format(works, cited, List.of());
        assertThat(ours.clusters().get(0).html()).contains("Graham A. Colditz");
        assertThat(ours.clusters().get(1).html()).contains("Ibid., 700");
        assumeCiteprocJs();
        JsonNode theirs = citeprocJs(formatter.engineStyleXml(), style.defaultLocale(), false, works,
                JSON.readTree(clustersJson), List.of());
        List<String> differences = new ArrayList<>();
        clusterDifferences(id, theirs, ours, differences);
        assertThat(differences).as("differences from citeproc-js").isEmpty();
    }

    private static void assumeCiteprocJs() {
        assumeTrue(nodeRuns(), "node is not installed: the agreement with citeproc-js is not checked");
        assumeTrue(Files.isDirectory(MODULES.resolve("citeproc")), "the npm package citeproc is not installed in "
                + MODULES + " (npm install --prefix .ci/node citeproc@2.4.63): the agreement is not checked");
    }

    /** Formats every work and cluster in style {@code id} and the page {@code language}, and notes where citeproc-js differs. */
    private static void compare(String id, String language, List<String> differences, StringBuilder counts)
            throws Exception {
        CslStyle style = ((StyleLookup.Found) CslStyles.resolve(id, Path.of("."))).style();
        CslFormatter formatter = ((FormatterLookup.Ready) CslFormatter.create(style, language)).formatter();
        FormattedReview ours = formatter.format(works, clusters, nocite);
        assertThat(ours.problems()).as(id).isEmpty();
        JsonNode clustersJson = JSON.readTree(resource("clusters.json")).get("clusters");
        JsonNode theirs = language == null
                ? citeprocJs(formatter.engineStyleXml(), style.defaultLocale(), false, works, clustersJson, nocite)
                : citeprocJs(formatter.engineStyleXml(), "de-DE", true, works, clustersJson, nocite);
        String name = language == null ? id : id + " (" + language + ")";

        JsonNode entries = theirs.get("bibliography");
        int sameEntries = 0;
        assertThat(ours.bibliography()).as(name + " entries").hasSize(entries.size()).hasSize(works.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry expected = new Entry(entries.get(i).get("id").asText(), entries.get(i).get("html").asText());
            if (expected.equals(ours.bibliography().get(i))) {
                sameEntries++;
            } else {
                differences.add(name + " entry " + (i + 1) + ":\n  citeproc-js: " + expected
                        + "\n  ours:        " + ours.bibliography().get(i));
            }
        }
        JsonNode citations = theirs.get("clusters");
        int sameClusters = 0;
        assertThat(ours.clusters()).as(name + " clusters").hasSize(citations.size());
        for (int i = 0; i < citations.size(); i++) {
            FormattedCluster cluster = ours.clusters().get(i);
            if (citations.get(i).asText().equals(cluster.html())) {
                sameClusters++;
            } else {
                differences.add(name + " cluster " + (i + 1) + ":\n  citeproc-js: " + citations.get(i).asText()
                        + "\n  ours:        " + cluster.html());
            }
            assertLinked(name, clusters.get(i), cluster);
        }
        counts.append(String.format("%-35s entries %d/%d, citations %d/%d%n", name, sameEntries, entries.size(),
                sameClusters, citations.size()));
    }

    /** Each cited work has a segment of its own (a collapsed range "1–3" links its two ends). */
    private static void assertLinked(String style, Cluster cluster, FormattedCluster formatted) {
        List<String> linked = formatted.segments().stream().map(Segment::itemId).filter(id -> id != null).toList();
        List<String> cited = cluster.items().stream().map(CiteItem::id).toList();
        assertThat(cited).as(style + " " + formatted).containsAll(linked);
        assertThat(linked).as(style + " " + formatted).isNotEmpty();
    }

    private static JsonNode citeprocJs(String styleXml, String lang, boolean forceLang,
                                       List<Map<String, Object>> items, JsonNode clustersJson, List<String> nocite)
            throws Exception {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("style", styleXml);
        input.put("lang", lang);
        input.put("forceLang", forceLang);
        Map<String, String> locales = new LinkedHashMap<>();
        for (String tag : LOCALES) {
            locales.put(tag, CslStyles.locale(tag).orElseThrow());
        }
        input.put("locales", locales);
        input.put("items", items);
        input.put("clusters", clustersJson);
        input.put("nocite", nocite);
        Path script = Path.of("src/test/js/citeproc-reference.js").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder("node", script.toString());
        builder.environment().put("NODE_PATH", MODULES.toString());
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(JSON.writeValueAsBytes(input));
        }
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("node exit code").isZero();
        return JSON.readTree(new String(out, StandardCharsets.UTF_8));
    }

    private static boolean nodeRuns() {
        try {
            Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static InputStream resource(String name) {
        return CiteprocJsAgreementTest.class.getResourceAsStream(name);
    }
}
