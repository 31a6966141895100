package org.evidencepress.cli;

import org.evidencepress.pipeline.Trees;
import org.evidencepress.testing.Cli;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;

import static org.assertj.core.api.Assertions.assertThat;

/** DOIs and retractions (SPEC 8) as a user meets them on the command line. */
class IntegrityEndToEndTest {
    @TempDir
    Path dir;

    /** The label is the theme's, in the page's language, with the notice's date as the language writes dates. */
    @Test
    void theRetractionLabelIsInThePagesLanguage() throws Exception {
        Path site = dir.resolve("site");
        Trees.copy(Cli.site("retracted-source"), site);
        Path config = site.resolve("site.yaml");
        Files.writeString(config, Files.readString(config) + "language: de\n");

        Cli.Run run = build(site, dir.resolve("out"));

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(Files.readString(dir.resolve("out/reviews/mmr-autism/index.html"))).contains(
                "title=\"Zurückgezogen 6. Februar 2010: Mitteilung lesen\">Zurückgezogen</a>");
    }

    @Test
    void retractedSourceIsAWarningWithALabelAndAnErrorUnderStrict() throws Exception {
        Path site = Cli.site("retracted-source");
        Path out = dir.resolve("out");

        Cli.Run run = build(site, out);

        assertThat(run.exit()).as(run.all()).isZero();
        String page = Files.readString(out.resolve("reviews/mmr-autism/index.html"));
        assertThat(page).contains("<a class=\"retraction-label\" href=\"https://doi.org/10.1016/S0140-6736(10)60175-4\""
                + " title=\"Retracted February 6, 2010: read the notice\">Retracted</a>");
        assertThat(page.split("retraction-label", -1)).hasSize(2);
        assertThat(Files.readString(out.resolve("sources/index.html"))).contains(
                "</cite></a> <a class=\"retraction-label\" href=\"https://doi.org/10.1016/S0140-6736(10)60175-4\" "
                        + "title=\"Retracted February 6, 2010: read the notice\">Retracted</a>");

        Cli.Run strict = Cli.run("build", "--strict", "--base-url", "https://example.org", "--source", site.toString(), "--output",
                dir.resolve("strict").toString());
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.diagnostics()).containsExactly("content/reviews/mmr-autism.md:10:5: error: source "
                + "'wakefield1998' cites a work retracted on 2010-02-06; notice doi:10.1016/S0140-6736(10)60175-4");
        assertThat(strict.err()).doesNotContain("Exception", "\tat ");
        assertThat(dir.resolve("strict")).doesNotExist();
    }

    private static final String RETRACTION_WATCH_HEADER = "Record ID,Title,Subject,Institution,Journal,Publisher,"
            + "Country,Author,URLS,ArticleType,RetractionDate,RetractionDOI,RetractionPubMedID,OriginalPaperDate,"
            + "OriginalPaperDOI,OriginalPaperPubMedID,RetractionNature,Reason,Paywalled,Notes\n";
    /** A retractions file with an expression of concern and a correction, and a review citing both works. */
    private static final String WITH_NOTICES = """
            -- rw.csv --
            %s1,T,,,J,P,C,A,,,3/4/2022 0:00,10.5555/eoc,,,10.5555/a,,Expression of concern,,,
            2,T,,,J,P,C,A,,,7/8/2023 0:00,,,,10.5555/b,,Correction,,,
            -- content/reviews/r.md --
            ---
            title: R
            date: 2024-01-02
            study: {year: 2020, journal: J, population: Adults}
            sources:
              - {id: a, title: A, doi: 10.5555/A}
              - {id: b, title: B, doi: 10.5555/b}
            ---
            Text [@a; @b].
            """.formatted(RETRACTION_WATCH_HEADER);

    @Test
    void aSitesOwnRetractionLabelIsTheOneInTheSourcesList() throws Exception {
        Path site = MiniSite.write(dir.resolve("own"), """
                -- site.yaml --
                retractions: rw.csv
                -- templates/retraction-label.ftlh --
                <#macro label n href=""><strong class="notice">${n.label} (${labels.read_the_notice})</strong></#macro>
                """ + WITH_NOTICES);

        Cli.Run run = Cli.run("build", "--source", site.toString(), "--output", dir.resolve("out").toString());

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(Files.readString(dir.resolve("out/reviews/r/index.html")))
                .contains("</cite>. <strong class=\"notice\">Expression of concern (read the notice)</strong>",
                        "</cite>. <strong class=\"notice\">Correction (read the notice)</strong>")
                .doesNotContain("retraction-label");

        Path broken = MiniSite.write(dir.resolve("broken"), """
                -- site.yaml --
                retractions: rw.csv
                -- templates/retraction-label.ftlh --
                <#macro label n href="">${n.nothing}</#macro>
                """ + WITH_NOTICES);
        Cli.Run failed = Cli.run("build", "--source", broken.toString(), "--output", dir.resolve("out2").toString());

        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.diagnostics()).anyMatch(d -> d.startsWith("templates/retraction-label.ftlh:1:")
                && d.contains("n.nothing is null or missing"));
        assertThat(failed.err()).doesNotContain("Exception", "\tat ");
        assertThat(dir.resolve("out2")).doesNotExist();
    }

    @Test
    void expressionsOfConcernAndCorrectionsAreWarningsWithTheirNature() throws Exception {
        Path site = MiniSite.write(dir.resolve("src"), """
                -- site.yaml --
                retractions: rw.csv
                """ + WITH_NOTICES);

        Cli.Run run = build(site, dir.resolve("out"));

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.diagnostics()).containsExactly(
                "content/reviews/r.md:6:5: warning: source 'a' cites a work with an expression of concern of "
                        + "2022-03-04; notice doi:10.5555/eoc",
                "content/reviews/r.md:7:5: warning: source 'b' cites a work with a correction of 2023-07-08 "
                        + "(no notice DOI)");
        String page = Files.readString(dir.resolve("out/reviews/r/index.html"));
        assertThat(page).contains(">Expression of concern</a>",
                "<span class=\"retraction-label\" title=\"Correction July 8, 2023\">Correction</span>");
    }

    @Test
    void aBrokenRetractionFileLeavesThePreviousOutputUntouched() throws Exception {
        Path site = MiniSite.write(dir.resolve("src"), "-- content/reviews/r.md --\n"
                + MiniSite.review("R", "2024-01-02", ""));
        Path out = dir.resolve("out");
        assertThat(build(site, out).exit()).isZero();
        SortedMap<String, String> before = MiniSite.snapshot(out);
        Files.writeString(site.resolve("site.yaml"), "title: T\nretractions: rw.csv\n");
        Files.writeString(site.resolve("rw.csv"), "Record ID,Title\n1,\"unclosed\n");

        Cli.Run run = build(site, out);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.diagnostics()).containsExactly("site.yaml:2:14: error: retractions file 'rw.csv': line 1: "
                + "not the Retraction Watch CSV: no column OriginalPaperDOI, RetractionDOI, RetractionDate, "
                + "RetractionNature");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(MiniSite.snapshot(out)).isEqualTo(before);
    }

    @Test
    void malformedDoiFailsTheBuildWithoutTouchingTheOutput() throws Exception {
        Path site = MiniSite.write(dir.resolve("src"), "-- content/reviews/r.md --\n"
                + MiniSite.review("R", "2024-01-02", ""));
        Path out = dir.resolve("out");
        assertThat(build(site, out).exit()).isZero();
        SortedMap<String, String> before = MiniSite.snapshot(out);
        Files.writeString(site.resolve("content/reviews/r.md"), MiniSite.review("R", "2024-01-02", "doi: 10.55/x"));

        Cli.Run run = build(site, out);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.diagnostics()).containsExactly("content/reviews/r.md:5:6: error: doi '10.55/x' is not a DOI: "
                + "expected 10.<registrant>/<suffix>, such as 10.1000/xyz123");
        assertThat(MiniSite.snapshot(out)).isEqualTo(before);
    }

    /** "#" and "?" belong to the DOI: encoded in every link, or the rest of the DOI becomes a fragment or a query. */
    @Test
    void everyDoiLinkEncodesTheWholeDoi() throws Exception {
        Path site = MiniSite.write(dir.resolve("src"), """
                -- site.yaml --
                bibliography: references/lib.bib
                -- references/lib.bib --
                @article{entry, title = {Entry}, year = {2020}, doi = {10.5555/e?f#g}}
                -- content/reviews/r.md --
                ---
                title: R
                date: 2024-01-02
                doi: "10.1234/x<y>#\\"z%"
                study: {year: 2020, journal: J, population: Adults}
                sources:
                  - {id: a, title: A, doi: "10.5555/a?b#c"}
                ---
                Text [@a; @entry].
                """);

        Cli.Run run = build(site, dir.resolve("out"));

        assertThat(run.exit()).as(run.all()).isZero();
        String page = Files.readString(dir.resolve("out/reviews/r/index.html"));
        assertThat(page).contains("href=\"https://doi.org/10.5555/a%3Fb%23c\"", "href=\"https://doi.org/10.5555/e%3Ff%23g\"",
                "href=\"https://doi.org/10.1234/x%3Cy%3E%23%22z%25\"", "\"sameAs\":\"https://doi.org/10.1234/x%3Cy%3E%23%22z%25\"");
        assertThat(Files.readString(dir.resolve("out/sources/index.html")))
                .contains("href=\"https://doi.org/10.5555/a%3Fb%23c\"", "href=\"https://doi.org/10.5555/e%3Ff%23g\"");
        assertThat(page + Files.readString(dir.resolve("out/sources/index.html"))).doesNotContain("doi.org/10.5555/a?",
                "doi.org/10.5555/e?", "%3E#");
    }

    @Test
    void authorMayBeOneNameAndABadUpdatedDateIsAnErrorAtItsLine() throws Exception {
        Path site = MiniSite.write(dir.resolve("src"), "-- content/reviews/r.md --\n"
                + MiniSite.review("R", "2024-01-02", "author: Ana Lima\nupdated: 2024-02-30"));

        Cli.Run bad = Cli.run("check", "--source", site.toString());

        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.diagnostics()).containsExactly("content/reviews/r.md:6:10: error: 'updated' is not a valid "
                + "date: \"2024-02-30\" (expected YYYY-MM-DD)");

        Files.writeString(site.resolve("content/reviews/r.md"), MiniSite.review("R", "2024-01-02",
                "author: Ana Lima\nupdated: 2024-03-01"));
        Cli.Run good = build(site, dir.resolve("out"));
        assertThat(good.exit()).as(good.all()).isZero();
        String page = Files.readString(dir.resolve("out/reviews/r/index.html"));
        assertThat(page).contains("<meta name=\"citation_author\" content=\"Ana Lima\">",
                "<p class=\"cite-text\">Lima A (2024). R. Evidence Reviews. ");
        assertThat(page).doesNotContain("citation_doi");
        assertThat(Files.readString(dir.resolve("out/sitemap.xml"))).contains("<lastmod>2024-03-01</lastmod>");

        // An empty author names nobody: the site's name stands in, as for no author at all.
        Files.writeString(site.resolve("content/reviews/r.md"), MiniSite.review("R", "2024-01-02", "author: \"\""));
        Cli.Run empty = build(site, dir.resolve("out"));
        assertThat(empty.exit()).as(empty.all()).isZero();
        assertThat(Files.readString(dir.resolve("out/reviews/r/index.html")))
                .doesNotContain("<meta name=\"citation_author\" content=\"\">")
                .contains("<meta name=\"citation_author\" content=\"Evidence Reviews\">");
    }

    @Test
    void retractedBibliographyEntriesAreWarnedAboutOnceAtTheirEntryNamingTheReviews() throws Exception {
        String header = "Record ID,Title,Subject,Institution,Journal,Publisher,Country,Author,URLS,ArticleType,"
                + "RetractionDate,RetractionDOI,RetractionPubMedID,OriginalPaperDate,OriginalPaperDOI,"
                + "OriginalPaperPubMedID,RetractionNature,Reason,Paywalled,Notes\n";
        String review = """
                ---
                title: %s
                date: 2024-01-02
                study: {year: 2020, journal: J, population: Adults}
                %s
                ---
                %s
                """;
        Path site = MiniSite.write(dir.resolve("src"), """
                -- site.yaml --
                retractions: rw.csv
                bibliography: references/library.bib
                -- rw.csv --
                %s1,T,,,The Lancet,Elsevier,,,,,2/6/2010 0:00,10.1016/S0140-6736(10)60175-4,,,\
                10.1016/S0140-6736(97)11096-0,,Retraction,,,
                2,T,,,J,P,C,A,,,3/4/2022 0:00,10.5555/eoc,,,10.5555/a,,Expression of concern,,,
                -- references/library.bib --
                %% Exported from Zotero

                @article{madsen_population-based_2002,
                	title = {A population-based study of measles, mumps, and rubella vaccination and autism},
                	volume = {347},
                	doi = {10.1056/NEJMoa021134},
                	journal = {New England Journal of Medicine},
                	author = {Madsen, Kreesten Meldgaard and Hviid, Anders and Vestergaard, Mogens},
                	year = {2002},
                	pages = {1477--1482},
                }

                  @article{wakefield_ileal-lymphoid-nodular_1998,
                	title = {Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and pervasive developmental disorder in children},
                	volume = {351},
                	doi = {10.1016/S0140-6736(97)11096-0},
                	journal = {The Lancet},
                	author = {Wakefield, A. J. and Murch, S. H. and Anthony, A.},
                	year = {1998},
                	pages = {637--641},
                }
                -- content/reviews/a.md --
                %s
                -- content/reviews/b.md --
                %s
                -- content/reviews/c.md --
                %s
                -- content/reviews/refs/c.ris --
                TY  - JOUR
                TI  - Madsen again
                DO  - 10.1056/NEJMoa021134
                ER  -\s

                TY  - JOUR
                TI  - A
                AU  - Lima, Ana
                PY  - 2020
                DO  - 10.5555/a
                ER  -\s
                """.formatted(header,
                review.formatted("A", "", "Found [@wakefield_ileal-lymphoid-nodular_1998; @madsen_population-based_2002]."),
                review.formatted("B", "", "Also @wakefield_ileal-lymphoid-nodular_1998 said."),
                review.formatted("C", "bibliography: refs/c.ris", "See [@wakefield_ileal-lymphoid-nodular_1998]"
                        + " and [@lima2020].")));

        Cli.Run run = build(site, dir.resolve("out"));

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.diagnostics()).containsExactly(
                "content/reviews/refs/c.ris:6:1: warning: source 'lima2020' cites a work with an expression of "
                        + "concern of 2022-03-04; notice doi:10.5555/eoc; cited by content/reviews/c.md",
                "references/library.bib:13:3: warning: source 'wakefield_ileal-lymphoid-nodular_1998' cites a work "
                        + "retracted on 2010-02-06; notice doi:10.1016/S0140-6736(10)60175-4; cited by "
                        + "content/reviews/a.md, content/reviews/b.md, content/reviews/c.md");
        assertThat(Files.readString(dir.resolve("out/reviews/b/index.html")))
                .contains("title=\"Retracted February 6, 2010: read the notice\">Retracted</a>");

        Cli.Run strict = Cli.run("build", "--strict", "--base-url", "https://example.org", "--source",
                site.toString(), "--output", dir.resolve("strict").toString());
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.diagnostics()).hasSize(2).allMatch(d -> d.contains(": error: "));
        assertThat(dir.resolve("strict")).doesNotExist();
    }

    /**
     * A work whose DOI is written only as its resolver link (Mendeley's BibTeX, an author's
     * "url: https://doi.org/...") is the same work: its retraction is not missed.
     */
    @Test
    void aDoiWrittenOnlyAsTheResolverUrlIsCheckedForRetractions() throws Exception {
        Path site = MiniSite.write(dir.resolve("src"), """
                -- site.yaml --
                retractions: rw.csv
                bibliography: references/library.bib
                -- rw.csv --
                %s1,T,,,The Lancet,Elsevier,,,,,2/6/2010 0:00,10.1016/S0140-6736(10)60175-4,,,\
                10.1016/S0140-6736(97)11096-0,,Retraction,,,
                2,T,,,The Lancet,Elsevier,,,,,6/5/2020 0:00,10.1016/S0140-6736(20)31324-6,,,\
                10.1016/S0140-6736(20)31180-6,,Retraction,,,
                -- references/library.bib --
                @article{wakefield1998,
                  title = {Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and pervasive developmental disorder in children},
                  author = {Wakefield, A. J.},
                  journal = {The Lancet},
                  year = {1998},
                  url = {https://doi.org/10.1016/S0140-6736(97)11096-0},
                }
                -- content/reviews/r.md --
                ---
                title: R
                date: 2024-01-02
                study: {year: 2020, journal: J, population: Adults}
                sources:
                  - id: mehra2020
                    title: Hydroxychloroquine or chloroquine with or without a macrolide for treatment of COVID-19
                    url: http://dx.doi.org/10.1016/s0140-6736(20)31180-6
                ---
                Text [@mehra2020; @wakefield1998].
                """.formatted(RETRACTION_WATCH_HEADER));

        Cli.Run run = build(site, dir.resolve("out"));

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.diagnostics()).containsExactly(
                "content/reviews/r.md:6:5: warning: source 'mehra2020' cites a work retracted on 2020-06-05; "
                        + "notice doi:10.1016/S0140-6736(20)31324-6",
                "references/library.bib:1:1: warning: source 'wakefield1998' cites a work retracted on 2010-02-06; "
                        + "notice doi:10.1016/S0140-6736(10)60175-4; cited by content/reviews/r.md");
        String page = Files.readString(dir.resolve("out/reviews/r/index.html"));
        assertThat(page.split("class=\"retraction-label\"", -1)).hasSize(3);
        assertThat(Files.readString(dir.resolve("out/sources/index.html")).split("class=\"retraction-label\"", -1))
                .hasSize(3);
    }

    /** One work cited once by its doi and once by its https://doi.org/ url is listed twice: a warning at the second. */
    @Test
    void aDoiWrittenAsTheResolverUrlIsADuplicateOfTheSameDoi() throws Exception {
        Path site = MiniSite.write(dir.resolve("src"), """
                -- site.yaml --
                bibliography: references/library.bib
                -- references/library.bib --
                @article{page2021,
                  title = {The {PRISMA} 2020 statement: an updated guideline for reporting systematic reviews},
                  author = {Page, Matthew J.}, journal = {BMJ}, year = {2021},
                  url = {https://doi.org/10.1136/bmj.n71},
                }
                -- content/reviews/r.md --
                ---
                title: R
                date: 2024-01-02
                study: {year: 2021, journal: BMJ, population: Reviews}
                sources:
                  - {id: prisma, title: The PRISMA 2020 statement, doi: 10.1136/BMJ.N71}
                  - {id: again, title: The PRISMA 2020 statement, url: "https://doi.org/10.1136/bmj.n71"}
                ---
                Text [@prisma; @again; @page2021].
                """);

        Cli.Run run = Cli.run("check", "--source", site.toString());

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.diagnostics()).containsExactly(
                "content/reviews/r.md:7:56: warning: duplicate doi '10.1136/bmj.n71' in this review's sources"
                        + " (first at line 6)",
                "references/library.bib:1:1: warning: source 'page2021' has the same doi '10.1136/bmj.n71' as source"
                        + " 'prisma' in content/reviews/r.md: one work listed twice");
    }

    /** A bibliography entry's DOI with the full stop of the reference it came from is a warning at its field. */
    @Test
    void aBibliographyDoiEndingInAFullStopIsAWarningAtItsField() throws Exception {
        Path site = MiniSite.write(dir.resolve("src"), """
                -- site.yaml --
                bibliography: references/library.ris
                -- references/library.ris --
                TY  - JOUR
                ID  - page2021
                TI  - The PRISMA 2020 statement: an updated guideline for reporting systematic reviews
                DO  - 10.1136/bmj.n71.
                ER  -\s
                -- content/reviews/r.md --
                ---
                title: R
                date: 2024-01-02
                study: {year: 2021, journal: BMJ, population: Reviews}
                ---
                Text [@page2021].
                """);

        Cli.Run run = Cli.run("check", "--source", site.toString());

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.diagnostics()).containsExactly("references/library.ris:4:1: warning: entry 'page2021': doi"
                + " '10.1136/bmj.n71.' ends with '.', most often the full stop of the reference it was copied from;"
                + " a DOI rarely ends so");
    }

    /** Builds {@code site} into {@code out} for https://example.org. */
    private static Cli.Run build(Path site, Path out) {
        return Cli.run("build", "--base-url", "https://example.org", "--source", site.toString(), "--output",
                out.toString());
    }
}
