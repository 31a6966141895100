package org.evidencepress.cli;

import org.evidencepress.testing.Cli;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Section 10 of the contract end to end: what Hugo, Zola and Quarto authors write, built by the CLI. */
class AuthoringEndToEndTest {
    private static final String CONFIG = "-- site.yaml --\ntitle: T\nbaseUrl: https://user.github.io/evidence/\n";

    @TempDir
    Path dir;

    private Cli.Run build() {
        return Cli.run("build", "-s", dir.toString());
    }

    private String page(String url) throws IOException {
        return Files.readString(dir.resolve("site/" + url + "index.html"));
    }

    @Test
    void markdownExtensionsRenderInAReview() throws IOException {
        MiniSite.write(dir, CONFIG + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01", "")
                + "\nA note[^1], ~~gone~~, https://example.org/x and\n\n- [x] done\n\n[^1]: The note.\n");
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.diagnostics()).as(run.all()).isEmpty();
        assertThat(page("reviews/a/")).contains(
                "A note<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup>",
                "<del>gone</del>", "<a href=\"https://example.org/x\">https://example.org/x</a>",
                "<li class=\"task-list-item\"><input type=\"checkbox\" disabled=\"\" checked=\"\"",
                "<li id=\"fn-1\">", "<a href=\"#fnref-1\" class=\"footnote-backref\"");
    }

    /** A plain page cites nothing, even a work of the site's bibliography: the error says so, not "in this review". */
    @Test
    void aCitationOnAPlainPageSaysPagesHaveNoSources() {
        MiniSite.write(dir, CONFIG + "bibliography: refs.bib\n-- refs.bib --\n@article{page2021, title = {PRISMA},"
                + " year = {2021}}\n-- content/methods.md --\n---\ntitle: Methods\n---\n\nWe follow PRISMA [@page2021].\n");
        Cli.Run run = build();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.diagnostics()).containsExactly("content/methods.md:5:19: error: unknown citation id"
                + " '@page2021': a plain page has no Sources list; cite in a review, or write '\\[@page2021]' for"
                + " the text itself");
    }

    /**
     * Hugo's and Zola's summary divider gives no summary here: a page without {@code summary:}
     * is warned, at the divider, that it shows none. With a summary, or in code, it says nothing.
     */
    @Test
    void aSummaryDividerWithoutASummaryIsAWarning() {
        String study = "study:\n  year: 2020\n  journal: J\n  population: Adults\n";
        MiniSite.write(dir, CONFIG + "-- content/reviews/a.md --\n---\ntitle: Alpha\ndate: 2025-01-01\n" + study
                + "---\n\nTrials disagree.\n<!--more-->\n\nMore.\n"
                + "-- content/reviews/b.md --\n---\ntitle: Beta\ndate: 2025-01-01\nsummary: Trials agree.\n" + study
                + "---\n\nTrials agree.\n\n<!--more-->\n\nMore.\n"
                + "-- content/reviews/c.md --\n---\ntitle: Gamma\ndate: 2025-01-01\n" + study
                + "---\n\nHugo's divider:\n\n```\n<!--more-->\n```\n"
                + "-- content/about.md --\n---\ntitle: About\n---\n\nWho we are.\n\n<!-- more -->\n\nMore.\n");
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.diagnostics()).containsExactly(
                "content/about.md:7:1: warning: '<!-- more -->' ends a summary in Hugo and Zola, but is only a comment"
                        + " here: with no 'summary:' in the front matter, the page has no meta description; write the"
                        + " summary there",
                "content/reviews/a.md:11:1: warning: '<!--more-->' ends a summary in Hugo and Zola, but is only a"
                        + " comment here: with no 'summary:' in the front matter, list pages, the feed and the meta"
                        + " description show no summary; write the summary there");
    }

    /** Hugo's .markdown, Quarto's .qmd and a .MD are no pages here: each says so rather than vanish. */
    @Test
    void markdownUnderAnotherExtensionIsAWarningNotAMissingPage() {
        String review = MiniSite.review("Alpha", "2025-01-01", "");
        MiniSite.write(dir, CONFIG + "-- content/reviews/a.markdown --\n" + review + "-- content/reviews/b.qmd --\n"
                + review + "-- content/reviews/C.MD --\n" + review + "-- content/reviews/d/index.md --\n"
                + MiniSite.review("Delta", "2025-01-01", "") + "-- content/reviews/d/data.markdown --\nA bundle's file.\n");
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.diagnostics()).containsExactly(
                "content/reviews/C.MD:1:1: warning: not read: only files whose names end in '.md' are pages;"
                        + " rename it C.md",
                "content/reviews/a.markdown:1:1: warning: not read: only files whose names end in '.md' are pages;"
                        + " rename it a.md",
                "content/reviews/b.qmd:1:1: warning: not read: only files whose names end in '.md' are pages;"
                        + " rename it b.md");
        assertThat(dir.resolve("site/reviews/d/data.markdown")).exists();
        assertThat(Cli.run("check", "--strict", "-s", dir.toString()).exit()).isEqualTo(1);
    }

    /** Pandoc's .bibtex extension is BibTeX, as .bib is. */
    @Test
    void aBibtexFileIsReadAsBibTeX() throws IOException {
        MiniSite.write(dir, CONFIG + "bibliography: refs.bibtex\n-- refs.bibtex --\n@article{page2021, title = {PRISMA},"
                + " author = {Page, Matthew}, year = {2021}}\n-- content/reviews/a.md --\n"
                + MiniSite.review("Alpha", "2025-01-01", "") + "\nWe follow PRISMA [@page2021].\n");
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(page("reviews/a/")).contains("<cite class=\"source-title\">PRISMA</cite>");
    }

    @Test
    void aFootnoteInAKeyPointLinksToTheBodysNoteAndBack() throws IOException {
        MiniSite.write(dir, CONFIG + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01",
                "key_points:\n  - \"Risk halved[^dose]\"") + "\n[^dose]: At the full dose only.\n");
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.diagnostics()).as(run.all()).isEmpty();
        assertThat(page("reviews/a/")).contains(
                "Risk halved<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup>",
                "<li id=\"fn-1\">\n<p>At the full dose only. <a href=\"#fnref-1\" class=\"footnote-backref\"")
                .doesNotContain("[^dose]");
    }

    /** A key point written over several lines, in each of YAML's ways, reports a citation at its own line and column. */
    @Test
    void aProblemInAKeyPointOverSeveralLinesIsAtItsOwnLine() {
        MiniSite.write(dir, CONFIG + "-- content/reviews/a.md --\n" + String.join("\n",
                "---",
                "title: Alpha",
                "date: 2025-01-01",
                "study: {year: 2020, journal: J, population: P}",
                "key_points:",
                "  - |",
                "    Literal point",
                "    with [@nosuch1] here",
                "  - Plain point",
                "    with [@nosuch2] here",
                "  - \"Quoted \\\"point\\\"",
                "    with [@nosuch3] here\"",
                "  - >-",
                "    Folded point",
                "    with [@nosuch4] here",
                "---",
                "Body.",
                ""));
        Cli.Run run = build();
        assertThat(run.diagnostics()).containsExactly(
                "content/reviews/a.md:8:11: error: unknown citation id '@nosuch1': no source with id 'nosuch1' in this review",
                "content/reviews/a.md:10:11: error: unknown citation id '@nosuch2': no source with id 'nosuch2' in this review",
                "content/reviews/a.md:12:11: error: unknown citation id '@nosuch3': no source with id 'nosuch3' in this review",
                "content/reviews/a.md:15:11: error: unknown citation id '@nosuch4': no source with id 'nosuch4' in this review");
    }

    @Test
    void aPageBundleCopiesItsFilesBesideThePageAndRelativeLinksWork() throws IOException {
        MiniSite.write(dir, CONFIG + "-- content/reviews/forest-plot/index.md --\n"
                + MiniSite.review("Bundle", "2025-01-01", "")
                + "\n![Forest plot](forest.png \"Figure 1. Pooled effect\")\n\n[Data](data/effects.csv)\n"
                + "-- content/reviews/forest-plot/data/effects.csv --\nstudy,effect\n"
                + "-- content/reviews/forest-plot/forest.png --\nnot really a png\n");
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.diagnostics()).as(run.all()).isEmpty();
        assertThat(dir.resolve("site/reviews/forest-plot/forest.png")).hasContent("not really a png");
        assertThat(dir.resolve("site/reviews/forest-plot/data/effects.csv")).exists();
        assertThat(dir.resolve("site/reviews/forest-plot/index.md")).doesNotExist();
        assertThat(page("reviews/forest-plot/")).contains("<figure>\n<img src=\"forest.png\" alt=\"Forest plot\" />\n"
                + "<figcaption>Figure 1. Pooled effect</figcaption>\n</figure>", "<a href=\"data/effects.csv\">Data</a>");
    }

    /** As a leaf bundle in Hugo or Zola: content/guide/index.md is the page guide/, its files beside it. */
    @Test
    void aPlainPageWrittenAsAFolderIsThePageOfTheFolderWithItsFilesBesideIt() throws IOException {
        MiniSite.write(dir, CONFIG + "-- content/guide/index.md --\n---\ntitle: Guide\n---\n\n"
                + "![A picture](pic.png)\n\n[PDF](file.pdf)\n"
                + "-- content/guide/pic.png --\nnot really a png\n-- content/guide/file.pdf --\npdf\n"
                + "-- content/docs/setup/index.md --\n---\ntitle: Setup\n---\n\n[missing](gone.png)\n");
        Cli.Run run = build();
        assertThat(run.diagnostics()).as(run.all()).containsExactly(
                "content/docs/setup/index.md:5:1: error: link 'gone.png' points to nothing in the site");
        MiniSite.write(dir, "-- content/docs/setup/gone.png --\npng\n");
        run = build();
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.diagnostics()).as(run.all()).isEmpty();
        assertThat(page("guide/")).contains("<img src=\"pic.png\" alt=\"A picture\" />", "<a href=\"file.pdf\">PDF</a>");
        assertThat(dir.resolve("site/guide/pic.png")).hasContent("not really a png");
        assertThat(dir.resolve("site/guide/file.pdf")).exists();
        assertThat(dir.resolve("site/guide/index")).doesNotExist();
        assertThat(dir.resolve("site/docs/setup/gone.png")).exists();
    }

    /**
     * A link to a bundle's file from another review's Markdown is read from the Markdown file's
     * folder, as an editor's preview, GitHub and Quarto read it, and written relative to the page.
     */
    @Test
    void aLinkToAnotherBundlesFileIsReadFromTheMarkdownFile() throws IOException {
        MiniSite.write(dir, CONFIG + "-- content/reviews/bun/index.md --\n" + MiniSite.review("Bundle", "2025-01-01", "")
                + "-- content/reviews/bun/forest.png --\npng\n-- content/reviews/bun/sub/paper.pdf --\npdf\n"
                + "-- content/reviews/beta.md --\n" + MiniSite.review("Beta", "2025-01-02", "")
                + "\n![from the file](bun/forest.png) ![from the page](../bun/forest.png) [paper](bun/sub/paper.pdf#p2)"
                + " [gone](bun/gone.png)\n");
        Cli.Run run = build();
        assertThat(run.diagnostics()).as(run.all()).containsExactly(
                "content/reviews/beta.md:19:100: error: link 'bun/gone.png' points to nothing in the site");
        MiniSite.write(dir, "-- content/reviews/bun/gone.png --\npng\n");
        run = build();
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(page("reviews/beta/")).contains("<img src=\"../../reviews/bun/forest.png\" alt=\"from the file\" />",
                "<img src=\"../bun/forest.png\" alt=\"from the page\" />", "<a href=\"../../reviews/bun/sub/paper.pdf#p2\">paper</a>");
    }

    /**
     * A bundle named by its folder, with or without the slash, leads to its page; its old file
     * name (a review moved into a bundle) is an error that says what to write.
     */
    @Test
    void aBundleNamedByItsFolderLeadsToItsPage() throws IOException {
        MiniSite.write(dir, CONFIG + "-- content/reviews/bun/index.md --\n" + MiniSite.review("Bundle", "2025-01-01", "")
                + "-- content/reviews/beta.md --\n" + MiniSite.review("Beta", "2025-01-02", "")
                + "\n[slash](bun/) [folder](bun) [section](bun#sources) [moved](bun.md#sources)\n");
        Cli.Run run = build();
        assertThat(run.diagnostics()).as(run.all()).containsExactly(
                "content/reviews/beta.md:19:52: error: link 'bun.md#sources' names no content file:"
                        + " content/reviews/bun.md does not exist; content/reviews/bun/index.md is that page's file:"
                        + " write 'bun/index.md#sources'");
        MiniSite.write(dir, "-- content/reviews/beta.md --\n" + MiniSite.review("Beta", "2025-01-02", "")
                + "\n[slash](bun/) [folder](bun) [section](bun#sources) [moved](bun/index.md#sources)\n");
        run = build();
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(page("reviews/beta/")).contains("<a href=\"../../reviews/bun/\">slash</a>",
                "<a href=\"../../reviews/bun/\">folder</a>", "<a href=\"../../reviews/bun/#sources\">section</a>",
                "<a href=\"../../reviews/bun/#sources\">moved</a>");
    }

    /** A fragment on a page the templates make is checked against the ids that page was written with. */
    @Test
    void aFragmentOnAGeneratedPageIsCheckedAgainstItsIds() throws IOException {
        MiniSite.write(dir, CONFIG + "-- content/reviews/beta.md --\n" + MiniSite.review("Beta", "2025-01-02", "")
                + "\n[home](/#main) [sources](/sources/#nope) [tags](../../tags/#zzz) [file](/sources/index.html#main)\n");
        Cli.Run run = build();
        assertThat(run.diagnostics()).as(run.all()).containsExactly(
                "content/reviews/beta.md:19:16: error: link '/sources/#nope': no heading or anchor 'nope' on the page"
                        + " sources/",
                "content/reviews/beta.md:19:42: error: link '../../tags/#zzz': no heading or anchor 'zzz' on the page"
                        + " tags/");
    }

    /**
     * As in Hugo, the other Markdown files of a bundle are neither pages nor published: an
     * author's notes and drafts stay out of the site, and a warning says so. Hidden files and
     * editor backups stay out too.
     */
    @Test
    void otherMarkdownFilesInABundleAreNeitherPagesNorPublished() throws IOException {
        MiniSite.write(dir, CONFIG + "-- content/reviews/rb/index.md --\n"
                + MiniSite.review("Bundle", "2025-01-01", "") + "\n![Plot](plot.png)\n"
                + "-- content/reviews/rb/plot.png --\npng\n"
                + "-- content/reviews/rb/notes.md --\n# Notes\n"
                + "-- content/reviews/rb/.DS_Store --\nx\n-- content/reviews/rb/.git/config --\nx\n"
                + "-- content/reviews/rb/index.md~ --\nbackup\n"
                + "-- content/guide/index.md --\n---\ntitle: Guide\n---\n\nThe guide.\n"
                + "-- content/guide/part/draft.md --\n---\ndraft: true\n---\nNot for publication.\n");
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.diagnostics()).as(run.all()).containsExactly(
                "content/guide/part/draft.md:1:1: warning: Markdown file in the page bundle of content/guide/index.md:"
                        + " neither a page nor published (only the bundle's index.md is a page); move it out of"
                        + " content/guide/ to make it a page",
                "content/reviews/rb/notes.md:1:1: warning: Markdown file in the page bundle of"
                        + " content/reviews/rb/index.md: neither a page nor published (only the bundle's index.md is a"
                        + " page); move it out of content/reviews/rb/ to make it a page");
        assertThat(dir.resolve("site/reviews/rb/plot.png")).exists();
        assertThat(dir.resolve("site/reviews/rb/notes.md")).doesNotExist();
        assertThat(dir.resolve("site/reviews/rb/notes")).doesNotExist();
        assertThat(dir.resolve("site/reviews/rb")).isDirectoryNotContaining("glob:**/.*")
                .isDirectoryNotContaining("glob:**~");
        assertThat(dir.resolve("site/guide/part")).doesNotExist();
    }

    @Test
    void contentIndexWouldBeTheGeneratedHomePageAndIsReportedAsReserved() {
        MiniSite.write(dir, CONFIG + "-- content/index.md --\n---\ntitle: Home\n---\n\nWelcome.\n");
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        assertThat(run.diagnostics()).containsExactly("content/index.md:2:1: error: page URL '/' is reserved"
                + " for the generated site; rename the file or set a slug");
    }

    @Test
    void relativeImageAndFileLinksToNothingAreErrorsAtTheirMarkdown() {
        MiniSite.write(dir, CONFIG + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01", "")
                + "\n![Chart](chart.png)\n\n[PDF](/files/paper.pdf)\n");
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        assertThat(run.diagnostics()).containsExactly(
                "content/reviews/a.md:19:1: error: link 'chart.png' points to nothing in the site",
                "content/reviews/a.md:21:1: error: link '/files/paper.pdf' points to nothing in the site");
    }

    @Test
    void rootRelativeLinksLeadToTheSiteRootUnderTheSubPathOfBaseUrl() throws IOException {
        MiniSite.write(dir, CONFIG + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01", "")
                + "\n![Logo](/images/logo.png)\n\nSee [about](/about/).\n"
                + "-- static/images/logo.png --\npng\n-- content/about.md --\nAbout.\n");
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.diagnostics()).as(run.all()).isEmpty();
        // From https://user.github.io/evidence/reviews/a/, ../../ is https://user.github.io/evidence/.
        assertThat(page("reviews/a/")).contains("<img src=\"../../images/logo.png\" alt=\"Logo\" />",
                "<a href=\"../../about/\">about</a>",
                "<link rel=\"canonical\" href=\"https://user.github.io/evidence/reviews/a/\">");
    }

    @Test
    void extraReachesTemplatesAsWrittenAndUnknownKeysOutsideItStillWarn() throws IOException {
        MiniSite.write(dir, CONFIG + "extra:\n  issn: 1234-5678\n  mirrors: [a, b]\n"
                + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01",
                        "extra:\n  funding: Wellcome Trust\n  reviewers: [Ana, Bo]\n  registered: true\n"
                                + "  round: 2\n  nested: {x: 1.5}\nfundng: oops")
                + "-- content/about.md --\n---\ntitle: About\nextra:\n  contact: desk@example.org\n---\nAbout.\n"
                + "-- templates/review.ftlh --\n${page.review.extra.funding}|${page.review.extra.reviewers?join(\",\")}"
                + "|${page.review.extra.registered?c}|${page.review.extra.round + 1}|${page.review.extra.nested.x}"
                + "|${site.extra.issn}|${site.extra.mirrors?size}\n"
                + "-- templates/page.ftlh --\n${page.page.extra.contact}|${site.extra.issn}\n");
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.diagnostics()).containsExactly(
                "content/reviews/a.md:11:1: warning: unknown key 'fundng'");
        assertThat(page("reviews/a/")).isEqualTo("Wellcome Trust|Ana,Bo|true|3|1.5|1234-5678|2\n");
        assertThat(page("about/")).isEqualTo("desk@example.org|1234-5678\n");
    }

    @Test
    void extraThatIsNotAMappingIsAnErrorAtItsValue() {
        MiniSite.write(dir, CONFIG + "-- content/reviews/a.md --\n"
                + MiniSite.review("Alpha", "2025-01-01", "extra: [not, a, mapping]"));
        Cli.Run run = build();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.diagnostics()).containsExactly(
                "content/reviews/a.md:5:8: error: 'extra' must be a mapping of 'key: value' lines");
    }

    /** A review in a folder of its own is one error saying where reviews go, not a page's misleading ones. */
    @Test
    void aReviewInAFolderOfItsOwnIsToldWhereReviewsGo() {
        MiniSite.write(dir, "-- site.yaml --\nbaseUrl: https://example.org\n"
                + "-- content/reviews/2024/deeper.md --\n" + MiniSite.review("Deeper", "2025-03-07", ""));
        Cli.Run run = Cli.run("check", "-s", dir.toString());
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        assertThat(run.diagnostics()).containsExactly("content/reviews/2024/deeper.md:1:1: error: a review is"
                + " content/reviews/<slug>.md or content/reviews/<slug>/index.md, not in a folder of its own: move this"
                + " file to content/reviews/deeper.md");
    }

    /** A publisher's own robots.txt (a staging copy that must not be indexed) replaces the generated one. */
    @Test
    void aStaticRobotsTxtReplacesTheGeneratedOne() throws IOException {
        MiniSite.write(dir, "-- site.yaml --\nbaseUrl: https://example.org\n"
                + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-03-07", ""));
        assertThat(build().exit()).isZero();
        assertThat(Files.readString(dir.resolve("site/robots.txt"))).contains("Sitemap: https://example.org/sitemap.xml");
        MiniSite.write(dir, "-- static/robots.txt --\nUser-agent: *\nDisallow: /\n");
        Cli.Run run = build();
        assertThat(run.diagnostics()).as(run.all()).isEmpty();
        assertThat(Files.readString(dir.resolve("site/robots.txt"))).isEqualTo("User-agent: *\nDisallow: /\n");
    }

    /** A site that gives no description has none: no English sentence on a German home page or in its feed. */
    @Test
    void aSiteWithoutADescriptionShowsNone() throws IOException {
        MiniSite.write(dir, "-- site.yaml --\nbaseUrl: https://example.org\nlanguage: de\n"
                + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-03-07", ""));
        assertThat(build().exit()).isZero();
        assertThat(page("")).doesNotContain("class=\"lede\"", "name=\"description\"");
        assertThat(Files.readString(dir.resolve("site/feed.xml"))).doesNotContain("<subtitle>");
    }

    /** A figure's alt text keeps its citation, as a plain image's does. */
    @Test
    void aFiguresAltTextKeepsItsCitation() throws IOException {
        MiniSite.write(dir, "-- site.yaml --\nbaseUrl: https://example.org\n"
                + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-03-07", "")
                + "\n![Trials pooled in [@s1]](https://example.org/x.png \"Figure 1. Pooled trials\")\n");
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(page("reviews/a/")).contains("alt=\"Trials pooled in (1)\"", "<figcaption>Figure 1. Pooled trials");
    }

    /** A review left out for an error in its front matter is still checked, in its own language. */
    @Test
    void aReviewInItsOwnLanguageWithAnErrorIsReportedNotACrash() {
        MiniSite.write(dir, "-- site.yaml --\nbaseUrl: https://example.org\n"
                + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-03-07", "")
                + "-- content/about.md --\n---\ntitle: Über uns\nlanguage: de\ndate: 2026-13-01\n---\n\nText.\n"
                + "-- content/reviews/b.md --\n" + MiniSite.review("Beta", "2025-03-08", "language: fr\nupdated: x"));
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        assertThat(run.all()).doesNotContain("internal error");
        assertThat(run.diagnostics()).hasSize(2).allMatch(d -> d.contains(": error: "))
                .anyMatch(d -> d.startsWith("content/about.md:4:7:")).anyMatch(d -> d.startsWith("content/reviews/b.md:6:10:"));
    }

    @Test
    void labelsComeFromTheLanguageWithSiteOverridesAndAReviewMayHaveItsOwn() throws IOException {
        MiniSite.write(dir, "-- site.yaml --\nbaseUrl: https://example.org\nlanguage: de\n"
                + "-- i18n/de.yaml --\nsources: Literatur\nsorces: typo\n"
                + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-03-07", "")
                + "-- content/reviews/b.md --\n" + MiniSite.review("Beta", "2025-03-08", "language: fr"));
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.diagnostics()).containsExactly(
                "i18n/de.yaml:2:1: warning: unknown label key 'sorces'; did you mean 'sources'?");
        assertThat(page("reviews/a/")).contains("<html lang=\"de\">", "<h2 id=\"sources\">Literatur</h2>",
                "<h2 id=\"study-overview\">Studie im Überblick</h2>", "<time datetime=\"2025-03-07\">7. März 2025</time>",
                "<meta property=\"og:locale\" content=\"de_DE\">");
        assertThat(page("reviews/b/")).contains("<html lang=\"fr\">", "\"inLanguage\":\"fr\"",
                "<meta property=\"og:locale\" content=\"fr_FR\">",
                "<h2 id=\"sources\">Sources</h2>",
                "<h2 id=\"study-overview\">L’étude en bref</h2>", "8 mars 2025");
        assertThat(page("")).contains("<html lang=\"de\">", "Übersichten", "7. März 2025",
                "<a href=\"reviews/b/\" lang=\"fr\">Beta</a>", "<a href=\"reviews/a/\">Alpha</a>");
        // The Sources index names each citing review in its own language too.
        assertThat(page("sources/")).contains("<a href=\"../reviews/b/#source-1\" lang=\"fr\">Beta</a>",
                "<a href=\"../reviews/a/#source-1\">Alpha</a>");
        assertThat(Files.readString(dir.resolve("site/feed.xml"))).contains("<entry xml:lang=\"fr\">")
                .containsOnlyOnce("xml:lang=\"fr\"");
    }

    /** A review's front matter copied from another keeps its DOI: two works under one DOI is a warning at the later. */
    @Test
    void twoReviewsWithOneDoiAreAWarning() {
        MiniSite.write(dir, "-- site.yaml --\nbaseUrl: https://example.org\n"
                + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-03-07", "doi: 10.5555/ep.2026.001")
                + "-- content/reviews/b.md --\n" + MiniSite.review("Beta", "2025-03-08", "doi: https://doi.org/10.5555/EP.2026.001"));
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.diagnostics()).containsExactly("content/reviews/b.md:5:6: warning: doi '10.5555/EP.2026.001' is"
                + " also the doi of content/reviews/a.md: a DOI names one work");
    }

    /** A date format with a time field parses but cannot write a date: an error at its line, not at every page. */
    @Test
    void aDateFormatThatCannotWriteADateIsAnErrorAtItsLine() {
        MiniSite.write(dir, "-- site.yaml --\nbaseUrl: https://example.org\n"
                + "-- i18n/en.yaml --\nsources: References\ndate_format: \"d MMM uuuu, HH:mm\"\n"
                + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-03-07", ""));
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        assertThat(run.diagnostics()).singleElement().asString()
                .startsWith("i18n/en.yaml:2:1: error: date_format \"d MMM uuuu, HH:mm\" is not a date pattern: ");
    }

    /** A revision dated in the future has not happened: the page, feed and sitemap would announce it. */
    @Test
    void anUpdateAfterTodayIsAWarning() {
        MiniSite.write(dir, "-- site.yaml --\nbaseUrl: https://example.org\n"
                + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-03-07", "updated: 2099-01-01"));
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.diagnostics()).singleElement().asString()
                .startsWith("content/reviews/a.md:5:10: warning: updated 2099-01-01 is after today (")
                .endsWith("); 'updated' is a revision already made");
    }

    @Test
    void aMissingLabelFallsBackToEnglishWithAWarningNamingTheKey() throws IOException {
        MiniSite.write(dir, "-- site.yaml --\nbaseUrl: https://example.org\nlanguage: it\n"
                + "-- i18n/it.yaml --\nsources: Fonti\ndate_format: d MMMM uuuu\n"
                + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-03-07", ""));
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isZero();
        // One warning for the file, not one per key: a begun translation would bury every other warning.
        assertThat(run.diagnostics()).singleElement().asString()
                .startsWith("i18n/it.yaml:1:1: warning: ")
                .matches(".*: \\d{3} labels are missing for language 'it': '[a-z_]+', '[a-z_]+', .* and \\d{3} more;"
                        + " the English texts are used \\(the keys are those of the shipped English file\\)");
        assertThat(page("reviews/a/")).contains("<html lang=\"it\">", "<h2 id=\"sources\">Fonti</h2>",
                "<h2 id=\"toc\">Table of Contents</h2>", "7 marzo 2025");

        MiniSite.write(dir, "-- site.yaml --\nbaseUrl: https://example.org\nlanguage: en-GB\n");
        assertThat(build().diagnostics()).isEmpty();
        assertThat(page("reviews/a/")).contains("<html lang=\"en-GB\">", "<h2 id=\"toc\">Table of Contents</h2>");

        MiniSite.write(dir, "-- site.yaml --\nbaseUrl: https://example.org\nlanguage: pt\n");
        Cli.Run none = build();
        // At the language: line that names it, not at the file it asks for, which is not there.
        assertThat(none.diagnostics()).containsExactly("site.yaml:2:11: warning: no labels for language 'pt':"
                + " English is used; translate the keys of the English file into i18n/pt.yaml");
        // Not English's order with Portuguese months ("março 7, 2025"): the language's own long date.
        assertThat(page("reviews/a/")).contains("7 de março de 2025");
    }

    @Test
    void aLevelOneHeadingInAReviewBodyIsAWarningAtItsLine() {
        MiniSite.write(dir, CONFIG + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01", "")
                + "\n# Second title\n\nText.\n\n```\n# not a heading\n```\n"
                + "-- content/about.md --\n## Team\n\nA plain page's sections are level 2 as well.\n");
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.diagnostics()).containsExactly("content/reviews/a.md:19:1: warning: level-1 heading"
                + " 'Second title': the review's title is its only top-level heading; use '## ' here");
        assertThat(Cli.run("build", "-s", dir.toString(), "--strict").exit()).isEqualTo(1);
    }

    @Test
    void aLevelOneHeadingInAPlainPageIsAWarningAsInAReview() {
        // The page template writes the title as the h1: "About" from the file name, then "About us".
        MiniSite.write(dir, CONFIG + "-- content/about.md --\n# About us\n\nWho we are.\n"
                + "-- content/contact.md --\n---\ntitle: Contact\n---\nWrite to us.\n\n# Postal address\n\nA street.\n"
                + "-- content/team.md --\n---\ntitle: Our team\n---\n# Our Team\n\nWho we are.\n");
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.diagnostics()).containsExactly(
                "content/about.md:1:1: warning: level-1 heading 'About us': the page's title is its only top-level"
                        + " heading; use '## ' here, or make it the page's title in front matter (title: About us)",
                "content/contact.md:6:1: warning: level-1 heading 'Postal address': the page's title is its only"
                        + " top-level heading; use '## ' here",
                "content/team.md:4:1: warning: level-1 heading 'Our Team' repeats the page's title, which its page"
                        + " shows above the text already; delete this heading");
    }

    /** The title a level-1 heading suggests is YAML the author can paste, quoted where plain YAML breaks. */
    @Test
    void theSuggestedTitleOfALevelOneHeadingIsValidYaml() {
        MiniSite.write(dir, CONFIG + "-- content/omega.md --\n# Omega-3: a \"review\"\n\nText.\n"
                + "-- content/update.md --\n# [Update] new trials\n\nText.\n");
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.diagnostics()).containsExactly(
                "content/omega.md:1:1: warning: level-1 heading 'Omega-3: a \"review\"': the page's title is its only"
                        + " top-level heading; use '## ' here, or make it the page's title in front matter"
                        + " (title: \"Omega-3: a \\\"review\\\"\")",
                "content/update.md:1:1: warning: level-1 heading '[Update] new trials': the page's title is its only"
                        + " top-level heading; use '## ' here, or make it the page's title in front matter"
                        + " (title: \"[Update] new trials\")");
    }

    @Test
    void aBuildWithoutBaseUrlSaysWhatToSetWhileCheckAndAnExplicitBaseUrlDoNot() {
        MiniSite.write(dir, "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01", ""));
        String warning = "site.yaml:1:1: warning: no baseUrl: canonical links, Open Graph tags, the feed, the sitemap"
                + " and robots.txt point to http://localhost:8080/; set baseUrl in site.yaml"
                + " (e.g. 'baseUrl: https://example.org/') or pass --base-url";
        assertThat(build().diagnostics()).containsExactly("site.yaml:1:1: warning: no site.yaml, so no baseUrl:"
                + " canonical links, Open Graph tags, the feed, the sitemap and robots.txt point to"
                + " http://localhost:8080/; create site.yaml with baseUrl (e.g. 'baseUrl: https://example.org/')"
                + " or pass --base-url");
        MiniSite.write(dir, "-- site.yaml --\ntitle: No address yet\n");
        assertThat(build().diagnostics()).containsExactly(warning);
        assertThat(Cli.run("check", "-s", dir.toString()).diagnostics()).isEmpty();
        assertThat(Cli.run("build", "-s", dir.toString(), "--base-url", "https://example.org/").diagnostics()).isEmpty();
        MiniSite.write(dir, "-- site.yaml --\nbaseUrl: https://example.org/\n");
        assertThat(build().diagnostics()).isEmpty();
        // Malformed further down: the YAML error is the one to fix, not a baseUrl that is there.
        MiniSite.write(dir, "-- site.yaml --\nbaseUrl: https://example.org/\ntitle: [a\n");
        assertThat(build().diagnostics()).singleElement().asString().contains("error: malformed YAML");
    }

    @Test
    void theAlphabeticalSourcesIndexPagesThroughPreviousAndNextNotNewerAndOlder() throws IOException {
        StringBuilder site = new StringBuilder(CONFIG + "page_size: 1\n");
        for (int i = 1; i <= 6; i++) {
            site.append("-- content/reviews/r").append(i).append(".md --\n")
                    .append(MiniSite.review("Review " + i, "2025-01-0" + i, ""));
        }
        MiniSite.write(dir, site.toString());
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(page("sources/")).contains("<a rel=\"next\" href=\"../sources/page/2/\">Next →</a>").doesNotContain("Older");
        assertThat(page("sources/page/2/")).contains("\">← Previous</a>")
                .doesNotContain("Newer");
        assertThat(page("")).contains("Older →");
    }
}
