package org.evidencepress.cli;

import org.evidencepress.pipeline.Trees;
import org.evidencepress.testing.Cli;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSL styles on pages: Vancouver for the whole site, APA and AMA named by single reviews.
 * The texts are citeproc-js's (the csl package proves its formatter equals citeproc-js under
 * Node); here the page must carry them with each part linked to its source, the list in
 * the style's order with {@code id="source-N"} and back-links to every citation.
 */
class ReferencesCslEndToEndTest {
    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() {
        Path site = tmp.resolve("src");
        Trees.copy(Cli.site("references-csl"), site);
        Cli.Run run = Cli.run("build", "--source", site.toString());
        assertThat(run.diagnostics()).isEmpty();
        assertThat(run.exit()).isZero();
        out = site.resolve("site");
    }

    private static String page(String slug) throws IOException {
        return Files.readString(out.resolve("reviews/" + slug + "/index.html"), StandardCharsets.UTF_8);
    }

    /** Each citation with its links reduced to "[N:text]", in page order. */
    private static List<String> citations(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("<span class=\"citation\">(.*?)</span>").matcher(html);
        while (m.find()) {
            found.add(m.group(1).replaceAll("<a href=\"#source-(\\d+)\"(?: id=\"[^\"]+\")? class=\"cite-link\">(.*?)</a>",
                    "[$1:$2]"));
        }
        return found;
    }

    /** The Sources entries as "N text". */
    private static List<String> entries(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("<li class=\"source\" id=\"source-(\\d+)\">\\n<span class=\"source-styled\">(.*?)</span>")
                .matcher(html);
        while (m.find()) {
            // The style's text, addresses shown as it writes them (they are links on the page).
            found.add(m.group(1) + " " + m.group(2).replaceAll("<a href=\"(https?://[^\"]*)\">\\1</a>", "$1"));
        }
        return found;
    }

    @Test
    void vancouverNumbersEverySourceByFirstCitation() throws IOException {
        String html = page("numeric");
        assertThat(html).as("a styled entry's address is a link, as in Pandoc and Quarto")
                .contains("<a href=\"https://www.nature.com/articles/nri.2015.5\">https://www.nature.com/articles/nri.2015.5</a>");
        assertThat(citations(html)).containsExactly(
                "([1:1])", "([2:2])",
                "[3:Miller and Raison] ([3:3])", "(see [3:3],also [4:4])",
                "([2:2],[5:5])");
        assertThat(entries(html)).containsExactly(
                "1 DerSimonian R, Laird N. Meta-analysis in clinical trials. Controlled Clinical Trials. 1986 Sep;7(3):177–88.",
                "2 Higgins JPT, Thompson SG. Quantifying heterogeneity in a meta-analysis. Statistics in Medicine. 2002 Jun 15;21(11):1539–58.",
                "3 Miller AH, Raison CL. The role of inflammation in depression: from evolutionary imperative to modern"
                        + " treatment target. Nature Reviews Immunology [Internet]. 2016 Jan;16(1):22–34. Available from:"
                        + " https://www.nature.com/articles/nri.2015.5",
                "4 Ioannidis JPA. Why most published research findings are false. PLoS Medicine. 2005 Aug;2(8):e124.",
                "5 Viechtbauer W. Conducting meta-analyses in R with the metafor package. Journal of Statistical Software. 2010;36(3):1–48.",
                "6 Sterne JAC, Savović J, Page MJ, Higgins JPT, et al. RoB 2: a revised tool for assessing risk of bias in randomised trials."
                        + " BMJ. 2019;366:l4898.");
        // Anchors follow the new numbers, and every citation of a source is linked back.
        assertThat(html).contains("id=\"cite-2-1\" class=\"cite-link\">2</a>", "id=\"cite-2-2\" class=\"cite-link\">2</a>",
                "<a class=\"backref\" href=\"#cite-2-1\"", "<a class=\"backref\" href=\"#cite-2-2\"");
    }

