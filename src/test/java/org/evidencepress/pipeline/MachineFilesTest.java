package org.evidencepress.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evidencepress.testing.Fixtures;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Feed, sitemap, JSON-LD, tags and the source index of a small site, read as their consumers read them. */
class MachineFilesTest {
    private static final String BASE = "https://example.org/press";
    private static final String TRICKY = "Tricky </script><b> & \"quoted\" title";

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() {
        MiniSite.write(dir, "-- site.yaml --\ntitle: Press\nbaseUrl: " + BASE + "/\npage_size: 1\n"
                + "-- content/about.md --\nText.\n"
                + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01", """
                tags: [Sleep, Immunology]
                """).replace("    year: 2019\n", "    year: 2019\n    doi: 10.1000/SHARED.x\n"
                        + "  - id: s2\n    title: '" + TRICKY.replace("'", "''") + "'\n")
                        .replace("[@s1]", "[@s1; @s2]")
                + "-- content/reviews/b.md --\n" + MiniSite.review("Beta", "2025-02-01", """
                tags: [sleep]
                author: [Ana Lima, World Health Organization]
                """).replace("  - id: s1\n", "  - id: other\n    title: Other\n  - id: s1\n")
                        .replace("    year: 2019\n", "    year: 2019\n    doi: https://doi.org/10.1000/shared.X\n")
                        .replace("[@s1]", "[@other; @s1]")
                + "-- content/reviews/c.md --\n" + MiniSite.review("Gamma draft", "2025-03-01", "draft: true")
                + "-- content/reviews/d.md --\n" + MiniSite.review("'" + TRICKY.replace("'", "''") + "'", "2024-12-01",
                "tags: [Ökologie]"));
        site = dir.resolve("site");
        Fixtures.build(dir, site);
    }

    private static Document xml(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(site.resolve(path).toFile());
    }

    private static List<String> texts(Document doc, String ns, String tag) {
        return texts(doc.getDocumentElement(), ns, tag);
    }

    @Test
    void feedIsAtomListingExactlyThePublishedReviewsNewestFirst() throws Exception {
        String atom = "http://www.w3.org/2005/Atom";
        Document feed = xml("feed.xml");
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(atom);
        NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            ids.add(((Element) entries.item(i)).getElementsByTagNameNS(atom, "id").item(0).getTextContent());
        }
        assertThat(ids).containsExactly(BASE + "/reviews/b/", BASE + "/reviews/a/", BASE + "/reviews/d/");
        assertThat(texts(feed, atom, "title")).contains(TRICKY);
        assertThat(texts(feed, atom, "updated")).first().isEqualTo("2025-02-01T00:00:00Z");
        // The review's own authors, not the site's whom an entry without its own would inherit (RFC 4287, 4.2.1).
        assertThat(texts((Element) entries.item(0), atom, "name")).containsExactly("Ana Lima", "World Health Organization");
        assertThat(texts((Element) entries.item(1), atom, "name")).isEmpty();
    }

    private static List<String> texts(Element element, String ns, String tag) {
        NodeList nodes = element.getElementsByTagNameNS(ns, tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent().strip());
        }
        return out;
    }

    @Test
    void sitemapListsEveryPageOfTheBuildAndNoDraft() throws Exception {
        List<String> locs = texts(xml("sitemap.xml"), "http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.getFileName().toString().equals("index.html"))
                    .map(p -> BASE + "/" + site.relativize(p.getParent()).toString().replace('\\', '/') + "/")
                    .map(url -> url.replace(BASE + "//", BASE + "/"))
                    .map(org.evidencepress.markdown.Urls::href)
                    .toList();
        }
        assertThat(locs).containsExactlyInAnyOrderElementsOf(pages);
        // Escaped as the sitemap protocol asks (RFC 3986), not as the page's IRI.
        assertThat(locs).contains(BASE + "/tags/%C3%B6kologie/").allMatch(l -> l.chars().allMatch(c -> c < 128));
        assertThat(locs).contains(BASE + "/reviews/a/", BASE + "/reviews/b/", BASE + "/page/2/")
                .noneMatch(l -> l.contains("reviews/c/"));
    }

    @Test
    void jsonLdParsesAndNamesEverySource() throws IOException {
        String html = Files.readString(site.resolve("reviews/a/index.html"));
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("JSON-LD script in the page").isTrue();
        JsonNode ld = new ObjectMapper().readTree(m.group(1));
        assertThat(ld.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(ld.path("headline").asText()).isEqualTo("Alpha");
        assertThat(ld.path("datePublished").asText()).isEqualTo("2025-01-01");
        assertThat(ld.path("about").path("isPartOf").path("name").asText()).isEqualTo("Test Journal");
        List<String> cited = new ArrayList<>();
        ld.path("citation").forEach(c -> cited.add(c.path("name").asText()));
        // Its <b> is CSL's markup for bold: the metadata takes the title's words alone.
        assertThat(cited).containsExactly("Source of Alpha", TRICKY.replace("<b>", ""));
        assertThat(ld.path("citation").get(0).path("identifier").path("value").asText()).isEqualTo("10.1000/SHARED.x");
        assertThat(html).as("the title is escaped in every place it lands").doesNotContain("</script><b>");
        assertThat(html).contains("<meta name=\"citation_reference\" content=\"citation_title=Tricky &lt;/script&gt;");
    }

    @Test
    void frontMatterTextIsEscapedForEveryPlaceItLands() throws IOException {
        String page = Files.readString(site.resolve("reviews/d/index.html"));
        assertThat(page).contains("<h1 class=\"review-title\">Tricky &lt;/script&gt;&lt;b&gt; &amp; &quot;quoted&quot; title</h1>",
                "<meta property=\"og:title\" content=\"Tricky &lt;/script&gt;&lt;b&gt; &amp; &quot;quoted&quot; title\">");
        String docs = Files.readString(site.resolve("search/d/0.js"));
        assertThat(docs).startsWith("evpressSearch.docs(0,[[\"Beta\"").contains("[\"Alpha\"")
                .contains("Tricky \\u003c/script\\u003e\\u003cb\\u003e");
        assertThat(docs.indexOf("Alpha")).isLessThan(docs.indexOf("Tricky"));
    }

    @Test
    void searchIndexJsonListsThePublishedReviewsNewestFirst() throws IOException {
        JsonNode reviews = new ObjectMapper().readTree(site.resolve("search-index.json").toFile()).path("reviews");
        List<String> urls = new ArrayList<>();
        reviews.forEach(r -> urls.add(r.path("url").asText()));
        assertThat(urls).containsExactly("reviews/b/", "reviews/a/", "reviews/d/");
        JsonNode alpha = reviews.get(1);
        assertThat(alpha.path("title").asText()).isEqualTo("Alpha");
        assertThat(alpha.path("date").asText()).isEqualTo("2025-01-01");
        assertThat(alpha.path("summary").asText()).isEqualTo("Summary of Alpha.");
        assertThat(alpha.path("tags").toString()).isEqualTo("[\"Sleep\",\"Immunology\"]");
        assertThat(alpha.path("journal").asText()).isEqualTo("Test Journal");
        assertThat(alpha.path("year").asInt()).isEqualTo(2020);
        assertThat(reviews.get(2).path("title").asText()).isEqualTo(TRICKY);
        assertThat(Files.readString(site.resolve("search-index.json"))).doesNotContain("</script>");
    }

    /** Served at any depth, the 404 page starts its links at the site's path, on whatever host serves it. */
    @Test
    void theNotFoundPageLoadsNothingFromTheProductionHost() throws IOException {
        String page = Files.readString(site.resolve("404.html"));
        assertThat(page).contains("<link rel=\"stylesheet\" href=\"/press/css/style.css\">", "href=\"/press/search/\"");
        assertThat(page.replaceAll("<meta [^>]*>", "")).doesNotContain(BASE);
    }

    /** A list's later pages name the site once, as its first page does, and keep the name of what they list. */
    @Test
    void aPagedListsTitleNamesTheSiteOnce() throws IOException {
        assertThat(Files.readString(site.resolve("index.html"))).contains("<title>Press</title>");
        assertThat(Files.readString(site.resolve("page/2/index.html"))).contains("<title>Press (page 2)</title>");
        assertThat(Files.readString(site.resolve("tags/sleep/page/2/index.html")))
                .contains("<title>Tag: Sleep (page 2) · Press</title>");
    }

    /** On a sub-path, a browser left to itself asks for /favicon.ico at the host's root and gets a 404. */
    @Test
    void everyPageLinksTheSitesOwnIcon() throws IOException {
        assertThat(site.resolve("favicon.svg")).content().startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        String icon = "<link rel=\"icon\" href=\"%sfavicon.svg\" type=\"image/svg+xml\">";
        assertThat(Files.readString(site.resolve("index.html"))).contains(icon.formatted(""));
        assertThat(Files.readString(site.resolve("reviews/a/index.html"))).contains(icon.formatted("../../"));
        assertThat(Files.readString(site.resolve("404.html"))).contains(icon.formatted("/press/"));
    }

    /** Served for every missing address, the 404 page is no page of its own for a search engine to index. */
    @Test
    void theNotFoundPageHasNoCanonicalLinkAndIsNotIndexed() throws IOException {
        String page = Files.readString(site.resolve("404.html"));
        assertThat(page).doesNotContain("rel=\"canonical\"").contains("<meta name=\"robots\" content=\"noindex\">");
        assertThat(Files.readString(site.resolve("index.html"))).contains("<link rel=\"canonical\" href=\"" + BASE)
                .doesNotContain("noindex");
    }

    @Test
    void tagsThatDifferOnlyInCaseAreOneTagEndToEnd() throws IOException {
        assertThat(site.resolve("tags/sleep/index.html")).exists();
        try (Stream<Path> tags = Files.list(site.resolve("tags"))) {
            assertThat(tags.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("index.html", "sleep", "immunology", "ökologie");
        }
        String index = Files.readString(site.resolve("tags/index.html"));
        assertThat(index).contains("<a href=\"../tags/sleep/\">Sleep</a> <span class=\"term-count\">2<span class=\"visually-hidden\"> reviews</span></span>");
        // page_size is 1, so the two reviews tagged "Sleep"/"sleep" fill two pages of one tag.
        assertThat(Files.readString(site.resolve("tags/sleep/index.html"))).contains(">Beta</a>");
        assertThat(Files.readString(site.resolve("tags/sleep/page/2/index.html"))).contains(">Alpha</a>");
        assertThat(Files.readString(site.resolve("reviews/b/index.html"))).contains("<meta property=\"article:tag\" content=\"Sleep\">");
    }

    @Test
    void aDoiCitedByTwoReviewsIsOneWorkWithBoth() throws IOException {
        String sources = Files.readString(site.resolve("sources/index.html"));
        assertThat(Pattern.compile("(?i)doi:10\\.1000/shared\\.x").matcher(sources).results().count()).isEqualTo(1);
        assertThat(sources).contains("<a href=\"../reviews/b/#source-2\">Beta</a> <span class=\"work-number\">as source 2</span>",
                "<a href=\"../reviews/a/#source-1\">Alpha</a> <span class=\"work-number\">as source 1</span>");
        assertThat(sources).contains("<p>4 works.</p>");
    }
}
