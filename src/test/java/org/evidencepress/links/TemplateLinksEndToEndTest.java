package org.evidencepress.links;

import org.evidencepress.testing.Cli;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Links written by templates are checked like links in Markdown, each error naming the template and the page. */
class TemplateLinksEndToEndTest {
    private static final String CONFIG = "-- site.yaml --\ntitle: T\nbaseUrl: https://user.github.io/evidence/\n";
    private static final String PAGES = "-- content/about.md --\n---\ntitle: About\n---\n\nAbout us.\n"
            + "-- content/contact.md --\n---\ntitle: Contact\n---\n\nWrite to us.\n";

    @TempDir
    Path dir;

    private static String pageTemplate(String links) {
        return "-- templates/page.ftlh --\n<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>${title}</title></head>\n"
                + "<body>\n<main id=\"main\">${page.body?no_esc}</main>\n" + links + "\n</body>\n</html>\n";
    }

    /**
     * Builds the site with a build cache, renames review a's "Findings" heading (an edit to its
     * body alone) and builds again with the cache: the run that should report the broken link.
     */
    private Cli.Run rebuiltWithFindingsRenamed() throws IOException {
        Path cache = dir.resolveSibling(dir.getFileName() + "-cache");
        Cli.Run first = Cli.run("build", "-s", dir.toString(), "--cache", cache.toString());
        assertThat(first.exit()).as(first.all()).isZero();
        Path review = dir.resolve("content/reviews/a.md");
        Files.writeString(review, Files.readString(review).replace("## Findings", "## Results"));
        Cli.Run cached = Cli.run("build", "-s", dir.toString(), "--cache", cache.toString());
        assertThat(cached.exit()).as(cached.all()).isEqualTo(1);
        return cached;
    }

    @Test
    void aSiteTemplatesBrokenLinksAreErrorsAtTheirTextNamingTemplateAndPage() {
        MiniSite.write(dir, CONFIG + PAGES + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01", "")
                + pageTemplate("<nav><a href=\"${root}\">Home</a> <a href=\"/evidence/team/\">Team</a>\n"
                + "<a href=\"#main\">Top</a> <a href=\"#footer\">Footer</a>\n"
                + "<a href=\"/elsewhere/\">Another site on the host</a> <a href=\"${root}feed.xml\">Feed</a>\n"
                + "<a href=\"${root}reviews/a/#findings\">Findings</a> <a href=\"${root}reviews/${'a'}/#gone\">Gone</a>"
                + "</nav>"));
        Cli.Run run = Cli.run("build", "-s", dir.toString());
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        assertThat(run.diagnostics()).as(run.all()).containsExactly(
                // Assembled from values, so found by no text: reported at the page's template.
                "templates/page.ftlh:1:1: error: link '../reviews/a/#gone' written by template page.ftlh on the "
                        + "page about/: no heading or anchor 'gone' on the page reviews/a/",
                "templates/page.ftlh:6:42: error: link '/evidence/team/' written by template page.ftlh on the page "
                        + "about/: points to nothing in the site",
                "templates/page.ftlh:7:34: error: link '#footer' written by template page.ftlh on the page about/: "
                        + "no element with id 'footer' on this page (nor on 1 other page of this template)");
    }

    /** A site that overrides only the layout: its broken link is reported in base.ftlh, a file the site has. */
    @Test
    void aLinkTheLayoutWritesIsReportedInTheLayout() throws IOException {
        String base = shipped("base.ftlh");
        String footer = "<footer";
        assertThat(base).contains(footer);
        int line = base.substring(0, base.indexOf(footer)).split("\n", -1).length;
        MiniSite.write(dir, CONFIG + PAGES + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01", "")
                + "-- templates/base.ftlh --\n" + base.replace(footer, "<p><a href=\"${root}team/\">Team</a></p>\n" + footer));
        Cli.Run run = Cli.run("check", "-s", dir.toString());
        assertThat(run.diagnostics()).as(run.all()).containsExactly("templates/base.ftlh:" + line + ":13: error: link"
                + " 'team/' written by template base.ftlh on the page /: points to nothing in the site");
    }

    @Test
    void aPageFromTheBuildCacheHasItsTemplateLinksCheckedAsInACleanBuild() throws IOException {
        MiniSite.write(dir, CONFIG + PAGES + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01", "")
                + pageTemplate("<a href=\"${root}reviews/a/#findings\">Findings of Alpha</a>"));
        // A body edit leaves the plain pages as they were: they come from the cache unrendered, with a broken link.
        Cli.Run cached = rebuiltWithFindingsRenamed();
        assertThat(cached.diagnostics()).as(cached.all()).containsExactly(
                "templates/page.ftlh:6:10: error: link '../reviews/a/#findings' written by template page.ftlh on the "
                        + "page about/: no heading or anchor 'findings' on the page reviews/a/");
        assertThat(Cli.run("build", "-s", dir.toString()).diagnostics()).isEqualTo(cached.diagnostics());
    }