    @Test
    void apaOrdersByAuthorAndSuppressesTheAuthorWhereAsked() throws IOException {
        String html = page("author-date");
        assertThat(citations(html)).containsExactly(
                "([1:DerSimonian &#38; Laird, 1986])", "([4:Higgins &#38; Thompson, 2002, p. 1540])",
                "[6:Miller &#38; Raison] ([6:2016])",
                "(also [5:Ioannidis, 2005, Chapter 2]; see [6:Miller &#38; Raison, 2016])",
                "([4:2002])", "([3:Higgins et al., 2019, Section 10.10])",
                "([7:World Health Organization, 2020])", "[2:Guyatt et al.] ([2:2011])");
        assertThat(entries(html)).extracting(e -> e.substring(0, e.indexOf('('))).containsExactly(
                "1 DerSimonian, R., &#38; Laird, N. ",
                "2 Guyatt, G. H., Oxman, A. D., Schünemann, H. J., Tugwell, P., &#38; Knottnerus, A. ",
                "3 Higgins, J. P. T., Thomas, J., Chandler, J., Cumpston, M., Li, T., Page, M. J., &#38; Welch, V. A. ",
                "4 Higgins, J. P. T., &#38; Thompson, S. G. ",
                "5 Ioannidis, J. P. A. ",
                "6 Miller, A. H., &#38; Raison, C. L. ",
                "7 World Health Organization. ");
        assertThat(entries(html).get(0)).isEqualTo("1 DerSimonian, R., &#38; Laird, N. (1986). Meta-analysis in clinical"
                + " trials. <i>Controlled Clinical Trials</i>, <i>7</i>(3), 177–188. https://doi.org/10.1016/0197-2456(86)90046-2");
    }

    @Test
    void amaKeepsItsSuperscriptsOutsideTheLinks() throws IOException {
        String html = page("ama");
        assertThat(citations(html)).containsExactly(
                "<sup>[1:1]</sup>", "<sup>[2:2(pp1540-1541)]</sup>",
                "[3:Miller and Raison] <sup>[3:3]</sup>", "<sup>see [3:3],also [4:4]</sup>");
        assertThat(entries(html).get(2)).isEqualTo("3 Miller AH, Raison CL. The role of inflammation in depression: from"
                + " evolutionary imperative to modern treatment target. <i>Nature Reviews Immunology</i>."
                + " 2016;16(1):22-34. doi:10.1038/nri.2015.5");
    }

    /** A review's {@code language} localizes its style's terms, even over AMA's default-locale, as Pandoc's lang does. */
    @Test
    void theReviewLanguageGivesTheStyleItsTerms() throws IOException {
        Path site = tmp.resolve("german");
        Trees.copy(Cli.site("references-csl").resolve("references"), site.resolve("references"));
        String review = """
                ---
                title: %s
                date: 2026-01-10
                study: {year: 2016, journal: Nature Reviews Immunology, population: Adults}
                %s
                ---
                @miller_role_2016 sagen es [@cochrane_handbook_2019, p. 33].
                """;
        MiniSite.write(site, "-- site.yaml --\ntitle: T\nlanguage: en\nbibliography: references/library.bib\n"
                + "csl: american-medical-association\n"
                + "-- content/reviews/de.md --\n" + review.formatted("De", "language: de")
                + "-- content/reviews/en.md --\n" + review.formatted("En", "")
                + "-- content/reviews/apa.md --\n" + review.formatted("Apa", "language: de\ncsl: apa"));

        Cli.Run run = Cli.run("build", "--source", site.toString());

        assertThat(run.exit()).as(run.all()).isZero();
        String de = Files.readString(site.resolve("site/reviews/de/index.html"), StandardCharsets.UTF_8);
        assertThat(citations(de).get(0)).startsWith("[1:Miller und Raison] ");
        assertThat(entries(de).get(1)).contains("2. Aufl.");
        String en = Files.readString(site.resolve("site/reviews/en/index.html"), StandardCharsets.UTF_8);
        assertThat(citations(en).get(0)).startsWith("[1:Miller and Raison] ");
        assertThat(entries(en).get(1)).contains("2nd ed.");
        String apa = Files.readString(site.resolve("site/reviews/apa/index.html"), StandardCharsets.UTF_8);
        assertThat(citations(apa).get(1)).isEqualTo("([1:Higgins et al., 2019, S. 33])");
        assertThat(entries(apa).get(0)).contains("(Hrsg.)");
    }

