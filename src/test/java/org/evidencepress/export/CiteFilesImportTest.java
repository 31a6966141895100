package org.evidencepress.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.ris.RISConverter;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import org.evidencepress.bibliography.BibItem;
import org.evidencepress.bibliography.Bibliographies;
import org.evidencepress.frontmatter.References;
import org.evidencepress.testing.Cli;
import org.evidencepress.testing.MiniSite;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cite and references files of a review, read back by readers that are not ours
 * (jbibtex, citeproc-java's RIS parser, Jackson): title, authors, date, DOI and container
 * survive, with LaTeX specials, acronyms and non-ASCII names in the way.
 */
class CiteFilesImportTest {
    static final String TITLE = "DNA methylation & 50% of Parkinson's disease: a_study of R^2 in Zürich";

    @TempDir
    static Path dir;
    static Path review;

    @BeforeAll
    static void build() {
        Path site = MiniSite.write(dir.resolve("src"), """
                -- site.yaml --
                title: Ünï Reviews
                baseUrl: https://reviews.example.org
                -- content/reviews/dna.md --
                ---
                title: "Does DNA methylation predict Parkinson's disease?"
                date: 2026-03-07
                updated: 2026-05-02
                author: [Ana Lima, "Müller, Jürgen"]
                language: en-GB
                doi: https://doi.org/10.5555/EP.2026.001
                study:
                  year: 2020
                  journal: Test Journal
                  population: Adults
                sources:
                  - id: dna2020
                    title: "%s"
                    authors: [Zoë Ångström, P. B. Jones, et al.]
                    journal: "Journal of R&D"
                    year: 2020
                    doi: "doi:10.5555/ep-test.1"
                  - id: web
                    title: A page
                    type: webpage
                    url: "https://example.org/a b"
                    accessed: 2024-03-15
                ---

                Text [@dna2020; @web].
                """.formatted(TITLE));
        Cli.Run run = Cli.run("build", "--source", site.toString(), "--output", dir.resolve("out").toString());
        assertThat(run.exit()).as(run.all()).isZero();
        review = dir.resolve("out/reviews/dna");
    }

    private static String read(String name) throws Exception {
        return Files.readString(review.resolve(name), StandardCharsets.UTF_8);
    }

    /** The field as a LaTeX reader shows it (the printer makes ' typographic; it is put back). */
    private static String latex(BibTeXEntry entry, Key key) throws Exception {
        return new LaTeXPrinter().print(new LaTeXParser().parse(entry.getField(key).toUserString()))
                .replace('\u2019', '\'');
    }

    @Test
    void bibtexParsesWithJbibtexAndKeepsEveryField() throws Exception {
        BibTeXDatabase cite = new BibTeXParser().parse(new StringReader(read("cite.bib")));
        BibTeXEntry self = cite.getEntries().values().iterator().next();
        assertThat(latex(self, BibTeXEntry.KEY_TITLE)).isEqualTo("Does DNA methylation predict Parkinson's disease?");
        assertThat(self.getField(BibTeXEntry.KEY_TITLE).toUserString())
                .isEqualTo("Does {DNA} methylation predict {Parkinson}'s disease?");
        assertThat(self.getField(BibTeXEntry.KEY_AUTHOR).toUserString()).isEqualTo("Lima, Ana and Müller, Jürgen");
        assertThat(self.getField(BibTeXEntry.KEY_YEAR).toUserString()).isEqualTo("2026");
        assertThat(self.getField(BibTeXEntry.KEY_DOI).toUserString()).isEqualTo("10.5555/EP.2026.001");
        assertThat(self.getField(BibTeXEntry.KEY_JOURNAL).toUserString()).isEqualTo("Ünï Reviews");
        assertThat(self.getKey().getValue()).isEqualTo("lima2026");

        BibTeXDatabase refs = new BibTeXParser().parse(new StringReader(read("references.bib")));
        assertThat(refs.getEntries()).hasSize(2);
        BibTeXEntry dna = refs.resolveEntry(new Key("dna2020"));
        assertThat(latex(dna, BibTeXEntry.KEY_TITLE)).isEqualTo(TITLE);
        assertThat(dna.getField(BibTeXEntry.KEY_AUTHOR).toUserString())
                .isEqualTo("Ångström, Zoë and Jones, P. B. and others");
        assertThat(latex(dna, BibTeXEntry.KEY_JOURNAL)).isEqualTo("Journal of R&D");
        assertThat(dna.getField(BibTeXEntry.KEY_DOI).toUserString()).isEqualTo("10.5555/ep-test.1");
        assertThat(refs.resolveEntry(new Key("web")).getField(BibTeXEntry.KEY_URL).toUserString())
                .isEqualTo("https://example.org/a%20b");
    }

    @Test
    void risParsesWithCiteprocJava() throws Exception {
        RISReference self = parseRis(read("cite.ris")).get(0);
        assertThat(self.getTitle()).isEqualTo("Does DNA methylation predict Parkinson's disease?");
        assertThat(self.getAuthors()).containsExactly("Lima, Ana", "Müller, Jürgen");
        assertThat(self.getYear()).isEqualTo("2026");
        assertThat(self.getDOI()).isEqualTo("10.5555/EP.2026.001");
        CSLItemData item = new RISConverter().toItemData(self);
        assertThat(item.getContainerTitle()).isEqualTo("Ünï Reviews");
        assertThat(self.getSecondaryTitle()).isEqualTo("Ünï Reviews");
        assertThat(self.getDate()).isEqualTo("2026/03/07/");
    }

    private static List<RISReference> parseRis(String text) throws Exception {
        RISLibrary library = new RISParser().parse(new StringReader(text));
        return library.getReferences();
    }

    @Test
    void risReferencesKeepTitleAuthorsDoiAndJournal() throws Exception {
        List<RISReference> refs = parseRis(read("references.ris"));
        assertThat(refs).hasSize(2);
        RISReference dna = refs.get(0);
        assertThat(dna.getTitle()).isEqualTo(TITLE);
        assertThat(dna.getAuthors()).as("no author named 'others'").containsExactly("Ångström, Zoë", "Jones, P. B.");
        assertThat(dna.getDOI()).isEqualTo("10.5555/ep-test.1");
        assertThat(dna.getYear()).isEqualTo("2020");
        assertThat(new RISConverter().toItemData(dna).getContainerTitle()).isEqualTo("Journal of R&D");
        assertThat(refs.get(1).getURL()).isEqualTo("https://example.org/a%20b");
    }

    @Test
    void cslJsonParsesWithJackson() throws Exception {
        JsonNode self = new ObjectMapper().readTree(read("cite.json")).get(0);
        assertThat(self.get("title").asText()).isEqualTo("Does DNA methylation predict Parkinson's disease?");
        assertThat(self.get("author").get(1).get("family").asText()).isEqualTo("Müller");
        assertThat(self.get("author").get(1).get("given").asText()).isEqualTo("Jürgen");
        assertThat(self.get("issued").get("date-parts").get(0).toString()).isEqualTo("[2026,3,7]");
        assertThat(self.get("DOI").asText()).isEqualTo("10.5555/EP.2026.001");
        assertThat(self.get("container-title").asText()).isEqualTo("Ünï Reviews");
        // The review's language, which keeps a reader from title-casing a title in another language.
        assertThat(self.get("language").asText()).isEqualTo("en-GB");
        assertThat(read("cite.bib")).contains("langid = {british}");
        assertThat(read("cite.ris")).contains("LA  - en-GB\n");

        JsonNode refs = new ObjectMapper().readTree(read("references.json"));
        assertThat(refs).hasSize(2);
        assertThat(refs.get(0).get("title").asText()).isEqualTo(TITLE);
        assertThat(refs.get(0).get("author").get(0).get("family").asText()).isEqualTo("Ångström");
        assertThat(refs.get(0).get("container-title").asText()).isEqualTo("Journal of R&D");
        assertThat(refs.get(0).get("DOI").asText()).isEqualTo("10.5555/ep-test.1");
        assertThat(refs.get(1).get("type").asText()).isEqualTo("webpage");
        // As references.bib (urldate) and references.ris (Y2) carry it.
        assertThat(refs.get(1).get("accessed").get("date-parts").get(0).toString()).isEqualTo("[2024,3,15]");
    }

    /**
     * A bibliography entry's downloads keep what reference managers keep: particles and
     * suffixes of names, editors, volume, issue and pages, the work's language, and a chapter
     * as a chapter.
     */
    @Test
    void bibliographyEntriesKeepTheirFieldsInEveryFormat() throws Exception {
        Path site = MiniSite.write(dir.resolve("bib"), """
                -- site.yaml --
                title: T
                baseUrl: https://example.org
                bibliography: library.bib
                -- library.bib --
                @article{ware1992,
                  author = {Ware, Jr., John E. and Sherbourne, Cathy Donald},
                  title = {The {MOS} 36-item short-form health survey ({SF-36}): {I}. Conceptual framework and item selection},
                  journal = {Medical Care}, year = {1992}, month = jun, volume = {30}, number = {6}, pages = {473--483},
                  urldate = {2024-03-15}, note = {Part of the Medical Outcomes Study},
                  abstract = {A 36-item short-form survey of health status.}, keywords = {health status, SF-36},
                  langid = {american}
                }
                @article{vanvalkenhoef2012,
                  author = {van Valkenhoef, Gert and Lu, Guobing and de Brock, Bert and Hillege, Hans and Ades, A. E. and Welton, Nicky J.},
                  title = {Automating network meta-analysis},
                  journal = {Research Synthesis Methods}, year = {2012}, volume = {3}, number = {4}, pages = {285--299}
                }
                @incollection{deeks2019,
                  author = {Deeks, Jonathan J. and Higgins, Julian P. T. and Altman, Douglas G.},
                  title = {Analysing data and undertaking meta-analyses},
                  booktitle = {Cochrane Handbook for Systematic Reviews of Interventions},
                  editor = {Higgins, Julian P. T. and Thomas, James},
                  publisher = {Wiley}, address = {Chichester}, year = {2019}, edition = {2}, pages = {241--284},
                  chapter = {10}
                }
                @book{freud2010,
                  author = {Freud, Sigmund}, translator = {Strachey, James}, origdate = {1900},
                  title = {The Interpretation of Dreams}, publisher = {Basic Books}, year = {2010},
                  series = {Classics}, number = {12}, pagetotal = {688}, pmid = {123456}
                }
                @article{messaoudi2011,
                  author = {Messaoudi, Michaël and others},
                  title = {Assessment of psychotropic-like properties of a probiotic formulation (\\emph{Lactobacillus helveticus} R0052 and \\emph{Bifidobacterium longum} R0175) in rats and human subjects},
                  journal = {British Journal of Nutrition}, year = {2011}, volume = {105}, number = {5}, pages = {755--764}
                }
                -- content/reviews/r.md --
                ---
                title: R
                date: 2026-01-10
                study: {year: 2012, journal: Research Synthesis Methods, population: Trials}
                ---
                Text [@ware1992; @vanvalkenhoef2012; @deeks2019; @messaoudi2011; @freud2010].
                """);
        assertThat(Cli.run("build", "--source", site.toString()).exit()).isZero();
        Path page = site.resolve("site/reviews/r");

        BibTeXDatabase bib = new BibTeXParser().parse(new StringReader(
                Files.readString(page.resolve("references.bib"), StandardCharsets.UTF_8)));
        BibTeXEntry ware = bib.resolveEntry(new Key("ware1992"));
        assertThat(ware.getField(BibTeXEntry.KEY_AUTHOR).toUserString())
                .isEqualTo("Ware, Jr., John E. and Sherbourne, Cathy Donald");
        assertThat(ware.getField(BibTeXEntry.KEY_VOLUME).toUserString()).isEqualTo("30");
        assertThat(ware.getField(BibTeXEntry.KEY_NUMBER).toUserString()).isEqualTo("6");
        assertThat(ware.getField(BibTeXEntry.KEY_PAGES).toUserString()).isEqualTo("473--483");
        assertThat(ware.getField(BibTeXEntry.KEY_MONTH).toUserString()).isEqualTo("jun");
        assertThat(ware.getField(new Key("urldate")).toUserString()).isEqualTo("2024-03-15");
        assertThat(ware.getField(new Key("note")).toUserString()).isEqualTo("Part of the Medical Outcomes Study");
        assertThat(ware.getField(new Key("abstract")).toUserString()).isEqualTo("A 36-item short-form survey of health status.");
        assertThat(ware.getField(new Key("keywords")).toUserString()).isEqualTo("health status, SF-36");
        assertThat(ware.getField(new Key("langid")).toUserString()).isEqualTo("american");
        assertThat(bib.resolveEntry(new Key("vanvalkenhoef2012")).getField(BibTeXEntry.KEY_AUTHOR).toUserString())
                .startsWith("van Valkenhoef, Gert and Lu, Guobing and de Brock, Bert and ");
        assertThat(bib.resolveEntry(new Key("messaoudi2011")).getField(BibTeXEntry.KEY_TITLE).toUserString())
                .contains("(\\emph{{Lactobacillus} helveticus} {R0052} and \\emph{{Bifidobacterium} longum} {R0175})");
        BibTeXEntry deeks = bib.resolveEntry(new Key("deeks2019"));
        assertThat(deeks.getType().getValue()).isEqualTo("incollection");
        assertThat(deeks.getField(BibTeXEntry.KEY_EDITOR).toUserString()).isEqualTo("Higgins, Julian P. T. and Thomas, James");
        assertThat(latex(deeks, BibTeXEntry.KEY_BOOKTITLE)).isEqualTo("Cochrane Handbook for Systematic Reviews of Interventions");
        assertThat(deeks.getField(BibTeXEntry.KEY_ADDRESS).toUserString()).isEqualTo("Chichester");
        assertThat(deeks.getField(BibTeXEntry.KEY_CHAPTER).toUserString()).isEqualTo("10");
        BibTeXEntry freud = bib.resolveEntry(new Key("freud2010"));
        assertThat(freud.getField(new Key("translator")).toUserString()).isEqualTo("Strachey, James");
        assertThat(freud.getField(new Key("origdate")).toUserString()).isEqualTo("1900");
        assertThat(freud.getField(BibTeXEntry.KEY_SERIES).toUserString()).isEqualTo("Classics");
        assertThat(freud.getField(BibTeXEntry.KEY_NUMBER).toUserString()).as("the number in the series").isEqualTo("12");
        assertThat(freud.getField(new Key("pagetotal")).toUserString()).isEqualTo("688");
        assertThat(freud.getField(new Key("pmid")).toUserString()).isEqualTo("123456");
        assertThat(Files.readString(page.resolve("references.ris"), StandardCharsets.UTF_8))
                .contains("A4  - Strachey, James\n", "T3  - Classics\n");

        List<RISReference> ris = parseRis(Files.readString(page.resolve("references.ris"), StandardCharsets.UTF_8));
        RISReference risWare = ris.stream().filter(r -> r.getTitle().startsWith("The MOS")).findFirst().orElseThrow();
        assertThat(risWare.getAuthors()).containsExactly("Ware, John E., Jr.", "Sherbourne, Cathy Donald");
        assertThat(risWare.getVolume()).isEqualTo("30");
        assertThat(risWare.getIssue()).isEqualTo("6");
        assertThat(risWare.getStartPage()).isEqualTo("473");
        assertThat(risWare.getEndPage()).isEqualTo("483");
        assertThat(risWare.getAccessDate()).isEqualTo("2024/03/15/");
        assertThat(risWare.getNotes()).containsExactly("Part of the Medical Outcomes Study");
        assertThat(risWare.getAbstrct()).isEqualTo("A 36-item short-form survey of health status.");
        assertThat(risWare.getKeywords()).containsExactly("health status", "SF-36");
        assertThat(risWare.getLanguage()).isEqualTo("en-US");
        RISReference risDeeks = ris.stream().filter(r -> r.getTitle().startsWith("Analysing")).findFirst().orElseThrow();
        assertThat(risDeeks.getType().name()).isEqualTo("CHAP");
        assertThat(risDeeks.getEditors()).containsExactly("Higgins, Julian P. T.", "Thomas, James");

        JsonNode json = new ObjectMapper().readTree(page.resolve("references.json").toFile());
        JsonNode jsonWare = json.get(0).get("id").asText().equals("ware1992") ? json.get(0) : json.get(1);
        assertThat(jsonWare.get("author").get(0).get("suffix").asText()).isEqualTo("Jr.");
        assertThat(jsonWare.get("volume").asText()).isEqualTo("30");
        assertThat(jsonWare.get("page").asText()).isEqualTo("473-483");
        assertThat(jsonWare.get("issued").get("date-parts").get(0).toString()).isEqualTo("[1992,6]");
        assertThat(jsonWare.get("accessed").get("date-parts").get(0).toString()).isEqualTo("[2024,3,15]");
        assertThat(jsonWare.get("note").asText()).isEqualTo("Part of the Medical Outcomes Study");
        assertThat(jsonWare.get("abstract").asText()).isEqualTo("A 36-item short-form survey of health status.");
        assertThat(jsonWare.get("keyword").asText()).isEqualTo("health status, SF-36");
        assertThat(jsonWare.get("language").asText()).isEqualTo("en-US");
        JsonNode valkenhoef = null;
        for (JsonNode item : json) {
            if (item.get("id").asText().equals("vanvalkenhoef2012")) {
                valkenhoef = item;
            }
        }
        assertThat(valkenhoef.get("author").get(0).get("non-dropping-particle").asText()).isEqualTo("van");
    }

    @Test
    void pageCarriesCitationMetadataAndTheCiteBlock() throws Exception {
        String html = read("index.html");
        assertThat(html).contains("<meta name=\"citation_author\" content=\"Ana Lima\">",
                "<meta name=\"citation_author\" content=\"Müller, Jürgen\">",
                "<meta name=\"citation_doi\" content=\"10.5555/EP.2026.001\">",
                "(Updated <time datetime=\"2026-05-02\">",
                "<p class=\"cite-text\">Lima A, Müller J (2026). "
                        + "Does DNA methylation predict Parkinson&#39;s disease? "
                        + "Ünï Reviews. <a href=\"https://doi.org/10.5555/EP.2026.001\">"
                        + "https://doi.org/10.5555/EP.2026.001</a></p>",
                "<a href=\"cite.bib\" download>BibTeX</a>", "<a href=\"references.ris\" download>RIS</a>");
        int script = html.indexOf("<script type=\"application/ld+json\">");
        JsonNode ld = new ObjectMapper().readTree(html.substring(script + 35, html.indexOf("</script>", script)));
        assertThat(ld.get("author").get(0).get("name").asText()).isEqualTo("Ana Lima");
        assertThat(ld.get("identifier").get("value").asText()).isEqualTo("10.5555/EP.2026.001");
        assertThat(ld.get("dateModified").asText()).isEqualTo("2026-05-02");
        String feed = Files.readString(dir.resolve("out/feed.xml"));
        assertThat(feed).contains(
                "<published>2026-03-07T00:00:00Z</published>\n<updated>2026-05-02T00:00:00Z</updated>");
    }

    /**
     * "Ana Lima and Ben Okafor" in one string: BibTeX read two people, CSL-JSON, RIS and the
     * page one, whose family name became "and Ben Okafor". Every file now names the same two.
     */
    @Test
    void twoAuthorsInOneStringAreTheSameTwoInEveryFileAndOnThePage() throws Exception {
        Path site = MiniSite.write(dir.resolve("pair"), """
                -- site.yaml --
                title: T
                baseUrl: https://example.org
                -- content/reviews/r.md --
                ---
                title: R
                date: 2026-01-10
                author: "Ana Lima and Ben Okafor"
                study: {year: 2012, journal: Research Synthesis Methods, population: Trials}
                ---
                Text.
                """);
        assertThat(Cli.run("build", "--source", site.toString()).exit()).isZero();
        Path page = site.resolve("site/reviews/r");

        BibTeXEntry bib = new BibTeXParser().parse(new StringReader(
                Files.readString(page.resolve("cite.bib"), StandardCharsets.UTF_8))).getEntries().values().iterator().next();
        assertThat(bib.getField(BibTeXEntry.KEY_AUTHOR).toUserString()).isEqualTo("Lima, Ana and Okafor, Ben");
        assertThat(parseRis(Files.readString(page.resolve("cite.ris"), StandardCharsets.UTF_8)).get(0).getAuthors())
                .containsExactly("Lima, Ana", "Okafor, Ben");
        JsonNode json = new ObjectMapper().readTree(page.resolve("cite.json").toFile()).get(0);
        assertThat(json.get("author").toString())
                .isEqualTo("[{\"family\":\"Lima\",\"given\":\"Ana\"},{\"family\":\"Okafor\",\"given\":\"Ben\"}]");
        assertThat(Files.readString(page.resolve("index.html"), StandardCharsets.UTF_8)).contains(
                "<meta name=\"citation_author\" content=\"Ana Lima\">",
                "<meta name=\"citation_author\" content=\"Ben Okafor\">");
    }

    /** Keys that differ only in case are one key to a BibTeX reader: references.bib keeps both works apart. */
    @Test
    void keysThatDifferOnlyInCaseAreTwoEntriesInReferencesBib() throws Exception {
        Path site = builtCiting("keycase", "library.bib", """
                @article{Madsen2002, author = {Madsen, Kreesten Meldgaard}, title = {A population-based study of measles,
                  mumps, and rubella vaccination and autism}, journal = {N Engl J Med}, year = {2002}}
                @article{madsen2002, author = {Madsen, Kreesten Meldgaard}, title = {A population-based study of
                  measles, mumps, and rubella vaccination and autism}, journal = {New England Journal of Medicine},
                  year = {2002}, doi = {10.1056/NEJMoa021134}}
                """, "[@Madsen2002; @madsen2002]");
        BibTeXDatabase bib = new BibTeXParser().parse(new StringReader(Files.readString(
                site.resolve("site/reviews/r/references.bib"), StandardCharsets.UTF_8)));
        assertThat(bib.getEntries()).hasSize(2);
    }

    /** An issue of two months keeps both in references.bib and references.json, as the page's style reads them. */
    @Test
    void aMonthRangeKeepsBothMonthsInTheDownloads() throws Exception {
        Path site = builtCiting("range", "library.bib", """
                @article{issue2019, author = {Roe, Ann}, title = {A}, journal = {J}, year = {2019}, month = mar # "--" # apr}
                """, "[@issue2019]");
        Path page = site.resolve("site/reviews/r");
        BibTeXEntry entry = new BibTeXParser().parse(new StringReader(Files.readString(page.resolve("references.bib"),
                StandardCharsets.UTF_8))).resolveEntry(new Key("issue2019"));
        assertThat(entry.getField(new Key("date")).toUserString()).isEqualTo("2019-03/2019-04");
        assertThat(entry.getField(BibTeXEntry.KEY_MONTH).toUserString()).isEqualTo("mar");
        JsonNode json = new ObjectMapper().readTree(page.resolve("references.json").toFile());
        assertThat(json.get(0).get("issued").get("date-parts").toString()).isEqualTo("[[2019,3],[2019,4]]");
    }

    /**
     * An access date of a year and month, as a page read "March 2024" is cited, is written to
     * references.bib, references.ris and references.json as the month it is, not left out.
     */
    @Test
    void anAccessMonthIsWrittenToEveryCitationFile() throws Exception {
        Path site = builtCiting("accessmonth", "library.json", """
                [{"id": "who2024", "type": "webpage", "title": "Depression fact sheet",
                  "URL": "https://www.who.int/news-room/fact-sheets/detail/depression",
                  "issued": {"date-parts": [[2023]]}, "accessed": {"date-parts": [[2024, 3]]}}]
                """, "[@who2024]");
        Path page = site.resolve("site/reviews/r");
        BibTeXEntry entry = new BibTeXParser().parse(new StringReader(Files.readString(page.resolve("references.bib"),
                StandardCharsets.UTF_8))).resolveEntry(new Key("who2024"));
        assertThat(entry.getField(new Key("urldate")).toUserString()).isEqualTo("2024-03");
        assertThat(Files.readString(page.resolve("references.ris"), StandardCharsets.UTF_8))
                .contains("Y2  - 2024/03//");
        JsonNode json = new ObjectMapper().readTree(page.resolve("references.json").toFile());
        assertThat(json.get(0).get("accessed").get("date-parts").toString()).isEqualTo("[[2024,3]]");
    }

    /**
     * A CSL-JSON web page comes back from references.bib as the web page it was: BibLaTeX's
     * {@code @online}, as Better BibLaTeX writes it, with its website, address and access date.
     */
    @Test
    void aWebPageRoundTripsThroughReferencesBib() throws Exception {
        Path site = builtCiting("web", "library.json", """
                [{"id": "who2024", "type": "webpage", "title": "Depression fact sheet",
                  "author": [{"literal": "World Health Organization"}], "container-title": "WHO newsroom",
                  "URL": "https://www.who.int/news-room/fact-sheets/detail/depression",
                  "issued": {"date-parts": [[2023, 3, 31]]}, "accessed": {"date-parts": [[2024, 2, 3]]}}]
                """, "[@who2024]");
        Path page = site.resolve("site/reviews/r");
        BibTeXEntry entry = new BibTeXParser().parse(new StringReader(Files.readString(page.resolve("references.bib"),
                StandardCharsets.UTF_8))).resolveEntry(new Key("who2024"));
        assertThat(entry.getType().getValue()).isEqualTo("online");
        assertThat(entry.getField(new Key("titleaddon")).toUserString()).isEqualTo("WHO newsroom");

        Files.copy(page.resolve("references.bib"), site.resolve("back.bib"));
        BibItem back = new Bibliographies(site, new References(List.of(new References.Ref("back.bib", 1, 1)),
                List.of(), null), "site.yaml").site().get("who2024");
        assertThat(back.csl().get("type")).isEqualTo("webpage");
        assertThat(back.csl().get("container-title")).isEqualTo("WHO newsroom");
        assertThat(back.csl().get("URL")).isEqualTo("https://www.who.int/news-room/fact-sheets/detail/depression");
        assertThat(BibItem.dateParts(back.csl().get("accessed"))).containsExactly(2024, 2, 3);
        assertThat(BibItem.dateParts(back.csl().get("issued"))).containsExactly(2023, 3, 31);
    }

    /**
     * "et al." is no author in CSL-JSON or RIS: Zotero imported the final {"literal": "others"}
     * and "AU  - others" as an author named "others", which its styles then printed. BibTeX keeps
     * "and others", which every reader takes as "et al.", and which reads back as such.
     */
    @Test
    void etAlIsNoAuthorInCslJsonOrRis() throws Exception {
        JsonNode json = new ObjectMapper().readTree(review.resolve("references.json").toFile());
        assertThat(json.get(0).get("author").toString()).isEqualTo(
                "[{\"family\":\"Ångström\",\"given\":\"Zoë\"},{\"family\":\"Jones\",\"given\":\"P. B.\"}]");
        assertThat(read("references.ris")).contains("AU  - Jones, P. B.\n").doesNotContain("others");
        Path back = dir.resolve("back");
        Files.createDirectories(back);
        Files.copy(review.resolve("references.bib"), back.resolve("r.bib"));
        BibItem dna = new Bibliographies(back, new References(List.of(new References.Ref("r.bib", 1, 1)), List.of(),
                null), "site.yaml").site().get("dna2020");
        assertThat(dna.authorNames()).containsExactly("Zoë Ångström", "P. B. Jones", "et al.");
    }

    /**
     * A review whose author list ends in "et al." says so in its citation, but no metadata names
     * a person "et al." or "others": not citation_author, JSON-LD, the feed or cite.json.
     */
    @Test
    void aReviewsEtAlIsNoAuthorInItsMetadata() throws Exception {
        Path site = MiniSite.write(dir.resolve("etal"), """
                -- site.yaml --
                title: T
                baseUrl: https://example.org
                -- content/reviews/r.md --
                ---
                title: R
                date: 2026-01-10
                author: [Ana Lima, Ben Okafor, et al.]
                study: {year: 2019, journal: J, population: P}
                ---
                Text.
                """);
        assertThat(Cli.run("build", "--source", site.toString()).exit()).isZero();
        String html = Files.readString(site.resolve("site/reviews/r/index.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<meta name=\"citation_author\" content=\"Ben Okafor\">")
                .doesNotContain("content=\"et al.\"");
        int script = html.indexOf("<script type=\"application/ld+json\">");
        JsonNode ld = new ObjectMapper().readTree(html.substring(script + 35, html.indexOf("</script>", script)));
        assertThat(ld.get("author")).hasSize(2);
        assertThat(Files.readString(site.resolve("site/feed.xml"), StandardCharsets.UTF_8))
                .contains("<name>Ben Okafor</name>").doesNotContain("<name>et al.</name>");
        assertThat(Files.readString(site.resolve("site/reviews/r/cite.json"), StandardCharsets.UTF_8))
                .contains("{\"family\":\"Okafor\",\"given\":\"Ben\"}]").doesNotContain("others");
    }

    /** A data set and a software package come back from references.bib as what they were, as BibLaTeX types them. */
    @Test
    void dataAndSoftwareKeepTheirTypesThroughReferencesBib() throws Exception {
        Path site = builtCiting("types", "library.json", """
                [{"id": "metafor", "type": "software", "title": "metafor: Meta-Analysis Package for R",
                  "author": [{"family": "Viechtbauer", "given": "Wolfgang"}], "issued": {"date-parts": [[2024]]},
                  "URL": "https://CRAN.R-project.org/package=metafor"},
                 {"id": "trials", "type": "dataset", "title": "Trial data", "author": [{"family": "Roe", "given": "Ann"}],
                  "publisher": "Zenodo", "DOI": "10.5281/zenodo.1", "issued": {"date-parts": [[2023]]}},
                 {"id": "draft", "type": "manuscript", "title": "A draft", "author": [{"family": "Poe", "given": "Bo"}],
                  "issued": {"date-parts": [[2025]]}}]
                """, "[@metafor; @trials; @draft]");
        Files.copy(site.resolve("site/reviews/r/references.bib"), site.resolve("back.bib"));
        Bibliographies back = new Bibliographies(site, new References(List.of(new References.Ref("back.bib", 1, 1)),
                List.of(), null), "site.yaml");
        assertThat(back.site().get("metafor").csl().get("type")).isEqualTo("software");
        assertThat(back.site().get("trials").csl().get("type")).isEqualTo("dataset");
        assertThat(back.site().get("trials").csl().get("publisher")).isEqualTo("Zenodo");
        assertThat(back.site().get("draft").csl().get("type")).isEqualTo("manuscript");
    }

    /**
     * A title's {@code <}, {@code >} and a literal {@code --} are escaped in references.bib, as
     * Better BibTeX writes them: as they were, LaTeX's default font encoding prints "¡" for
     * {@code <} and an en dash for {@code --}. Both BibTeX readers give the title back as it was.
     */
    @Test
    void lessThanGreaterThanAndADoubleHyphenReadBackAsTheyWere() throws Exception {
        String title = "IL-6 levels > 7 pg/mL and p < 0.05 -- a note on --help and a---b";
        Path site = builtCiting("specials", "library.json", """
                [{"id": "lt2021", "type": "article-journal", "title": "%s", "container-title": "J < K",
                  "author": [{"family": "Roe", "given": "Ann"}], "issued": {"date-parts": [[2021]]}, "page": "12-19"}]
                """.formatted(title), "[@lt2021]");
        String bib = Files.readString(site.resolve("site/reviews/r/references.bib"), StandardCharsets.UTF_8);
        BibTeXEntry entry = new BibTeXParser().parse(new StringReader(bib)).resolveEntry(new Key("lt2021"));
        String written = entry.getField(BibTeXEntry.KEY_TITLE).toUserString();
        assertThat(written).doesNotContain("<", ">", "--");
        assertThat(latex(entry, BibTeXEntry.KEY_TITLE)).isEqualTo(title);
        assertThat(latex(entry, BibTeXEntry.KEY_JOURNAL)).isEqualTo("J < K");
        assertThat(entry.getField(BibTeXEntry.KEY_PAGES).toUserString()).isEqualTo("12--19");

        Files.copy(site.resolve("site/reviews/r/references.bib"), site.resolve("back.bib"));
        BibItem back = new Bibliographies(site, new References(List.of(new References.Ref("back.bib", 1, 1)),
                List.of(), null), "site.yaml").site().get("lt2021");
        // The braces that keep IL-6's and mL's capitals come back as nocase spans, as citeproc-js reads them.
        assertThat(back.csl().get("title").toString().replaceAll("</?span[^>]*>", "")).isEqualTo(title);
        assertThat(back.csl().get("container-title")).isEqualTo("J < K");
    }

    /** A PubMed record's PMID and PMCID reach every download, where Better BibTeX and EndNote write them, and read back. */
    @Test
    void pubMedIdentifiersReachEveryDownload() throws Exception {
        Path site = builtCiting("pubmed", "library.ris", String.join("\n", "TY  - JOUR", "AU  - Kowalski, Anna",
                "TI  - Aspirin after arthroplasty", "PY  - 2021", "JF  - J Arthroplasty",
                "SN  - 1532-8406 (Electronic)", "AN  - 33301246", "C2  - PMC7745181", "DP  - NLM", "ER  - ", ""),
                "[@kowalski2021]");
        Path page = site.resolve("site/reviews/r");
        String bib = Files.readString(page.resolve("references.bib"), StandardCharsets.UTF_8);
        assertThat(bib).contains("pmid = {33301246}", "pmcid = {PMC7745181}", "issn = {1532-8406}");
        assertThat(Files.readString(page.resolve("references.ris"), StandardCharsets.UTF_8))
                .contains("AN  - 33301246\n", "C2  - PMC7745181\n", "SN  - 1532-8406\n");
        JsonNode json = new ObjectMapper().readTree(page.resolve("references.json").toFile()).get(0);
        assertThat(json.get("PMID").asText()).isEqualTo("33301246");
        assertThat(json.get("PMCID").asText()).isEqualTo("PMC7745181");

        Files.copy(page.resolve("references.bib"), site.resolve("back.bib"));
        Files.copy(page.resolve("references.ris"), site.resolve("back.ris"));
        for (String back : List.of("back.bib", "back.ris")) {
            BibItem item = new Bibliographies(site, new References(List.of(new References.Ref(back, 1, 1)),
                    List.of(), null), "site.yaml").site().get("kowalski2021");
            assertThat(item.csl()).as(back).containsEntry("PMID", "33301246").containsEntry("PMCID", "PMC7745181");
        }
    }

    /**
     * Builds a site in {@code name} whose one review cites {@code citation} from the site's
     * bibliography {@code library}, a file named {@code libraryName}; the site's folder.
     */
    private Path builtCiting(String name, String libraryName, String library, String citation) {
        Path site = MiniSite.write(dir.resolve(name), "-- site.yaml --\ntitle: T\nbaseUrl: https://example.org\n"
                + "bibliography: " + libraryName + "\n-- " + libraryName + " --\n" + library
                + "-- content/reviews/r.md --\n---\ntitle: R\ndate: 2026-01-10\n"
                + "study: {year: 2019, journal: J, population: P}\n---\nText " + citation + ".\n");
        assertThat(Cli.run("build", "--source", site.toString()).exit()).isZero();
        return site;
    }
}