    @Test
    void aListPageFromTheBuildCacheHasItsTemplateLinksCheckedAsInACleanBuild() throws IOException {
        MiniSite.write(dir, CONFIG + PAGES + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01", "")
                + "-- templates/terms.ftlh --\n<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>${title}</title></head>\n"
                + "<body>\n<main id=\"main\"><a href=\"${root}reviews/a/#findings\">Findings of Alpha</a></main>\n"
                + "</body>\n</html>\n");
        // A body edit leaves the site model, so the list pages come whole from the cache, with a broken link.
        Cli.Run cached = rebuiltWithFindingsRenamed();
        assertThat(cached.diagnostics()).as(cached.all()).isNotEmpty().allSatisfy(line -> assertThat(line)
                .startsWith("templates/terms.ftlh:5:").contains("no heading or anchor 'findings' on the page reviews/a/"));
        assertThat(Cli.run("build", "-s", dir.toString()).diagnostics()).isEqualTo(cached.diagnostics());
    }

    @Test
    void theDefaultThemeAndMarkdownLinksAreNotReportedTwice() {
        MiniSite.write(dir, CONFIG + PAGES + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01",
                "tags: [Sleep, Mood]") + "\nSee [the other](b.md) and [nothing](missing.md).\n"
                + "-- content/reviews/b.md --\n" + MiniSite.review("Beta", "2025-01-02", "tags: [Sleep]"));
        Cli.Run run = Cli.run("build", "-s", dir.toString());
        assertThat(run.diagnostics()).as(run.all()).containsExactly(
                "content/reviews/a.md:20:27: error: link 'missing.md' names no content file: "
                        + "content/reviews/missing.md does not exist");
    }

    /**
     * HTML written in Markdown, where it reaches the page (unsafe_html): its ids are anchors,
     * an id the page has already or twice is an error, and its broken links are reported
     * where they are written. Escaped, it is text: neither anchors nor links.
     */
    @Test
    void rawHtmlInMarkdownHasItsIdsAndLinksCheckedWhereWritten() {
        String body = "\n<a id=\"raw-anchor\"></a>See [the anchor](#raw-anchor).\n\n"
                + "<div class=\"box\">\n<a href=\"../gone/\">gone</a> <a href='#raw-anchor'>ok</a></div>\n\n"
                + "Inline <a href=\"#nowhere\">there</a> and <img src=\"https://example.org/x.png\" alt=\"x\">.\n\n"
                + "<span id=\"source-1\">x</span> <span id=\"raw-anchor\">y</span>\n";
        MiniSite.write(dir, CONFIG + "unsafe_html: true\n" + PAGES + "-- content/reviews/a.md --\n"
                + MiniSite.review("Alpha", "2025-01-01", "") + body);
        Cli.Run run = Cli.run("build", "-s", dir.toString());
        assertThat(run.diagnostics()).as(run.all()).containsExactly(
                "content/reviews/a.md:22:4: error: link '../gone/' points to nothing in the site",
                "content/reviews/a.md:24:11: error: link '#nowhere': no heading or anchor 'nowhere' on this page",
                "content/reviews/a.md:26:7: error: id 'source-1' is already used on this page (the page makes it"
                        + " itself); choose another",
                "content/reviews/a.md:26:36: error: id 'raw-anchor' is used twice in this page's HTML; ids must be unique");

        MiniSite.write(dir, CONFIG + PAGES + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01", "")
                + body.substring(0, body.lastIndexOf("<span")));
        Cli.Run escaped = Cli.run("build", "-s", dir.toString());
        assertThat(escaped.diagnostics()).as(escaped.all()).containsExactly(
                "content/reviews/a.md:19:28: error: link '#raw-anchor': no heading or anchor 'raw-anchor' on this page");
    }

    /**
     * Under a base URL with a path, a root-relative link in raw HTML is written as Markdown's is,
     * relative to the page: as written, "/about/" would leave the site for the host's root.
     */
    @Test
    void rawHtmlRootRelativeLinksReachTheSiteUnderItsSubPath() throws IOException {
        MiniSite.write(dir, CONFIG + "unsafe_html: true\n" + PAGES + "-- static/images/x.png --\npng\n"
                + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01", "")
                + "\n<p><img src=\"/images/x.png\" alt=\"raw\"> <a href='/about/#top'>about</a>"
                + " <a href=/nothere/>gone</a> <a href=\"//cdn.example.org/x\">cdn</a></p>\n");
        Cli.Run run = Cli.run("build", "-s", dir.toString());
        assertThat(run.diagnostics()).as(run.all()).containsExactly(
                "content/reviews/a.md:19:75: error: link '/nothere/' points to nothing in the site");

        Path review = dir.resolve("content/reviews/a.md");
        Files.writeString(review, Files.readString(review).replace(" <a href=/nothere/>gone</a>", ""));
        Cli.Run fixed = Cli.run("build", "-s", dir.toString());
        assertThat(fixed.exit()).as(fixed.all()).isZero();
        String page = Files.readString(dir.resolve("site/reviews/a/index.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("<img src=\"../../images/x.png\" alt=\"raw\">",
                "<a href=\"../../about/#top\">about</a>", "<a href=\"//cdn.example.org/x\">cdn</a>");
    }

    /**
     * A relative link in raw HTML to another bundle's file is read from the Markdown file, as
     * Markdown's is; a link to a Markdown file stays as written, and the check says what to write.
     */
    @Test
    void rawHtmlLinksIntoABundleAreReadFromTheMarkdownFile() throws IOException {
        MiniSite.write(dir, CONFIG + "unsafe_html: true\n" + PAGES
                + "-- content/reviews/bun/index.md --\n" + MiniSite.review("Bundle", "2025-01-01", "")
                + "-- content/reviews/bun/forest.png --\npng\n"
                + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-02", "")
                + "\n<p><img src=\"bun/forest.png\" alt=\"plot\"> <a href=\"bun/\">bundle</a> <a href=\"#sources\">here</a>"
                + " <a href=\"bun/index.md\">file</a></p>\n");
        Cli.Run run = Cli.run("build", "-s", dir.toString());
        assertThat(run.diagnostics()).as(run.all()).containsExactly(
                "content/reviews/a.md:19:99: error: link 'bun/index.md' in HTML is written as it is: the page of"
                        + " content/reviews/bun/index.md is '../../reviews/bun/'; link to it, or write a Markdown link");

        Path review = dir.resolve("content/reviews/a.md");
        Files.writeString(review, Files.readString(review).replace(" <a href=\"bun/index.md\">file</a>", ""));
        Cli.Run fixed = Cli.run("build", "-s", dir.toString());
        assertThat(fixed.exit()).as(fixed.all()).isZero();
        String page = Files.readString(dir.resolve("site/reviews/a/index.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("<img src=\"../../reviews/bun/forest.png\" alt=\"plot\">",
                "<a href=\"../../reviews/bun/\">bundle</a>", "<a href=\"#sources\">here</a>");
    }

    @Test
    void aPageWhoseTemplateFailedIsNotAlsoReportedByEveryLinkToIt() throws IOException {
        String review = shippedReviewTemplate();
        String title = "<h1 class=\"review-title\">${r.title}</h1>";
        assertThat(review).contains(title);
        int line = review.substring(0, review.indexOf(title)).split("\n", -1).length;
        // Fails on review a only: the home page, the source index and review b still link to it.
        String failing = "<#if r.slug == \"a\">${page.nosuchvar.foo}</#if>";
        MiniSite.write(dir, CONFIG + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01", "")
                + "-- content/reviews/b.md --\n" + MiniSite.review("Beta", "2025-01-02", "")
                + "\nSee [Alpha](a.md) and [its findings](a.md#findings).\n"
                + "-- templates/review.ftlh --\n" + review.replace(title, title + failing));
        Cli.Run run = Cli.run("build", "-s", dir.toString());
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        assertThat(run.diagnostics()).as(run.all()).containsExactly("templates/review.ftlh:" + line + ":"
                + (title.length() + failing.indexOf("${") + 3) + ": error: template error: page.nosuchvar is null"
                + " or missing; use page.nosuchvar! or <#if page.nosuchvar??> (on reviews/a/index.html)");
    }

    /** A template that fails on every review is one error, naming the first page in path order and how many more. */
    @Test
    void aTemplateFailingOnManyPagesIsOneErrorNamingThem() throws IOException {
        String review = shippedReviewTemplate();
        String title = "<h1 class=\"review-title\">${r.title}</h1>";
        MiniSite.write(dir, CONFIG + "-- content/reviews/c.md --\n" + MiniSite.review("Gamma", "2025-01-03", "")
                + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01", "")
                + "-- content/reviews/b.md --\n" + MiniSite.review("Beta", "2025-01-02", "")
                + "-- templates/review.ftlh --\n" + review.replace(title, title + "${page.nosuchvar}"));
        Cli.Run run = Cli.run("build", "-s", dir.toString());
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        assertThat(run.diagnostics()).singleElement().asString()
                .endsWith("use page.nosuchvar! or <#if page.nosuchvar??> (on reviews/a/index.html and 2 more pages)");
    }

    private static String shippedReviewTemplate() throws IOException {
        return shipped("review.ftlh");
    }

    private static String shipped(String template) throws IOException {
        return new String(TemplateLinksEndToEndTest.class.getResourceAsStream("/theme/templates/" + template)
                .readAllBytes(), StandardCharsets.UTF_8);
    }
}