    /**
     * Vancouver writes "(1–3)" for three consecutive works: the middle one has no text of its
     * own, yet its back-link must land on that citation, as the others' do.
     */
    @Test
    void aCollapsedRangeKeepsAnAnchorForEveryWorkInIt() throws IOException {
        Path site = oneReview("range", "baseUrl: https://example.org\ncsl: vancouver\n",
                "Three works [@Sterne2019; @Higgins2002; @miller_role_2016].\nThe second again [@Higgins2002].\n");

        Cli.Run run = Cli.run("build", "--source", site.toString());

        assertThat(run.diagnostics()).as(run.all()).isEmpty();
        // The summary counts the bibliography entries the page lists, as it counts inline sources.
        assertThat(run.all()).contains(" 1 review, 3 sources, ");
        String html = Files.readString(site.resolve("site/reviews/r/index.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<span class=\"citation\">(<a href=\"#source-1\" id=\"cite-1-1\" class=\"cite-link\">1</a>"
                + "–<span id=\"cite-2-1\"></span><a href=\"#source-3\" id=\"cite-3-1\" class=\"cite-link\">3</a>)</span>");
        assertThat(html).contains("href=\"#cite-2-1\"", "href=\"#cite-2-2\"");
    }

    /** One work cited twice in one citation, at two pages: each place keeps the anchor its back-link returns to. */
    @Test
    void aWorkCitedTwiceInOneCitationKeepsBothAnchors() throws IOException {
        for (String style : List.of("vancouver", "apa")) {
            String html = builtPage("twice-" + style, "baseUrl: https://example.org\ncsl: " + style + "\n",
                    "Twice [@Higgins2002, p. 1540; @Higgins2002, p. 1552] and [@Sterne2019].\n");

            assertThat(html).as(style).contains("id=\"cite-1-1\"", "id=\"cite-1-2\"", "href=\"#cite-1-1\"",
                    "href=\"#cite-1-2\"");
        }
    }

    /**
     * Markdown in a prefix or suffix reaches the style as the rich text Zotero passes
     * citeproc-js ("<i>see</i>"), so it keeps its emphasis and the space after it.
     */
    @Test
    void prefixesAndSuffixesKeepTheirMarkdown() throws IOException {
        String html = builtPage("affixes", "baseUrl: https://example.org\ncsl: apa\n",
                "Shown [*see* @Higgins2002, p. 1540, **emphasis added**; also @Sterne2019 *passim*].\n");

        assertThat(citations(html)).containsExactly("(<i>see</i> [1:Higgins &#38; Thompson, 2002, p. 1540],"
                + " <b>emphasis added</b>; also [2:Sterne et al., 2019] <i>passim</i>)");
    }

    /** A style that does not sort its citations keeps the order written, as citeproc-js and Pandoc do. */
    @Test
    void aStyleWithoutCitationSortKeepsTheWrittenOrder() throws IOException {
        String html = builtPage("written-order", "baseUrl: https://example.org\ncsl: chicago-author-date\n",
                "First [@Higgins2002]. Then [@Sterne2019; @Higgins2002].\n");

        assertThat(citations(html)).containsExactly("([1:Higgins and Thompson 2002])",
                "([2:Sterne et al. 2019]; [1:Higgins and Thompson 2002])");
    }

    /** "Cite this review" is in the site's style too (SPEC 8), its address a link as before. */
    @Test
    void citeThisReviewIsInTheSitesStyle() throws IOException {
        String html = builtPage("cite-this", "baseUrl: https://example.org\ncsl: vancouver\n", "Text [@Sterne2019].\n");

        assertThat(html).contains(
                "<p class=\"cite-text\">T. R. T [Internet]. 2026 Jan 10; Available from:"
                        + " <a href=\"https://example.org/reviews/r/\">https://example.org/reviews/r/</a></p>");
    }

    /** A review with a DOI: the style's text as it is, the DOI it prints made the link, nothing appended. */
    @Test
    void citeThisReviewLinksTheDoiTheStylePrints() throws IOException {
        Path site = tmp.resolve("cite-doi");
        Trees.copy(Cli.site("references-csl").resolve("references"), site.resolve("references"));
        MiniSite.write(site, "-- site.yaml --\ntitle: T\nbaseUrl: https://example.org\ncsl: american-medical-association\n"
                + "bibliography: references/library.bib\n"
                + "-- content/reviews/r.md --\n---\ntitle: R\ndate: 2026-01-10\nauthor: [Ana Lima]\n"
                + "doi: 10.5555/ep.2026.001\nstudy: {year: 2016, journal: J, population: Adults}\n---\nText [@Sterne2019].\n");

        Cli.Run run = Cli.run("build", "--source", site.toString());

        assertThat(run.diagnostics()).as(run.all()).isEmpty();
        assertThat(Files.readString(site.resolve("site/reviews/r/index.html"), StandardCharsets.UTF_8)).contains(
                "<p class=\"cite-text\">Lima A. R. <i>T</i>. Published online January 10, 2026."
                        + " doi:<a href=\"https://doi.org/10.5555/ep.2026.001\">10.5555/ep.2026.001</a></p>");
    }

    /**
     * A Wiley SICI DOI holds "<" and ">", which the style prints as "&#60;" and "&#62;": the
     * link is the whole DOI, percent-encoded; a url with a space and quotes is linked whole.
     */
    @Test
    void aStyledEntryLinksItsWholeDoiAndUrlWhateverTheyHold() throws IOException {
        Path site = tmp.resolve("sici");
        MiniSite.write(site, "-- site.yaml --\ntitle: T\nbaseUrl: https://example.org\ncsl: apa\n"
                + "-- content/reviews/r.md --\n---\ntitle: R\ndate: 2026-01-10\n"
                + "study: {year: 1998, journal: Statistics in Medicine, population: Adults}\nsources:\n"
                + "  - id: newcombe1998\n    title: \"Two-sided confidence intervals for the single proportion:"
                + " comparison of seven methods\"\n    authors: [Robert G. Newcombe]\n    journal: Statistics in Medicine\n"
                + "    year: 1998\n    doi: \"10.1002/(SICI)1097-0258(19980430)17:8<857::AID-SIM777>3.0.CO;2-E\"\n"
                + "  - id: page\n    type: webpage\n    title: A page\n    url: 'https://example.org/a b?q=\"1\"'\n"
                + "---\nText [@newcombe1998; @page].\n");

        Cli.Run run = Cli.run("build", "--source", site.toString());

        assertThat(run.diagnostics()).as(run.all()).isEmpty();
        String page = Files.readString(site.resolve("site/reviews/r/index.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("<a href=\"https://doi.org/10.1002/(SICI)1097-0258(19980430)17:8%3C857::AID-SIM777%3E"
                        + "3.0.CO;2-E\">https://doi.org/10.1002/(SICI)1097-0258(19980430)17:8&#60;857::AID-SIM777&#62;"
                        + "3.0.CO;2-E</a>",
                "<a href=\"https://example.org/a%20b?q=%221%22\">https://example.org/a b?q=\"1\"</a>");
    }

    /**
     * A work's language from its BibTeX langid reaches citeproc-js, which title-cases the
     * journal of an English work only: a German journal keeps its lower-case words in APA.
     */
    @Test
    void aGermanWorkKeepsItsLowerCaseInApa() throws IOException {
        Path site = tmp.resolve("german-work");
        MiniSite.write(site, "-- site.yaml --\ntitle: T\nbaseUrl: https://example.org\ncsl: apa\nbibliography: library.bib\n"
                + "-- library.bib --\n@article{goedel_uber_1931, author = {G{\\\"o}del, Kurt}, year = {1931},\n"
                + "  title = {{\\\"U}ber formal unentscheidbare {S}{\\\"a}tze der {Principia} {Mathematica} und verwandter"
                + " {Systeme} {I}},\n  journal = {Monatshefte f{\\\"u}r Mathematik und Physik}, volume = {38},"
                + " pages = {173--198},\n  doi = {10.1007/BF01700692}, langid = {german}}\n"
                + "-- content/reviews/r.md --\n---\ntitle: R\ndate: 2026-01-10\n"
                + "study: {year: 1931, journal: J, population: Adults}\n---\nText [@goedel_uber_1931].\n");

        Cli.Run run = Cli.run("build", "--source", site.toString());

        assertThat(run.diagnostics()).as(run.all()).isEmpty();
        assertThat(entries(Files.readString(site.resolve("site/reviews/r/index.html"), StandardCharsets.UTF_8)))
                .singleElement().asString().contains("Gödel, K. (1931). Über formal unentscheidbare Sätze der Principia"
                        + " Mathematica und verwandter Systeme I. <i>Monatshefte für Mathematik und Physik</i>, <i>38</i>,"
                        + " 173–198.");
    }

    /** A site that names no language leaves a style fixed to one (DIN 1505-2: de-DE) in its own, as Pandoc does. */
    @Test
    void aStyleKeepsItsOwnLanguageWhenTheSiteNamesNone() throws IOException {
        String unnamed = dinPage("unnamed", "");
        String german = dinPage("german", "language: de\n");
        String english = dinPage("english", "language: en\n");

        assertThat(sourcesList(unnamed)).isEqualTo(sourcesList(german));
        assertThat(citations(unnamed)).isEqualTo(citations(german));
        assertThat(sourcesList(english)).isNotEqualTo(sourcesList(german));
        assertThat(String.join("\n", sourcesList(german))).contains("2. Aufl.");
    }

    /** A folder where the style file should be is named as a folder, not reported as missing. */
    @Test
    void aStylePathThatIsAFolderSaysSo() throws IOException {
        Path site = oneReview("style-folder", "baseUrl: https://example.org/\ncsl: styles/house.csl\n",
                "As @miller_role_2016 say.\n");
        Files.createDirectories(site.resolve("styles/house.csl"));
        Cli.Run run = Cli.run("build", "--source", site.toString());
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        assertThat(run.err()).contains("site.yaml:3:6: error: CSL style path 'styles/house.csl' is a folder,"
                + " not a .csl file");
    }

    /** The repository's styles without a bibliography (note and legal styles) keep the default Sources list. */
    @Test
    void aRepositoryStyleWithoutABibliographyStillBuilds() throws IOException {
        Path site = oneReview("notes-style", "baseUrl: https://example.org/\ncsl: bluebook-inline\n",
                "As @miller_role_2016 say [@cochrane_handbook_2019, p. 33].\n");
        Cli.Run run = Cli.run("build", "--source", site.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(Files.readString(site.resolve("site/reviews/r/index.html"), StandardCharsets.UTF_8))
                .contains("id=\"source-1\"", "id=\"source-2\"");
    }

    /**
     * A note style's citations are footnotes, as Pandoc and Quarto make them: numbered with
     * the author's own notes, the mark after the sentence's punctuation, "Ibid." where the
     * note before cites the same work, a narrative citation's names left in the sentence;
     * a citation inside the author's note stays there, in parentheses without the note's
     * full stop, and as the subject of the note's sentence without them.
     */
    @Test
    void aNoteStylesCitationsAreFootnotes() throws IOException {
        String html = builtPage("note-style", "baseUrl: https://example.org/\ncsl: chicago-notes-bibliography-subsequent-ibid\n",
                "Inflammation matters [@miller_role_2016, p. 33]. Again [@miller_role_2016, p. 40], it does.\n"
                        + "@cochrane_handbook_2019 recommends it.[^own]\n\n"
                        + "[^own]: As the handbook says [@cochrane_handbook_2019], and @miller_role_2016 agree.\n");
        String body = html.substring(html.indexOf("<div class=\"review-body\">"), html.indexOf("<section class=\"footnotes\""));
        assertThat(body).contains("Inflammation matters.<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup>"
                + " Again,<sup class=\"footnote-ref\"><a href=\"#fn-2\" id=\"fnref-2\">2</a></sup> it does.");
        assertThat(citations(body)).as("the handbook's editors, first in the alphabetical list")
                .containsExactly("[1:Higgins et al.]");
        assertThat(body).contains("</span><sup class=\"footnote-ref\"><a href=\"#fn-3\" id=\"fnref-3\">3</a></sup> recommends it."
                + "<sup class=\"footnote-ref\"><a href=\"#fn-4\" id=\"fnref-4\">4</a></sup>");
        List<String> notes = html.lines().filter(line -> line.startsWith("<p>") && line.contains("footnote-backref")).toList();
        assertThat(notes).hasSize(4);
        assertThat(citations(notes.get(0)).get(0)).startsWith("[2:").contains("33");
        assertThat(citations(notes.get(1))).containsExactly("[2:Ibid., 40].");
        assertThat(citations(notes.get(2)).get(0)).startsWith("[1:Julian P. T. Higgins et al., eds.");
        String own = notes.get(3).replaceAll("<a class=\"footnote-backref\".*|<a href=\"#fnref.*", "");
        assertThat(citations(own)).hasSize(2);
        assertThat(citations(own).get(0)).as("note 3 cites the handbook too").isEqualTo("([1:Ibid])");
        assertThat(citations(own).get(1)).as("a later note: short, without its full stop")
                .isEqualTo("[2:Miller and Raison, “The Role of Inflammation in Depression: From Evolutionary Imperative to Modern Treatment Target”]");
        assertThat(own).startsWith("<p>As the handbook says <span class=\"citation\">(")
                .endsWith("</span> agree. ").doesNotContain("..");
        assertThat(html).contains("href=\"#cite-1-1\"", "href=\"#cite-1-2\"", "href=\"#cite-2-1\"", "href=\"#cite-2-2\"",
                "href=\"#cite-2-3\"").doesNotContain("#cite-1-3");
    }

    /**
     * A citation in a link's text keeps the link, as CommonMark and Pandoc read it: the
     * citation is in it, counted and listed, but is no link itself (HTML allows no link in a
     * link); in a note style its mark follows the link, as does a footnote's.
     */
    @Test
    void aCitationInALinksTextKeepsTheLinkInEveryStyle() throws IOException {
        String body = "See [the handbook [@cochrane_handbook_2019]](https://example.org/h) for more,"
                + " [the review [@miller_role_2016, p. 4]](https://example.org/m) too [@miller_role_2016]."
                + " A [note link[^1]](https://example.org/n).\n\n[^1]: The note.\n";
        String plain = builtPage("link-text-default", "baseUrl: https://example.org/\n", body);
        assertThat(plain).contains("See <a href=\"https://example.org/h\">the handbook <span class=\"citation\">"
                        + "(<span id=\"cite-1-1\">1</span>)</span></a> for more,",
                "<a href=\"https://example.org/m\">the review <span class=\"citation\">(<span id=\"cite-2-1\">2</span>,"
                        + " p. 4)</span></a> too <span class=\"citation\">(<a href=\"#source-2\" id=\"cite-2-2\""
                        + " class=\"cite-link\">2</a>)</span>.",
                "A <a href=\"https://example.org/n\">note link</a><sup class=\"footnote-ref\"><a href=\"#fn-1\"",
                "href=\"#cite-1-1\"", "href=\"#cite-2-1\"", "href=\"#cite-2-2\"");
        assertThat(plain).doesNotContain("](", "<a href=\"#source-1\"");

        String apa = builtPage("link-text-apa", "baseUrl: https://example.org/\ncsl: apa\n", body);
        assertThat(apa).contains("<a href=\"https://example.org/h\">the handbook <span class=\"citation\">(<span"
                        + " id=\"cite-1-1\">Higgins et al., 2019</span>)</span></a> for more,",
                "<a href=\"https://example.org/m\">the review <span class=\"citation\">(<span id=\"cite-2-1\">Miller &#38;"
                        + " Raison, 2016, p. 4</span>)</span></a> too").doesNotContain("](");

        String notes = builtPage("link-text-notes", "baseUrl: https://example.org/\ncsl: chicago-notes-bibliography\n", body);
        assertThat(notes).contains("See <a href=\"https://example.org/h\">the handbook</a><sup class=\"footnote-ref\">"
                        + "<a href=\"#fn-1\" id=\"fnref-1\">1</a></sup> for more,",
                "<a href=\"https://example.org/m\">the review</a><sup class=\"footnote-ref\"><a href=\"#fn-2\" id=\"fnref-2\">"
                        + "2</a></sup> too.<sup class=\"footnote-ref\"><a href=\"#fn-3\" id=\"fnref-3\">3</a></sup>",
                "A <a href=\"https://example.org/n\">note link</a><sup class=\"footnote-ref\"><a href=\"#fn-4\"")
                .doesNotContain("](");
    }

    @Test
    void aCitationInAnImageDescriptionReadsInTheStyleInItsAltText() throws IOException {
        String html = builtPage("image-alt", "baseUrl: https://example.org/\ncsl: vancouver\n",
                "![Pooled estimates [@miller_role_2016; @cochrane_handbook_2019]](https://example.org/forest.png)\n\n"
                        + "As @miller_role_2016 say.\n");
        assertThat(html).contains("alt=\"Pooled estimates (1,2)\"");
    }

    /**
     * citeproc-js reads a style whose citation calls an undefined macro and writes "[CSL STYLE
     * ERROR: ...]" where each citation should be; a style without a bibliography cannot write
     * the Sources list. Both are errors where the style is named, whether site.yaml or front matter.
     */
    @Test
    void aStyleThatCannotCiteOrListSourcesIsAnErrorWhereItIsNamed() throws IOException {
        Path site = tmp.resolve("broken-styles");
        Trees.copy(Cli.site("references-csl").resolve("references"), site.resolve("references"));
        String style = """
                <?xml version="1.0" encoding="utf-8"?>
                <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
                  <info><title>Broken</title><id>broken</id><updated>2020-01-01T00:00:00+00:00</updated></info>
                  <citation><layout><text macro="nomacro"/></layout></citation>
                %s</style>
                """;
        String review = "---\ntitle: %s\ndate: 2026-01-10\n%sstudy: {year: 2016, journal: J, population: Adults}\n---\n"
                + "Text [@Sterne2019].\n";
        MiniSite.write(site, "-- site.yaml --\ntitle: T\nbaseUrl: https://example.org\ncsl: styles/nobib.csl\n"
                + "bibliography: references/library.bib\n"
                + "-- styles/nobib.csl --\n" + style.formatted("")
                + "-- styles/nocite.csl --\n" + style.formatted("  <bibliography><layout><text variable=\"title\"/></layout></bibliography>\n")
                + "-- content/reviews/site-style.md --\n" + review.formatted("A", "")
                + "-- content/reviews/own-style.md --\n" + review.formatted("B", "csl: ../../styles/nocite.csl\n"));

        Cli.Run run = Cli.run("build", "--source", site.toString());

        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        assertThat(run.diagnostics()).containsExactlyInAnyOrder(
                "site.yaml:3:6: error: style styles/nobib.csl has no bibliography: the Sources list needs one",
                "site.yaml:3:6: error: style styles/nobib.csl cannot format a citation: reference with no printed form.",
                "content/reviews/own-style.md:4:6: error: style styles/nocite.csl cannot format a citation:"
                        + " reference with no printed form.");
    }

    /** The styled entries whole, one per line (the page's own labels are in the site's language). */
    private static List<String> sourcesList(String html) {
        return html.lines().filter(line -> line.startsWith("<span class=\"source-styled\">")).toList();
    }

    private static String dinPage(String name, String siteYamlLine) throws IOException {
        Path site = oneReview("din-" + name, siteYamlLine + "csl: din-1505-2\n",
                "@miller_role_2016 say so [@cochrane_handbook_2019, p. 33].\n");
        Cli.Run run = Cli.run("build", "--source", site.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        return Files.readString(site.resolve("site/reviews/r/index.html"), StandardCharsets.UTF_8);
    }

    /** Builds {@link #oneReview} and returns its page, the build having reported nothing. */
    private static String builtPage(String folder, String settings, String body) throws IOException {
        Path site = oneReview(folder, settings, body);
        Cli.Run run = Cli.run("build", "--source", site.toString());
        assertThat(run.diagnostics()).as(folder + ": " + run.all()).isEmpty();
        return Files.readString(site.resolve("site/reviews/r/index.html"), StandardCharsets.UTF_8);
    }

    /** A site of one review, r, whose body cites the fixture's library.bib; {@code settings} are more site.yaml lines. */
    private static Path oneReview(String folder, String settings, String body) throws IOException {
        Path site = tmp.resolve(folder);
        Trees.copy(Cli.site("references-csl").resolve("references"), site.resolve("references"));
        MiniSite.write(site, "-- site.yaml --\ntitle: T\n" + settings + "bibliography: references/library.bib\n"
                + "-- content/reviews/r.md --\n---\ntitle: R\ndate: 2026-01-10\n"
                + "study: {year: 2016, journal: Nature Reviews Immunology, population: Adults}\n---\n" + body);
        return site;
    }
}
