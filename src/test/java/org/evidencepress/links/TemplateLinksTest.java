package org.evidencepress.links;

import org.evidencepress.diagnostic.Diagnostics;
import org.evidencepress.output.OutputSink;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The scan of a page's links: which attributes count, how values are read, what is left to others. */
class TemplateLinksTest {
    private final OutputSink site = OutputSink.inMemory(Set.of());

    private List<String> check(String pageUrl, String html, Set<String> markdownHrefs) {
        TemplateLinks links = new TemplateLinks(TemplateLinks.Memory.forOneBuild(), "https://example.org/", site);
        links.record("t.ftlh", pageUrl, html.getBytes(StandardCharsets.UTF_8), markdownHrefs);
        Diagnostics diagnostics = new Diagnostics();
        links.check(Path.of("no-site"), site, List.of(), diagnostics);
        return diagnostics.sorted().stream().map(d -> d.message().replaceFirst(".*: ", "") + " <- "
                + d.message().replaceFirst("^link '([^']*)'.*", "$1")).toList();
    }

    @Test
    void linksResolveAsTheBrowserReadsThem() {
        site.write("tags/café/index.html", "x");
        site.write("feed.xml", "x");
        site.write("reviews/a/index.html", "x");
        site.write("about/index.html", "x");
        String html = "<a href=\"../tags/caf%C3%A9/\">t</a> <a href='../feed.xml?v=2'>f</a> <a href=\"./\">me</a>"
                + " <a\nhref=\"../reviews/a\">no slash</a> <a href=\"../reviews/a/?x=1&amp;y=2\">q</a>"
                + " <a href=\"https://example.com/x\">e</a> <a href=\"mailto:a@b.org\">m</a> <a href=\"//cdn.org/x\">c</a>"
                + " <img src=\"data:image/png;base64,AAAA\" alt=\"\">";
        assertThat(check("about/", html, Set.of())).isEmpty();
    }

    @Test
    void onlyHrefSrcAndIdAttributesCountAndMarkdownLinksAreLeftToTheMarkdownCheck() {
        String html = "<div data-href=\"../nowhere/\" data-src=\"x.png\" valid=\"top\"></div>"
                + "<p>Write href=&quot;x&quot; in text</p><a href=\"#top\">top</a> <a href=\"../from-markdown/\">md</a>"
                + "<script src=\"../js/search.js\"></script>";
        assertThat(check("about/", html, Set.of("../from-markdown/"))).containsExactly(
                "no element with id 'top' on this page <- #top",
                "points to nothing in the site <- ../js/search.js");
    }

    @Test
    void aFragmentOnThePageMustBeAnIdOnIt() {
        assertThat(check("about/", "<h2 id=\"caf&#39;s\">x</h2><a href=\"#caf&#39;s\">ok</a>", Set.of())).isEmpty();
        assertThat(check("about/", "<a href=\"#gone\">x</a>", Set.of()))
                .containsExactly("no element with id 'gone' on this page <- #gone");
    }

    @Test
    void linksWrittenOnceTheContentPagesAreInPlaceAreJudgedAsTheyComeWithTheSameVerdicts() {
        TemplateLinks links = new TemplateLinks(TemplateLinks.Memory.forOneBuild(), "https://example.org/", site);
        PageFacts review = new PageFacts("content/reviews/a.md", "reviews/a/", Set.of("source-1"), List.of());
        site.write("reviews/a/index.html", "x");
        links.record("review.ftlh", "reviews/a/", page("cite.bib", "../b/", "../../tags/"), Set.of());
        site.write("reviews/a/cite.bib", "x");
        links.contentWritten(site, List.of(review));
        links.record("sources.ftlh", "sources/", page("../reviews/a/#source-1", "../reviews/a/#source-2",
                "../reviews/a/cite.bib", "../tags/", "../reviews/c/", "../reviews/a/#source-1"), Set.of());
        site.write("tags/index.html", "x");
        Diagnostics diagnostics = new Diagnostics();
        links.check(Path.of("no-site"), site, List.of(review), diagnostics);
        assertThat(diagnostics.sorted()).extracting(d -> d.message().replaceFirst(" written by template ", " by "))
                .containsExactly(
                        "link '../b/' by review.ftlh on the page reviews/a/: points to nothing in the site",
                        "link '../reviews/a/#source-2' by sources.ftlh on the page sources/: no heading or anchor"
                                + " 'source-2' on the page reviews/a/",
                        "link '../reviews/c/' by sources.ftlh on the page sources/: points to nothing in the site");
    }

