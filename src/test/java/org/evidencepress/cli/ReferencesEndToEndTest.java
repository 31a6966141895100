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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site whose references come from a Zotero-style .bib and a CSL-JSON file (site-wide) and
 * an EndNote-style .ris (the review's own), cited in Pandoc's syntax: SPEC section 7's table
 * rendered in the default style, the Sources list in order of first citation, back-links.
 */
class ReferencesEndToEndTest {
    @TempDir
    static Path tmp;
    static String page;
    static String sourcesIndex;
    static String referencesBib;

    @BeforeAll
    static void build() throws IOException {
        Path site = tmp.resolve("src");
        Trees.copy(Cli.site("references"), site);
        Cli.Run run = Cli.run("build", "--source", site.toString());
        assertThat(run.diagnostics()).isEmpty();
        assertThat(run.exit()).isZero();
        page = Files.readString(site.resolve("site/reviews/heterogeneity/index.html"), StandardCharsets.UTF_8);
        sourcesIndex = Files.readString(site.resolve("site/sources/index.html"), StandardCharsets.UTF_8);
        referencesBib = Files.readString(site.resolve("site/reviews/heterogeneity/references.bib"),
                StandardCharsets.UTF_8);
    }

    @Test
    void theDownloadableSourcesHoldTheBibliographyEntriesThePageCites() {
        assertThat(referencesBib).contains("Meta-analysis in clinical trials").contains("DerSimonian");
    }

    private static String link(int number, int place) {
        return "<a href=\"#source-" + number + "\" id=\"cite-" + number + "-" + place + "\" class=\"cite-link\">"
                + number + "</a>";
    }

    @Test
    void pandocSyntaxRendersInTheDefaultStyle() {
        assertThat(page).contains("The random-effects model of <span class=\"citation\">(" + link(2, 1) + ")</span>");
        assertThat(page).contains("<span class=\"citation\">Higgins and Thompson (" + link(3, 1) + ")</span> proposed");
        assertThat(page).contains("<span class=\"citation\">(see " + link(3, 2) + ", pp. 1539-1541; also "
                + link(4, 1) + ", p. 558)</span>");
        assertThat(page).contains("<span class=\"citation\">(" + link(5, 1) + "; " + link(1, 1) + ", chap. 3)</span>");
        assertThat(page).contains("<span class=\"citation\">(" + link(6, 1) + ", " + link(7, 1) + ")</span>");
        assertThat(page).contains("Write to <a href=\"mailto:editor@example.org\">editor@example.org</a> or @nobody about it.");
    }

    @Test
    void sourcesAreInlineFirstThenCitedEntriesInOrderThenNocite() {
        Matcher m = Pattern.compile("<li class=\"source\" id=\"source-(\\d+)\">\\n.*?<cite class=\"source-title\">"
                + "([^<]+)</cite>", Pattern.DOTALL).matcher(page);
        StringBuilder order = new StringBuilder();
        while (m.find()) {
            order.append(m.group(1)).append(' ').append(m.group(2)).append('\n');
        }
        assertThat(order.toString()).isEqualTo("""
                1 Conducting meta-analyses in R with the metafor package
                2 Meta-analysis in clinical trials
                3 Quantifying heterogeneity in a meta-analysis
                4 Measuring inconsistency in meta-analyses
                5 Bias in meta-analysis detected by a simple, graphical test
                6 The role of inflammation in depression: from evolutionary imperative to modern treatment target
                7 GRADE guidelines: a new series of articles in the Journal of Clinical Epidemiology
                8 Cochrane Handbook for Systematic Reviews of Interventions
                """);
        // Six works in library.bib are never cited or named: they are not listed.
        assertThat(page).doesNotContain("RoB 2").doesNotContain("WHO guidelines").doesNotContain("Why most published");
    }

    @Test
    void entriesShowTheirFieldsAndLinkBackToEveryCitation() {
        assertThat(page).contains("<span class=\"source-authors\">Gordon H. Guyatt, Andrew D. Oxman, Holger J. "
                + "Schünemann, Peter Tugwell, Andre Knottnerus</span>");
        assertThat(page).contains("<span class=\"source-journal\">Statistics in Medicine</span>, "
                + "<span class=\"source-year\">2002</span>; <span class=\"source-volume\">21(11):1539-1558</span>.");
        assertThat(page).contains("<span class=\"source-publisher\">John Wiley &amp; Sons</span>, "
                + "<span class=\"source-year\">2019</span>.");
        assertThat(page).contains("<a class=\"backref\" href=\"#cite-3-1\"").contains("<a class=\"backref\" href=\"#cite-3-2\"");
        assertThat(page).contains("<meta name=\"citation_reference\" content=\"citation_title=Measuring inconsistency"
                + " in meta-analyses;");
    }

    @Test
    void theSiteWideSourceIndexListsTheCitedBibliographyEntries() {
        assertThat(sourcesIndex).contains("Measuring inconsistency in meta-analyses", "Meta-analysis in clinical trials",
                "Cochrane Handbook for Systematic Reviews of Interventions",
                "Conducting meta-analyses in R with the metafor package");
        assertThat(sourcesIndex).doesNotContain("RoB 2");
    }

    @Test
    void aBrokenBibliographyFailsTheBuildAndLeavesThePreviousSiteByteIdentical() throws IOException {
        Path site = tmp.resolve("again");
        Trees.copy(Cli.site("references"), site);
        assertThat(Cli.run("build", "--source", site.toString()).exit()).isZero();
        Map<String, String> before = Trees.digest(site.resolve("site"));

        Path bib = site.resolve("references/library.bib");
        Files.writeString(bib, Files.readString(bib).replace("\tvolume = {16},", "\tvolume = {16}"));
        Cli.Run failed = Cli.run("build", "--source", site.toString());

        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.diagnostics()).as("one error, at the entry: its citations are not unknown").containsExactly(
                "references/library.bib:8:2: error: expected ',' or '}' after field 'volume' in entry 'miller_role_2016'");
        assertThat(Trees.digest(site.resolve("site"))).isEqualTo(before);
    }

    /** A CSL-JSON item that does not parse is one error too: the key it names is not also unknown where cited. */
    @Test
    void aMalformedCslJsonItemIsOneErrorNotAlsoAnUnknownKey() throws IOException {
        Path site = tmp.resolve("json");
        Trees.copy(Cli.site("references"), site);
        Path json = site.resolve("references/extra.json");
        Files.writeString(json, Files.readString(json).replace("\"10.1016/0197-2456(86)90046-2\",", "\"10.1016/0197-2456(86)90046-2\""));

        Cli.Run failed = Cli.run("build", "--source", site.toString());

        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.diagnostics()).containsExactly(
                "references/extra.json:31:3: error: malformed JSON: expected ',' or '}' after the value of \"DOI\"");
    }

    /** BibTeX's "and others" says the list is incomplete: "et al." in the default style too. */
    @Test
    void andOthersReadsEtAl() throws IOException {
        Path site = madsenSite("others", "", "Madsen, Kreesten Meldgaard and Hviid, Anders and others",
                "@madsen_population-based_2002 found no link.");

        Cli.Run run = Cli.run("build", "--source", site.toString());

        assertThat(run.exit()).as(run.all()).isZero();
        String html = Files.readString(site.resolve("site/reviews/r/index.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<span class=\"citation\">Madsen et al. (" + link(1, 1) + ")</span> found");
        assertThat(html).contains("<span class=\"source-authors\">Kreesten Meldgaard Madsen, Anders Hviid, et al.</span>");
        assertThat(html).doesNotContain("others");
        assertThat(Files.readString(site.resolve("site/reviews/r/references.bib"), StandardCharsets.UTF_8))
                .contains("Madsen, Kreesten Meldgaard and Hviid, Anders and others");
        // CSL-JSON and RIS have no word for it: Zotero imports a name "others" as an author.
        assertThat(Files.readString(site.resolve("site/reviews/r/references.json"), StandardCharsets.UTF_8))
                .contains("\"author\":[{\"family\":\"Madsen\",\"given\":\"Kreesten Meldgaard\"},"
                        + "{\"family\":\"Hviid\",\"given\":\"Anders\"}]")
                .doesNotContain("others");
        assertThat(Files.readString(site.resolve("site/reviews/r/references.ris"), StandardCharsets.UTF_8))
                .contains("AU  - Hviid, Anders\n").doesNotContain("others");
    }

    /**
     * Pandoc's {@code nocite} as Quarto authors write it: one text of keys, and "@*" for every
     * entry of the review's files, then the site's; a key is listed once however it is named.
     */
    @Test
    void nociteTakesPandocsTextOfKeysAndEveryEntry() throws IOException {
        String review = """
                ---
                title: R
                date: 2026-01-10
                study: {year: 2002, journal: New England Journal of Medicine, population: Children}
                bibliography: own.ris
                nocite: %s
                ---
                No link was found [@madsen_population-based_2002].
                """;
        Path site = MiniSite.write(tmp.resolve("nocite-all"), """
                -- site.yaml --
                title: T
                baseUrl: https://example.org
                bibliography: library.bib
                -- library.bib --
                %s
                @article{higgins_quantifying_2002,
                  author = {Higgins, Julian P. T. and Thompson, Simon G.},
                  title = {Quantifying heterogeneity in a meta-analysis},
                  journal = {Statistics in Medicine}, year = {2002}, doi = {10.1002/sim.1186},
                }
                -- content/reviews/r.md --
                %s
                -- content/reviews/own.ris --
                TY  - JOUR
                AU  - DerSimonian, Rebecca
                AU  - Laird, Nan
                TI  - Meta-analysis in clinical trials
                T2  - Controlled Clinical Trials
                PY  - 1986
                DO  - 10.1016/0197-2456(86)90046-2
                ER  -\s
                """.formatted(madsen("Madsen, Kreesten Meldgaard and Hviid, Anders"), review.formatted("|\n  @*")));

        Cli.Run all = Cli.run("build", "--source", site.toString());

        assertThat(all.exit()).as(all.all()).isZero();
        assertThat(titles(site)).containsExactly(
                "A population-based study of measles, mumps, and rubella vaccination and autism",
                "Meta-analysis in clinical trials", "Quantifying heterogeneity in a meta-analysis");

        Files.writeString(site.resolve("content/reviews/r.md"),
                review.formatted("\"@higgins_quantifying_2002, @madsen_population-based_2002\""));
        Cli.Run named = Cli.run("build", "--source", site.toString());

        assertThat(named.exit()).as(named.all()).isZero();
        assertThat(titles(site)).containsExactly(
                "A population-based study of measles, mumps, and rubella vaccination and autism",
                "Quantifying heterogeneity in a meta-analysis");

        Files.writeString(site.resolve("content/reviews/r.md"), review.formatted("\"@higgins_quantifying_2002; @smith\""));
        assertThat(Cli.run("build", "--source", site.toString()).diagnostics()).containsExactly(
                "content/reviews/r.md:6:37: error: nocite key 'smith' is in none of the bibliography files of this"
                        + " review or the site");
    }

    /**
     * Titles carry CSL's markup as Zotero and Crossref write it ("<i>Lactobacillus</i>"): the
     * Sources list shows the emphasis, metadata and downloads the plain text. An entry with
     * neither container nor year lists its pages without a stray ";".
     */
    @Test
    void titleMarkupIsEmphasisOnThePageAndPlainTextElsewhere() throws IOException {
        Path site = MiniSite.write(tmp.resolve("rich-titles"), """
                -- site.yaml --
                title: T
                baseUrl: https://example.org
                bibliography: library.json
                -- library.json --
                [{"id": "messaoudi2011", "type": "article-journal", "title": "Assessment of psychotropic-like properties\
                 of a probiotic formulation (<i>Lactobacillus helveticus</i> R0052 and <i>Bifidobacterium longum</i> R0175)\
                 in rats and human subjects", "author": [{"family": "Messaoudi", "given": "Michaël"}],
                 "container-title": "British Journal of Nutrition", "issued": {"date-parts": [[2011]]}},
                 {"id": "pages-only", "type": "manuscript", "title": "Notes", "page": "1-10"}]
                -- content/reviews/r.md --
                ---
                title: R
                date: 2026-01-10
                study: {year: 2011, journal: British Journal of Nutrition, population: Adults}
                ---
                Probiotics [@messaoudi2011] and notes [@pages-only].
                """);

        Cli.Run run = Cli.run("build", "--source", site.toString());

        assertThat(run.exit()).as(run.all()).isZero();
        String html = Files.readString(site.resolve("site/reviews/r/index.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<cite class=\"source-title\">Assessment of psychotropic-like properties of a probiotic"
                + " formulation (<i>Lactobacillus helveticus</i> R0052 and <i>Bifidobacterium longum</i> R0175) in rats"
                + " and human subjects</cite>");
        assertThat(html).contains("<cite class=\"source-title\">Notes</cite>. <span class=\"source-volume\">1-10</span>.");
        assertThat(html).doesNotContain("&lt;i&gt;", "(<i>Lactobacillus helveticus</i> R0052 and <i>Bifidobacterium longum</i> R0175)\"",
                ".;");
        assertThat(html).contains("(Lactobacillus helveticus R0052 and Bifidobacterium longum R0175) in rats");
        assertThat(Files.readString(site.resolve("site/reviews/r/references.ris"), StandardCharsets.UTF_8))
                .contains("(Lactobacillus helveticus R0052 and Bifidobacterium longum R0175)");
    }

    /**
     * A chapter's book is no journal: in the list of all sources it follows "In:", as in the
     * review's Sources list, where it had read "Handbook of Diabetes Care, 2018" like a journal.
     */
    @Test
    void aChapterIsInItsBookOnEveryList() throws IOException {
        Path site = MiniSite.write(tmp.resolve("chapter"), """
                -- site.yaml --
                title: T
                baseUrl: https://example.org
                bibliography: library.bib
                -- library.bib --
                @incollection{smith2018, author = {Smith, John}, title = {Screening for diabetes},
                  booktitle = {Handbook of Diabetes Care}, editor = {Brown, Alice}, publisher = {Oxford University Press},
                  address = {Oxford}, year = {2018}, pages = {123--145}}
                -- content/reviews/r.md --
                ---
                title: R
                date: 2026-01-10
                study: {year: 2018, journal: Lancet, population: Adults}
                ---
                Screening [@smith2018].
                """);

        Cli.Run run = Cli.run("build", "--source", site.toString());

        assertThat(run.exit()).as(run.all()).isZero();
        String html = Files.readString(site.resolve("site/reviews/r/index.html"), StandardCharsets.UTF_8);
        assertThat(html.replaceAll("<[^>]+>", "")).contains("John Smith. Screening for diabetes. In: Alice Brown, ed."
                + " Handbook of Diabetes Care. Oxford University Press, 2018; pp. 123-145.");
        String index = Files.readString(site.resolve("site/sources/index.html"), StandardCharsets.UTF_8);
        assertThat(index).contains("John Smith. In: Handbook of Diabetes Care, 2018");
    }

    /**
     * An inline source's title copied from Crossref ("<i>Escherichia coli</i>") is emphasis in
     * the Sources list, so everywhere else it is the same words without tags: the list of
     * all sources, the metadata and the downloads, and one work with a bibliography entry
     * of the same title and year.
     */
    @Test
    void anInlineTitleWithMarkupIsPlainTextOutsideTheSourcesList() throws IOException {
        Path site = MiniSite.write(tmp.resolve("inline-rich-title"), """
                -- site.yaml --
                title: T
                baseUrl: https://example.org
                bibliography: library.json
                -- library.json --
                [{"id": "kim2020", "type": "article-journal", "title": "Resistance in <i>Escherichia coli</i>",
                  "issued": {"date-parts": [[2020]]}}]
                -- content/reviews/r.md --
                ---
                title: R
                date: 2026-01-10
                study: {year: 2020, journal: Lancet, population: Adults}
                sources:
                  - {id: lee2020, title: "Resistance in <i>Escherichia coli</i>", authors: [Ann Lee], year: 2020}
                ---
                Resistance [@lee2020].
                -- content/reviews/s.md --
                ---
                title: S
                date: 2026-01-11
                study: {year: 2020, journal: Lancet, population: Adults}
                ---
                Resistance [@kim2020].
                """);

        Cli.Run run = Cli.run("build", "--source", site.toString());

        assertThat(run.exit()).as(run.all()).isZero();
        Path out = site.resolve("site");
        String html = Files.readString(out.resolve("reviews/r/index.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<cite class=\"source-title\">Resistance in <i>Escherichia coli</i></cite>")
                .contains("citation_title=Resistance in Escherichia coli;", "\"name\":\"Resistance in Escherichia coli\"");
        String index = Files.readString(out.resolve("sources/index.html"), StandardCharsets.UTF_8);
        assertThat(index).doesNotContain("&lt;i&gt;");
        assertThat(index.split("Resistance in Escherichia coli", -1)).as("one work, cited by both reviews").hasSize(2);
        for (String file : List.of("references.ris", "references.bib", "references.json")) {
            assertThat(Files.readString(out.resolve("reviews/r/" + file), StandardCharsets.UTF_8)).as(file)
                    .doesNotContain("<i>");
        }
    }

    /** Two sources of one review with the same DOI are a warning at the second, bibliography entries too (SPEC 8). */
    @Test
    void aDoiListedTwiceIsAWarningAtTheSecond() throws IOException {
        Path site = MiniSite.write(tmp.resolve("same-doi"), """
                -- site.yaml --
                title: T
                baseUrl: https://example.org
                bibliography: library.bib
                -- library.bib --
                @article{higgins2002,
                  author = {Higgins, Julian P. T. and Thompson, Simon G.},
                  title = {Quantifying heterogeneity in a meta-analysis},
                  journal = {Statistics in Medicine}, year = {2002}, doi = {doi:10.1002/SIM.1186}
                }
                -- content/reviews/r.md --
                ---
                title: R
                date: 2026-01-10
                study: {year: 2002, journal: Statistics in Medicine, population: Trials}
                sources:
                  - id: hand
                    title: Quantifying heterogeneity in a meta-analysis
                    doi: 10.1002/sim.1186
                ---
                Twice [@hand; @higgins2002].
                """);

        Cli.Run run = Cli.run("build", "--source", site.toString());

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.diagnostics()).containsExactly("library.bib:1:1: warning: source 'higgins2002' has the same doi"
                + " '10.1002/SIM.1186' as source 'hand' in content/reviews/r.md: one work listed twice");
    }

    /**
     * An absolute path or a URL is not read, even when it names a file that is there: the
     * build must depend on the site folder alone. A style's address in the CSL styles
     * repository gets its id suggested.
     */
    @Test
    void anAbsolutePathOrAUrlIsAnErrorAtTheValue() throws IOException {
        Path site = tmp.resolve("absolute");
        Path bib = site.resolve("library.bib").toAbsolutePath();
        MiniSite.write(site, "-- site.yaml --\ntitle: T\nbaseUrl: https://example.org\nbibliography: " + bib + "\n"
                + "csl: https://www.zotero.org/styles/apa\n"
                + "-- library.bib --\n@article{a, title = {A}, year = {2002}}\n"
                + "-- content/reviews/r.md --\n---\ntitle: R\ndate: 2026-01-10\n"
                + "study: {year: 2002, journal: J, population: Trials}\n"
                + "bibliography: https://example.org/lib.bib\ncsl: /styles/house.csl\n---\nText.\n");

        Cli.Run run = Cli.run("build", "--source", site.toString());

        String rule = " (absolute paths and URLs are not read, so the build stays reproducible)";
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        assertThat(run.diagnostics()).containsExactlyInAnyOrder(
                "site.yaml:3:15: error: bibliography '" + bib + "' is an absolute path: it must be a path relative to"
                        + " the site folder" + rule,
                "site.yaml:4:6: error: CSL style 'https://www.zotero.org/styles/apa' is a URL: it must be a path"
                        + " relative to the site folder" + rule
                        + "; for this style of the CSL styles repository write 'csl: apa'",
                "content/reviews/r.md:5:15: error: bibliography 'https://example.org/lib.bib' is a URL: it must be"
                        + " a path relative to this review's folder" + rule,
                "content/reviews/r.md:6:6: error: CSL style '/styles/house.csl' is an absolute path: it must be"
                        + " a path relative to this review's folder" + rule);
    }

    /** A bibliography's DOI and url follow the front-matter rules: an error at the field fails the build. */
    @Test
    void aBadDoiOrUrlInABibliographyIsAnErrorAtItsField() throws IOException {
        Path site = libraryReview("bad-links", """
                @article{bad,
                  title = {Bad links},
                  doi = {not a doi},
                  url = {ftp://example.org/x},
                }""", "", "Cited [@bad].");

        Cli.Run run = Cli.run("build", "--source", site.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.diagnostics()).containsExactly(
                "references/lib.bib:3:3: error: entry 'bad': doi 'not a doi' is not a DOI: expected"
                        + " 10.<registrant>/<suffix>, such as 10.1000/xyz123",
                "references/lib.bib:4:3: error: entry 'bad': url scheme 'ftp:' is not allowed: use http or https");
    }

    /**
     * EndNote's "ANSI" RIS export is Windows-1252: the error names the character its first bad
     * byte stands for there, and the records are read so, so a key made of a name with a
     * letter beyond ASCII (Jüni 2001) is the one the author cites, not another error of its own.
     */
    @Test
    void anAnsiExportIsOneErrorNamingTheCharacterAndItsKeysAreTheExpectedOnes() throws IOException {
        Path site = libraryReview("ansi-ris", "", "bibliography: endnote.ris\n", "Cited [@juni2001; @egger1997].");
        Files.write(site.resolve("content/reviews/endnote.ris"), String.join("\r\n",
                "TY  - JOUR", "AU  - J\u00fcni, Peter", "TI  - Systematic reviews in health care", "PY  - 2001",
                "ER  - ", "", "TY  - JOUR", "AU  - Egger, Matthias",
                "TI  - Bias in meta-analysis detected by a simple, graphical test",
                "AB  - A \u201cfunnel plot\u201d test.", "PY  - 1997", "ER  - ", "").getBytes("windows-1252"));

        Cli.Run run = Cli.run("build", "--source", site.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.diagnostics()).containsExactly("content/reviews/endnote.ris:2:8: error: invalid UTF-8 byte"
                + " 0xFC, '\u00fc' in Windows-1252 ('ANSI'); save the file as UTF-8");
    }

    /** One byte that is not UTF-8 is an error at its place; the file's other entries still load. */
    @Test
    void aByteThatIsNotUtf8SpoilsOnlyItsOwnPlaceInABibliography() throws IOException {
        Path site = libraryReview("latin1-byte", "", "", "Cited [@good; @caf].");
        Files.write(site.resolve("references/lib.bib"), ("@article{good,\n  title = {Good},\n  year = {2001},\n}\n"
                + "@article{caf,\n  title = {Caf\u00e9},\n  year = {2002},\n}\n")
                .getBytes(StandardCharsets.ISO_8859_1));

        Cli.Run run = Cli.run("build", "--source", site.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.diagnostics()).containsExactly(
                "references/lib.bib:6:15: error: invalid UTF-8 byte 0xE9, 'é' in Windows-1252 ('ANSI'); save the file as UTF-8");
    }

    /** A source with nothing after its title, or a year that is not a number, ends in one full stop. */
    @Test
    void aSourceWithOnlyATitleEndsInOneFullStop() throws IOException {
        Path site = libraryReview("title-only", """
                @article{x, title={A}}
                @article{press, title={B}, year={in press}}""", """
                sources:
                  - id: s1
                    title: Inline
                """, "Cited [@s1; @x; @press].");

        Cli.Run run = Cli.run("build", "--source", site.toString());

        assertThat(run.exit()).as(run.all()).isZero();
        String html = Files.readString(site.resolve("site/reviews/r/index.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<cite class=\"source-title\">Inline</cite>.\n", "<cite class=\"source-title\">A</cite>.\n",
                "<cite class=\"source-title\">B</cite>.\n").doesNotContain("</cite>..");
    }

    /**
     * A site of one review, r, citing from references/lib.bib, which holds {@code bib}:
     * {@code frontMatter} is more front matter after the required fields, {@code body} the text.
     */
    private static Path libraryReview(String folder, String bib, String frontMatter, String body) throws IOException {
        return MiniSite.write(tmp.resolve(folder), """
                -- site.yaml --
                title: T
                baseUrl: https://example.org
                bibliography: references/lib.bib
                -- references/lib.bib --
                %s
                -- content/reviews/r.md --
                ---
                title: R
                date: 2026-01-10
                study: {year: 2002, journal: J, population: Children}
                %s---
                %s
                """.formatted(bib, frontMatter, body));
    }

    private static java.util.List<String> titles(Path site) throws IOException {
        Matcher m = Pattern.compile("<cite class=\"source-title\">([^<]+)</cite>")
                .matcher(Files.readString(site.resolve("site/reviews/r/index.html"), StandardCharsets.UTF_8));
        java.util.List<String> titles = new java.util.ArrayList<>();
        while (m.find()) {
            titles.add(m.group(1));
        }
        return titles;
    }

    /**
     * A site of one review, r, whose {@code body} cites from a library.bib holding Madsen's
     * entry with {@code authors} as given; {@code settings} are more site.yaml lines.
     */
    private static Path madsenSite(String folder, String settings, String authors, String body) throws IOException {
        return MiniSite.write(tmp.resolve(folder), """
                -- site.yaml --
                title: T
                %sbibliography: library.bib
                -- library.bib --
                %s
                -- content/reviews/r.md --
                ---
                title: R
                date: 2026-01-10
                study: {year: 2002, journal: New England Journal of Medicine, population: Children}
                ---
                %s
                """.formatted(settings, madsen(authors), body));
    }

    /** A BibTeX entry of a real work, with its authors as given. */
    private static String madsen(String authors) {
        return "@article{madsen_population-based_2002,\n  author = {" + authors + "},\n"
                + "  title = {A population-based study of measles, mumps, and rubella vaccination and autism},\n"
                + "  journal = {New England Journal of Medicine},\n  year = {2002},\n  doi = {10.1056/NEJMoa021134},\n}";
    }

    /** "and others" before a name: the names stay, "et al." ends the list, and the author hears where. */
    @Test
    void andOthersBeforeANameIsAWarningAtTheEntry() throws IOException {
        Path site = madsenSite("others-middle", "baseUrl: https://example.org\ncsl: vancouver\n",
                "Madsen, Kreesten Meldgaard and others and Hviid, Anders",
                "No link was found [@madsen_population-based_2002].");

        Cli.Run run = Cli.run("build", "--source", site.toString());

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.diagnostics()).containsExactly("library.bib:1:1: warning: 'and others' comes before other"
                + " names in the author list; it is read as the end of the list (\"et al.\" after the names given):"
                + " move it after the last name");
        String html = Files.readString(site.resolve("site/reviews/r/index.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("Madsen KM, Hviid A, et al.");
    }
}