    @Test
    void aFragmentIsLookedUpOnAPageLinkedByItsIndexFile() {
        TemplateLinks links = new TemplateLinks(TemplateLinks.Memory.forOneBuild(), "https://example.org/", site);
        PageFacts review = new PageFacts("content/reviews/a.md", "reviews/a/", Set.of("source-1"), List.of());
        site.write("reviews/a/index.html", "x");
        links.contentWritten(site, List.of(review));
        links.record("sources.ftlh", "sources/", page("../reviews/a/index.html#source-1",
                "../reviews/a/index.html#source-2"), Set.of());
        Diagnostics diagnostics = new Diagnostics();
        links.check(Path.of("no-site"), site, List.of(review), diagnostics);
        assertThat(diagnostics.sorted()).extracting(d -> d.message().replaceFirst(" written by template ", " by "))
                .containsExactly("link '../reviews/a/index.html#source-2' by sources.ftlh on the page sources/:"
                        + " no heading or anchor 'source-2' on the page reviews/a/");
    }

    @Test
    void linksToFilesWrittenSinceAreDroppedOnTheWayButABrokenOneStays() {
        TemplateLinks links = new TemplateLinks(TemplateLinks.Memory.forOneBuild(), "https://example.org/", site);
        links.record("review.ftlh", "reviews/r0/", page("../gone/", "#source-1", "../r1/#nowhere"), Set.of());
        for (int i = 1; i <= 10_000; i++) {
            links.record("review.ftlh", "reviews/r" + i + "/", page("cite.bib", "../r" + (i - 1) + "/#source-1"),
                    Set.of());
            site.write("reviews/r" + i + "/index.html", "x");
            site.write("reviews/r" + i + "/cite.bib", "x");
        }
        Diagnostics diagnostics = new Diagnostics();
        links.check(Path.of("no-site"), site, List.of(new PageFacts("content/reviews/r1.md", "reviews/r1/",
                Set.of("source-1"), List.of())), diagnostics);
        assertThat(diagnostics.sorted()).extracting(d -> d.message().replaceFirst(" written by template ", " by "))
                .containsExactly(
                        "link '#source-1' by review.ftlh on the page reviews/r0/: no element with id 'source-1' on this page",
                        "link '../gone/' by review.ftlh on the page reviews/r0/: points to nothing in the site",
                        "link '../r0/#source-1' by review.ftlh on the page reviews/r1/: points to nothing in the site",
                        "link '../r1/#nowhere' by review.ftlh on the page reviews/r0/: no heading or anchor 'nowhere'"
                                + " on the page reviews/r1/");
    }

    private static byte[] page(String... hrefs) {
        StringBuilder html = new StringBuilder();
        for (String href : hrefs) {
            html.append("<a href=\"").append(href).append("\">x</a>");
        }
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aLinkAboveTheRootOrOutsideTheSitesPathIsCaughtOrLeftAlone() {
        assertThat(check("about/", "<a href=\"../../up/\">x</a>", Set.of()))
                .containsExactly("points above the site root <- ../../up/");
        TemplateLinks underPath = new TemplateLinks(TemplateLinks.Memory.forOneBuild(), "https://u.github.io/ev", site);
        underPath.record("t.ftlh", "about/", "<a href=\"/other-site/\">o</a><a href=\"/ev/gone/\">g</a>"
                .getBytes(StandardCharsets.UTF_8), Set.of());
        Diagnostics diagnostics = new Diagnostics();
        underPath.check(Path.of("no-site"), site, List.of(), diagnostics);
        assertThat(diagnostics.sorted()).extracting(d -> d.file() + ":" + d.line() + ":" + d.column() + " "
                + d.message()).containsExactly("templates/t.ftlh:1:1 link '/ev/gone/' written by template t.ftlh "
                + "on the page about/: points to nothing in the site");
    }

    @Test
    void aByteIsFoundAtEveryOffsetAsALoopFindsIt() {
        java.util.Random random = new java.util.Random(7);
        for (int length = 0; length < 40; length++) {
            byte[] bytes = new byte[length];
            for (int round = 0; round < 50; round++) {
                // Few distinct values, bytes above 0x7F among them, so that matches sit next to each other.
                for (int k = 0; k < length; k++) {
                    bytes[k] = new byte[]{'=', '"', 'a', (byte) 0xC3, (byte) 0xBD, 0x3C}[random.nextInt(6)];
                }
                for (byte value : new byte[]{'=', '"', (byte) 0xBD, 'z'}) {
                    for (int from = 0; from <= length; from++) {
                        int expected = -1;
                        for (int k = from; k < length && expected < 0; k++) {
                            expected = bytes[k] == value ? k : -1;
                        }
                        assertThat(TemplateLinks.indexOf(bytes, value, from))
                                .as("%s from %d", java.util.Arrays.toString(bytes), from).isEqualTo(expected);
                    }
                }
            }
        }
    }
}
