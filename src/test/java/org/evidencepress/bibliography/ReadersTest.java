package org.evidencepress.bibliography;

import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.frontmatter.References;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each format as reference managers export it (the fixture files are shaped like Zotero,
 * Mendeley and EndNote exports of real works), and malformed input reported at its exact
 * position inside the bibliography file while the rest still loads.
 */
class ReadersTest {
    private static final Path SITE = Path.of("src", "test", "resources", "sites", "references");

    private static String read(String path) throws IOException {
        return Files.readString(SITE.resolve(path), StandardCharsets.UTF_8);
    }

    private static BibItem item(Bibliography bibliography, String key) {
        return bibliography.items().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<String> formatted(Bibliography bibliography) {
        return bibliography.problems().stream().map(Diagnostic::format).toList();
    }

    @Test
    void zoteroBibtexExportBecomesCslJson() throws IOException {
        Bibliography bib = BibtexReader.read("references/library.bib", read("references/library.bib"));

        assertThat(bib.problems()).isEmpty();
        assertThat(bib.items()).extracting(BibItem::key).containsExactly("miller_role_2016", "guyatt_grade_2011",
                "Sterne2019", "Higgins2002", "cochrane_handbook_2019", "who_activity_2020");
        BibItem miller = item(bib, "miller_role_2016");
        assertThat(miller.line()).isEqualTo(5);
        assertThat(miller.column()).isEqualTo(1);
        assertThat(miller.csl()).containsEntry("type", "article-journal")
                .containsEntry("container-title", "Nature Reviews Immunology")
                .containsEntry("volume", "16").containsEntry("issue", "1").containsEntry("page", "22-34")
                .containsEntry("DOI", "10.1038/nri.2015.5")
                .containsEntry("issued", Map.of("date-parts", List.of(List.of(2016, 1))));
        assertThat(miller.csl().get("author")).isEqualTo(List.of(
                Map.of("family", "Miller", "given", "Andrew H."), Map.of("family", "Raison", "given", "Charles L.")));
        assertThat(miller.familyNames()).containsExactly("Miller", "Raison");
    }

    @Test
    void andOthersEndsTheListAsPandocKeepsIt() {
        Bibliography bib = BibtexReader.read("r.bib", """
                @article{madsen2002,
                  author = {Madsen, Kreesten Meldgaard and others},
                  editor = {others},
                  title = {A population-based study of measles, mumps, and rubella vaccination and autism},
                  year = {2002},
                }
                """);

        assertThat(bib.problems()).isEmpty();
        BibItem madsen = item(bib, "madsen2002");
        assertThat(madsen.csl().get("author")).isEqualTo(List.of(
                Map.of("family", "Madsen", "given", "Kreesten Meldgaard"), Map.of("literal", "others")));
        assertThat(madsen.csl()).doesNotContainKey("editor");
        assertThat(madsen.authorNames()).containsExactly("Kreesten Meldgaard Madsen", "et al.");
        assertThat(madsen.familyNames()).containsExactly("Madsen");
    }

    @Test
    void andOthersBeforeOtherNamesKeepsThemEndsInEtAlAndWarnsAtTheEntry() {
        Bibliography bib = BibtexReader.read("r.bib", """
                % Taylor et al., Lancet 1999
                  @article{taylor1999,
                  author = {Taylor, Brent and others and Miller, Elizabeth},
                  title = {Autism and measles, mumps, and rubella vaccine: no epidemiological evidence for a causal association},
                  year = {1999},
                }
                """);

        assertThat(bib.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.isError()).isFalse();
            assertThat(problem.file() + ":" + problem.line() + ":" + problem.column()).isEqualTo("r.bib:2:3");
            assertThat(problem.message()).isEqualTo("'and others' comes before other names in the author list;"
                    + " it is read as the end of the list (\"et al.\" after the names given): move it after the last name");
        });
        BibItem taylor = item(bib, "taylor1999");
        assertThat(taylor.csl().get("author")).isEqualTo(List.of(Map.of("family", "Taylor", "given", "Brent"),
                Map.of("family", "Miller", "given", "Elizabeth"), Map.of("literal", "others")));
        assertThat(taylor.authorNames()).containsExactly("Brent Taylor", "Elizabeth Miller", "et al.");
    }

    /**
     * In an entry over several lines, as Zotero and Better BibTeX write them, a date's warning
     * stands at the line of the field that holds the slip, not at the entry's '@' (a list of
     * names is one problem of the entry, and is told there).
     */
    @Test
    void aDateWarningStandsAtItsFieldsLine() {
        Bibliography bib = BibtexReader.read("r.bib", """
                @article{miller2016,
                  title = {The role of inflammation in depression},
                  author = {Miller, Andrew H. and others and Raison, Charles L.},
                  journal = {Nature Reviews Immunology},
                  year = {2016},
                  month = {13},
                }
                """);

        assertThat(bib.problems()).extracting(p -> p.line() + ":" + p.column()).containsExactly("1:1", "6:3");
    }

    /** A date that cannot be one is a warning at its field, and the entry keeps what is a date. */
    @Test
    void aDateThatCannotBeOneIsAWarningAtItsField() {
        Bibliography bib = BibtexReader.read("r.bib", """
                @article{a, title = {A}, date = {2019-13-05}}
                @article{b, title = {B}, date = {2019-02-30}}
                @article{c, title = {C}, date = {March 2019}}
                @article{d, title = {D}, year = {2019}, month = {Marhc}}
                @article{e, title = {E}, date = {2019-22}, urldate = {2024-06-31}}
                @article{f, title = {F}, year = {2019}, month = {apr}, day = {31}}
                @article{g, title = {G}, year = {20x9}, month = {mar}}
                @article{h, title = {H}, year = {in press}}
                @article{i, title = {I}, year = {2019}, month = feb # "~30"}
                """);

        assertThat(bib.problems()).extracting(p -> p.line() + ":" + p.column() + ": " + p.message()).containsExactly(
                "1:26: date '2019-13-05' has no month 13; read as far as it is a date",
                "2:26: date '2019-02-30' has no day 30; read as far as it is a date",
                "3:26: date 'March 2019' is not a date; write it as 2019, 2019-03 or 2019-03-15 (the entry is left without it)",
                "4:41: month 'Marhc' is not a month; write it as mar, March or 3 (left out)",
                "5:44: urldate '2024-06-31' has no day 31; read as far as it is a date",
                "6:56: day '31' is not a day of that month; left out",
                "7:26: year '20x9' is not a year; write it as 2019 (it is kept as text, as written)",
                "9:41: day '30' is not a day of that month; left out");
        assertThat(bib.problems()).allMatch(p -> !p.isError());
        assertThat(item(bib, "a").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019))));
        assertThat(item(bib, "b").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019, 2))));
        assertThat(item(bib, "c").csl()).doesNotContainKey("issued");
        assertThat(item(bib, "d").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019))));
        assertThat(item(bib, "f").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019, 4))));
        assertThat(item(bib, "g").csl().get("issued")).isEqualTo(Map.of("literal", "20x9"));
        assertThat(item(bib, "i").csl().get("issued")).as("the day classic styles write in the month")
                .isEqualTo(Map.of("date-parts", List.of(List.of(2019, 2))));
        assertThat(item(bib, "h").csl().get("issued")).as("words are a year as written").isEqualTo(
                Map.of("literal", "in press"));
        assertThat(item(bib, "e").csl().get("issued")).as("a season").isEqualTo(Map.of("date-parts", List.of(List.of(2019, 22))));
    }

    /** An issue of two months is a date range, as CSL and biblatex hold it, not a month left out. */
    @Test
    void aBibtexMonthRangeIsADateRange() {
        Bibliography bib = BibtexReader.read("r.bib", """
                @article{a, title = {A}, year = {2019}, month = {Mar--Apr}}
                @article{b, title = {B}, year = {2019}, month = mar # "--" # apr}
                @article{c, title = {C}, year = {2019}, month = {Nov/Dec}}
                @article{d, title = {D}, year = {2019}, month = dec # "-" # jan}
                @article{e, title = {E}, year = {2019}, month = {Mar--Smarch}}
                @article{f, title = {F}, year = {2019--2020}}
                @article{g, title = {G}, year = {2019/2020}}
                """);
        assertThat(bib.problems()).extracting(p -> p.line() + ": " + p.message()).containsExactly(
                "5: month 'Mar--Smarch' is not a month; write it as mar, March or 3 (left out)");
        assertThat(item(bib, "a").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019, 3), List.of(2019, 4))));
        assertThat(item(bib, "b").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019, 3), List.of(2019, 4))));
        assertThat(item(bib, "c").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019, 11), List.of(2019, 12))));
        assertThat(item(bib, "d").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019, 12), List.of(2020, 1))));
        assertThat(item(bib, "f").csl().get("issued")).as("an academic year's volume")
                .isEqualTo(Map.of("date-parts", List.of(List.of(2019), List.of(2020))));
        assertThat(item(bib, "g").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019), List.of(2020))));
    }

    /**
     * An RIS export of a PubMed record (EndNote's, as PubMed's own citation manager gives it to
     * EndNote) has its PMID in AN and its PMCID in C2, which Zotero keeps, and each ISSN followed
     * by its medium: the identifiers are PMID and PMCID, the ISSN is only the numbers.
     */
    @Test
    void aPubMedRisRecordKeepsPmidAndPmcidAndACleanIssn() {
        Bibliography ris = RisReader.read("pubmed.ris", String.join("\n",
                "TY  - JOUR", "DB  - PubMed", "AU  - Kowalski, Anna", "TI  - Aspirin after arthroplasty.",
                "PY  - 2021", "JF  - J Arthroplasty", "SN  - 1532-8406 (Electronic)", "SN  - 0883-5403 (Linking)",
                "AN  - 33301246", "C2  - PMC7745181", "DP  - NLM", "ER  - ",
                "TY  - BOOK", "AU  - Roe, Ann", "TI  - A book", "PY  - 2020", "SN  - 978-0-19-852663-6 (pbk.)",
                "AN  - WOS:000123456700001", "C2  - Custom value", "ER  - ", ""));
        assertThat(ris.problems()).isEmpty();
        Map<String, Object> pubmed = item(ris, "kowalski2021").csl();
        assertThat(pubmed.get("PMID")).isEqualTo("33301246");
        assertThat(pubmed.get("PMCID")).isEqualTo("PMC7745181");
        assertThat(pubmed.get("ISSN")).isEqualTo("1532-8406");
        Map<String, Object> book = item(ris, "roe2020").csl();
        assertThat(book.get("ISBN")).isEqualTo("978-0-19-852663-6");
        assertThat(book).doesNotContainKeys("PMID", "PMCID");
    }

    /** PubMed's download is MEDLINE, not RIS: renamed to .ris it was one error per line, none saying why. */
    @Test
    void aPubMedMedlineFileIsOneErrorNamingTheFormat() {
        Bibliography ris = RisReader.read("pubmed.ris", String.join("\n", "",
                "PMID- 33722399", "OWN - NLM", "TI  - Aspirin for primary prevention.", "FAU - Kowalski, Anna",
                "DP  - 2021 Jul", "LID - 10.1016/j.arth.2021.02.001 [doi]", ""));
        assertThat(ris.items()).isEmpty();
        assertThat(ris.problems()).extracting(p -> p.line() + ":" + p.column() + ": " + p.message()).containsExactly(
                "2:1: PubMed's MEDLINE format (.nbib) is not RIS: import the file into a reference manager such as"
                        + " Zotero and export RIS, BibTeX or CSL-JSON");
    }

    @Test
    void aNbibBibliographySaysWhatToDoWithIt(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("pubmed.nbib"), "PMID- 33722399\n");
        Library library = new Bibliographies(site, new References(List.of(new References.Ref("pubmed.nbib", 3, 16)),
                List.of(), null), "site.yaml").site();
        assertThat(library.problems()).extracting(Diagnostic::format).containsExactly(
                "site.yaml:3:16: error: bibliography 'pubmed.nbib' has an unknown format: use .bib or .bibtex, .json"
                        + " (CSL-JSON), .yaml (CSL-YAML) or .ris; PubMed's MEDLINE format (.nbib) is not RIS: import"
                        + " the file into a reference manager such as Zotero and export RIS, BibTeX or CSL-JSON");
    }

    /**
     * Two authors of one name, as many Chinese author lists have ("Wang, Y." twice), are two
     * authors, as in BibTeX and CSL-JSON; a list an export writes twice, under A1 and AU, is once.
     */
    @Test
    void twoRisAuthorsOfOneNameAreTwoAuthors() {
        Bibliography ris = RisReader.read("r.ris", String.join("\n",
                "TY  - JOUR", "ID  - w", "AU  - Wang, Y.", "AU  - Li, J.", "AU  - Wang, Y.", "TI  - T", "PY  - 2020",
                "ER  - ",
                "TY  - JOUR", "ID  - e", "A1  - Egger, M.", "A1  - Smith, G.", "AU  - Egger, M.", "AU  - Smith, G.",
                "TI  - T", "PY  - 1997", "ER  - ", ""));

        assertThat(item(ris, "w").csl().get("author")).isEqualTo(List.of(Map.of("family", "Wang", "given", "Y."),
                Map.of("family", "Li", "given", "J."), Map.of("family", "Wang", "given", "Y.")));
        assertThat(item(ris, "e").csl().get("author")).isEqualTo(List.of(Map.of("family", "Egger", "given", "M."),
                Map.of("family", "Smith", "given", "G.")));
    }

    /** EndNote saves its RIS and BibTeX exports as .txt: the error says which the file holds and what to name it. */
    @Test
    void anEndNoteExportSavedAsTxtSaysWhatToRenameItTo(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("My EndNote Library.txt"), "\uFEFFTY  - JOUR\r\nTI  - One\r\nER  - \r\n");
        Files.writeString(site.resolve("endnote-bibtex.txt"), "\r\n@article{RN12,\r\n   title = {One}\r\n}\r\n");
        Files.writeString(site.resolve("notes.txt"), "Some notes.\n");
        Library library = new Bibliographies(site, new References(List.of(
                new References.Ref("My EndNote Library.txt", 3, 16), new References.Ref("endnote-bibtex.txt", 4, 16),
                new References.Ref("notes.txt", 5, 16)), List.of(), null), "site.yaml").site();

        String unknown = "' has an unknown format: use .bib or .bibtex, .json (CSL-JSON), .yaml (CSL-YAML) or .ris";
        assertThat(library.problems()).extracting(Diagnostic::format).containsExactly(
                "site.yaml:3:16: error: bibliography 'My EndNote Library.txt" + unknown
                        + "; it holds RIS, as EndNote saves its exports in .txt files: rename it to .ris",
                "site.yaml:4:16: error: bibliography 'endnote-bibtex.txt" + unknown
                        + "; it holds BibTeX, as EndNote saves its exports in .txt files: rename it to .bib",
                "site.yaml:5:16: error: bibliography 'notes.txt" + unknown);
    }

    /** In RIS too, a date that cannot be one is a warning at its line. */
    @Test
    void aRisDateThatCannotBeOneIsAWarningAtItsLine() {
        Bibliography ris = RisReader.read("x.ris", String.join("\n",
                "TY  - JOUR", "ID  - a", "TI  - A", "PY  - 20x9", "ER  - ",
                "TY  - JOUR", "ID  - b", "TI  - B", "DA  - 2019/13/05", "ER  - ",
                "TY  - JOUR", "ID  - c", "TI  - C", "PY  - 2019", "DA  - 2019/03/15/", "ER  - ",
                "TY  - ELEC", "ID  - d", "TI  - D", "PY  - 2023", "Y2  - 2024/02/30/", "ER  - ", ""));
        assertThat(ris.problems()).extracting(p -> p.line() + ": " + p.message()).containsExactly(
                "4: date '20x9' is not a date; write it as 2019 or 2019/03/15/ (it is kept as text, which most styles"
                        + " leave out)",
                "9: date '2019/13/05' has no month 13; read as far as it is a date",
                "21: access date '2024/02/30/' has no day 30; read as far as it is a date");
        assertThat(item(ris, "d").csl().get("accessed")).isEqualTo(Map.of("date-parts", List.of(List.of(2024, 2))));
        assertThat(item(ris, "b").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019))));
        assertThat(item(ris, "c").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019, 3, 15))));
    }

    /**
     * As Zotero reads RIS, DA's full date wins over PY, which often holds only the print year,
     * and a DA without a year, as EndNote writes it, takes the year of PY.
     */
    @Test
    void aRisDaDateWinsOverPyAndAYearlessOneTakesPysYear() {
        Bibliography ris = RisReader.read("x.ris", String.join("\n",
                "TY  - JOUR", "ID  - online", "TI  - A", "PY  - 2019", "DA  - 2018/12/05/", "ER  - ",
                "TY  - JOUR", "ID  - endnote", "TI  - B", "PY  - 2019", "DA  - Jan 15", "ER  - ",
                "TY  - JOUR", "ID  - month", "TI  - C", "PY  - 2019", "DA  - March", "ER  - ",
                "TY  - JOUR", "ID  - fuller", "TI  - D", "PY  - 2019/03/15/", "DA  - 2019", "ER  - ",
                "TY  - JOUR", "ID  - season", "TI  - E", "PY  - 2019", "DA  - Mid-winter", "ER  - ",
                "TY  - JOUR", "ID  - alone", "TI  - F", "DA  - Jan 15", "ER  - ",
                "TY  - JOUR", "ID  - bimonthly", "TI  - G", "PY  - 2019", "DA  - Mar-Apr", "ER  - ",
                "TY  - JOUR", "ID  - words", "TI  - H", "PY  - 2019", "DA  - 15 January 2019", "ER  - ",
                "TY  - JOUR", "ID  - american", "TI  - I", "DA  - January 15, 2019", "ER  - ", ""));
        assertThat(item(ris, "online").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2018, 12, 5))));
        assertThat(item(ris, "endnote").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019, 1, 15))));
        assertThat(item(ris, "month").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019, 3))));
        assertThat(item(ris, "fuller").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019, 3, 15))));
        assertThat(item(ris, "season").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019))));
        assertThat(item(ris, "alone").csl()).doesNotContainKey("issued");
        assertThat(item(ris, "words").csl().get("issued")).as("not the year 15")
                .isEqualTo(Map.of("date-parts", List.of(List.of(2019, 1, 15))));
        assertThat(item(ris, "american").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019, 1, 15))));
        assertThat(item(ris, "bimonthly").csl().get("issued")).isEqualTo(
                Map.of("date-parts", List.of(List.of(2019, 3), List.of(2019, 4))));
        assertThat(ris.problems()).extracting(p -> p.line() + ": " + p.message()).containsExactly(
                "29: date 'Mid-winter' is not a month and day; write it as 2019/01/15/ (only the year of PY is kept)",
                "34: date 'Jan 15' has no year; write it as 2019/01/15/ or give the year in PY (it is left out)");
    }

    /**
     * A DA range, "2019/03/01-2019/04/30" (a conference's days), is CSL's range, not its first
     * day; an older export's fuller Y1 beside a bare PY gives the day, as it does alone.
     */
    @Test
    void aRisDateRangeKeepsItsEndAndAFullerY1ItsDay() {
        Bibliography ris = RisReader.read("x.ris", String.join("\n",
                "TY  - CONF", "ID  - days", "TI  - A", "PY  - 2019", "DA  - 2019/03/01-2019/04/30", "ER  - ",
                "TY  - CONF", "ID  - slashed", "TI  - B", "DA  - 2019/03/01/ - 2019/03/04/", "ER  - ",
                "TY  - CONF", "ID  - uneven", "TI  - C", "DA  - 2019/03/01/-2019/04/", "ER  - ",
                "TY  - BOOK", "ID  - years", "TI  - D", "PY  - 2019", "DA  - 2019-2020", "ER  - ",
                "TY  - JOUR", "ID  - y1", "TI  - E", "PY  - 2019", "Y1  - 2019/03/15/", "ER  - ",
                "TY  - JOUR", "ID  - y1first", "TI  - F", "Y1  - 2019/03/15/", "PY  - 2019", "ER  - ",
                "TY  - JOUR", "ID  - y1other", "TI  - G", "PY  - 2020", "Y1  - 2019/12/01/", "ER  - ",
                "TY  - JOUR", "ID  - iso", "TI  - H", "DA  - 2019-03-01", "ER  - ", ""));
        assertThat(item(ris, "days").csl().get("issued"))
                .isEqualTo(Map.of("date-parts", List.of(List.of(2019, 3, 1), List.of(2019, 4, 30))));
        assertThat(item(ris, "slashed").csl().get("issued"))
                .isEqualTo(Map.of("date-parts", List.of(List.of(2019, 3, 1), List.of(2019, 3, 4))));
        assertThat(item(ris, "uneven").csl().get("issued"))
                .isEqualTo(Map.of("date-parts", List.of(List.of(2019, 3), List.of(2019, 4))));
        assertThat(item(ris, "years").csl().get("issued"))
                .isEqualTo(Map.of("date-parts", List.of(List.of(2019), List.of(2020))));
        assertThat(item(ris, "y1").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019, 3, 15))));
        assertThat(item(ris, "y1first").csl().get("issued"))
                .isEqualTo(Map.of("date-parts", List.of(List.of(2019, 3, 15))));
        assertThat(item(ris, "y1other").csl().get("issued")).as("PY's year is the work's")
                .isEqualTo(Map.of("date-parts", List.of(List.of(2020))));
        assertThat(item(ris, "iso").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019, 3, 1))));
        assertThat(ris.problems()).extracting(p -> p.line() + ": " + p.message()).containsExactly(
                "15: date '2019/03/01/-2019/04/': the ends of a range must be equally precise for CSL processors;"
                        + " read as 2019/03-2019/04");
    }

    /**
     * A season, "Spring 2019", is a date, no slip: BibTeX's year and RIS's (as PubMed and
     * references.ris write it) are BibLaTeX's month 21-24, which styles print as seasons and
     * sort as 2019. BibTeX's had been text, a warning, and sorted after every dated work; RIS's
     * season was dropped.
     */
    @Test
    void aSeasonIsADateAsWritten() {
        Bibliography bib = BibtexReader.read("r.bib", """
                @article{spring, title = {A}, year = {Spring 2019}}
                @article{fall, title = {B}, year = {2018 Fall}}
                """);
        assertThat(bib.problems()).isEmpty();
        assertThat(item(bib, "spring").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019, 21))));
        assertThat(item(bib, "fall").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2018, 23))));

        Bibliography ris = RisReader.read("x.ris", String.join("\n",
                "TY  - JOUR", "ID  - pubmed", "TI  - A", "PY  - 2019 Spring", "ER  - ",
                "TY  - JOUR", "ID  - other", "TI  - B", "PY  - 2019", "DA  - 2019///Summer", "ER  - ",
                "TY  - JOUR", "ID  - endnote", "TI  - C", "PY  - 2019", "DA  - Winter", "ER  - ", ""));
        assertThat(ris.problems()).isEmpty();
        assertThat(item(ris, "pubmed").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019, 21))));
        assertThat(item(ris, "other").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019, 22))));
        assertThat(item(ris, "endnote").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019, 24))));
    }

    /** Better BibTeX's CSL-JSON season is month 13-16, which citeproc-js prints as the season: no slip. */
    @Test
    void aCslMonthThirteenToSixteenIsASeason() {
        Bibliography json = CslJsonReader.read("refs.json", """
                [{"id": "spring", "title": "A", "issued": {"date-parts": [[2019, 13]]}},
                 {"id": "winter", "title": "B", "issued": {"date-parts": [["2018", "16"]]}},
                 {"id": "range", "title": "C", "issued": {"date-parts": [[2019, 14], [2019, 15]]}},
                 {"id": "slip", "title": "D", "issued": {"date-parts": [[2019, 25]]}}]
                """);
        assertThat(item(json, "spring").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019, 21))));
        assertThat(item(json, "winter").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2018, 24))));
        assertThat(item(json, "range").csl().get("issued"))
                .isEqualTo(Map.of("date-parts", List.of(List.of(2019, 22), List.of(2019, 23))));
        assertThat(formatted(json)).containsExactly("refs.json:4:31: warning: item 'slip': issued [2019, 25] has no"
                + " month 25; read as far as it is a date");
    }

    /** Databases that export RIS as HTML write "&amp;" and "&lt;i&gt;": their characters, as the title meant. */
    @Test
    void htmlCharacterReferencesInRisAreTheirCharacters() {
        Bibliography ris = RisReader.read("x.ris", String.join("\n",
                "TY  - JOUR", "ID  - html", "TI  - Diet &amp; cancer: &lt;i&gt;in vivo&lt;/i&gt; &#8211; a",
                "  &quot;review&quot; &#x3B1;", "T2  - Journal of A &amp; B", "AU  - O&apos;Brien, Pat",
                "AU  - M&#252;ller, Jan", "PY  - 2019", "ER  - ", ""));
        BibItem html = item(ris, "html");
        assertThat(html.csl()).containsEntry("title", "Diet & cancer: <i>in vivo</i> – a \"review\" α")
                .containsEntry("container-title", "Journal of A & B");
        assertThat(html.csl().get("author")).isEqualTo(List.of(Map.of("family", "O'Brien", "given", "Pat"),
                Map.of("family", "Müller", "given", "Jan")));
        assertThat(ris.problems()).isEmpty();
    }

    /** RIS's A3, the tertiary author, edits the series: it was read as the book's editor when no ED or A2 named one. */
    @Test
    void aRisTertiaryAuthorEditsTheSeries() {
        Bibliography ris = RisReader.read("x.ris", String.join("\n",
                "TY  - CHAP", "ID  - c", "TI  - A", "AU  - Lee, Ann", "T2  - Book", "A3  - Series, Ed", "PY  - 2015",
                "ER  - ", ""));
        assertThat(item(ris, "c").csl()).doesNotContainKey("editor")
                .containsEntry("collection-editor", List.of(Map.of("family", "Series", "given", "Ed")));
    }

    /**
     * Two years in RIS's PY, "2019/2020" or "2019-2020", are a range, as BibTeX's year =
     * {2019--2020} is: they were read as 2019 with a warning about a month 2020.
     */
    @Test
    void twoRisYearsAreARange() {
        Bibliography ris = RisReader.read("x.ris", String.join("\n",
                "TY  - JOUR", "ID  - slash", "TI  - A", "PY  - 2019/2020", "ER  - ",
                "TY  - JOUR", "ID  - dash", "TI  - B", "PY  - 2018-2019", "ER  - ",
                "TY  - JOUR", "ID  - dated", "TI  - C", "PY  - 2019/2020", "DA  - 2019/09/01/", "ER  - ", ""));
        assertThat(ris.problems()).isEmpty();
        assertThat(item(ris, "slash").csl().get("issued")).isEqualTo(
                Map.of("date-parts", List.of(List.of(2019), List.of(2020))));
        assertThat(item(ris, "dash").year()).isEqualTo(2018);
        assertThat(item(ris, "dash").csl().get("issued")).isEqualTo(
                Map.of("date-parts", List.of(List.of(2018), List.of(2019))));
        assertThat(item(ris, "dated").csl().get("issued")).as("DA's full date wins, as over a year")
                .isEqualTo(Map.of("date-parts", List.of(List.of(2019, 9, 1))));
    }

    /**
     * In CSL-JSON and CSL-YAML too, a date that cannot be one is a warning at its field:
     * citeproc-js printed a month 13 as a season, "19x7" as "19 C.E." and {@code true} as "true".
     */
    @Test
    void aCslDateThatCannotBeOneIsAWarningAtItsField() {
        Bibliography json = CslJsonReader.read("r.json", """
                [{"id": "a", "issued": {"date-parts": [[2018, 13, 1]]}},
                 {"id": "b", "issued": {"date-parts": [["2018", "4", "31"]]}, "accessed": "2024-02-30"},
                 {"id": "c",
                  "issued": {"raw": "2018-13-01"}},
                 {"id": "d", "issued": {"date-parts": [["19x7", "sep"]]}},
                 {"id": "e", "issued": {"date-parts": [[2019, "sep"]]}},
                 {"id": "f", "issued": true},
                 {"id": "g", "issued": "20x9"},
                 {"id": "h", "issued": {"date-parts": [["2005", 8]]}, "accessed": "2024-02-29",
                  "original-date": {"literal": "in press"}, "event-date": {"raw": "March 2019"}},
                 {"id": "i", "issued": {"date-parts": [[null]]}}]
                """);
        Bibliography yaml = CslYamlReader.read("r.yaml", """
                - id: a
                  issued:
                    date-parts:
                      - [2000, 25]
                - id: b
                  issued: 1994-04-31
                - id: c
                  issued: [2009, x]
                - id: d
                  issued:
                    - year: 2010
                      month: 2
                      day: 30
                """);

        assertThat(formatted(json)).containsExactly(
                "r.json:1:14: warning: item 'a': issued [2018, 13, 1] has no month 13; read as far as it is a date",
                "r.json:2:14: warning: item 'b': issued [\"2018\", \"4\", \"31\"] has no day 31; read as far as it is"
                        + " a date",
                "r.json:2:63: warning: item 'b': accessed '2024-02-30' has no day 30; read as far as it is a date",
                "r.json:4:3: warning: item 'c': issued '2018-13-01' has no month 13; read as far as it is a date",
                "r.json:5:14: warning: item 'd': issued [\"19x7\", \"sep\"] is not a date; write it as"
                        + " \"date-parts\": [[2019, 3, 15]] or \"2019-03-15\" (the item is left without it)",
                "r.json:6:14: warning: item 'e': issued [2019, \"sep\"] has no month \"sep\"; read as far as it is a"
                        + " date",
                "r.json:7:14: warning: item 'f': issued true is not a date; write it as \"date-parts\": [[2019, 3, 15]]"
                        + " or \"2019-03-15\" (the item is left without it)",
                "r.json:8:14: warning: item 'g': issued '20x9' is not a date; write it as \"date-parts\": [[2019, 3, 15]]"
                        + " or \"2019-03-15\" (it is kept as text, as written)");
        assertThat(formatted(yaml)).containsExactly(
                "r.yaml:2:3: warning: item 'a': issued [2000, 25] has no month 25; read as far as it is a date",
                "r.yaml:6:3: warning: item 'b': issued '1994-04-31' has no day 31; read as far as it is a date",
                "r.yaml:8:3: warning: item 'c': issued [2009, \"x\"] is not a date; write it as \"date-parts\":"
                        + " [[2019, 3, 15]] or \"2019-03-15\" (the item is left without it)",
                "r.yaml:10:3: warning: item 'd': issued [2010, 2, 30] has no day 30; read as far as it is a date");
        assertThat(json.problems()).allMatch(p -> !p.isError());
        assertThat(item(json, "a").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2018L))));
        assertThat(item(json, "b").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of("2018", "4"))));
        assertThat(item(json, "b").csl().get("accessed")).isEqualTo(Map.of("date-parts", List.of(List.of(2024, 2))));
        assertThat(item(json, "c").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2018))));
        assertThat(item(json, "d").csl()).doesNotContainKey("issued");
        assertThat(item(json, "e").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019L))));
        assertThat(item(json, "f").csl()).doesNotContainKey("issued");
        assertThat(item(json, "g").csl().get("issued")).isEqualTo(Map.of("literal", "20x9"));
        assertThat(item(json, "h").csl()).as("dates as written stay as written")
                .containsEntry("issued", Map.of("date-parts", List.of(List.of("2005", 8L))))
                .containsEntry("accessed", Map.of("date-parts", List.of(List.of(2024, 2, 29))))
                .containsEntry("original-date", Map.of("literal", "in press"))
                .containsEntry("event-date", Map.of("raw", "March 2019"));
        assertThat(item(yaml, "a").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2000L))));
        assertThat(item(yaml, "b").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(1994, 4))));
        assertThat(item(yaml, "c").csl()).doesNotContainKey("issued");
        assertThat(item(yaml, "d").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2010, 2))));
    }

    @Test
    void latexAccentsBracesMacrosAndCorporateAuthors() throws IOException {
        Bibliography bib = BibtexReader.read("references/library.bib", read("references/library.bib"));

        BibItem grade = item(bib, "guyatt_grade_2011");
        assertThat(grade.authorNames()).contains("Holger J. Schünemann");
        assertThat(RichText.plain(grade.text("title")))
                .isEqualTo("GRADE guidelines: a new series of articles in the Journal of Clinical Epidemiology");
        // @string jce = "Journal of " # "Clinical Epidemiology", used as a bare macro.
        assertThat(grade.text("container-title")).isEqualTo("Journal of Clinical Epidemiology");
        assertThat(item(bib, "Sterne2019").authorNames()).contains("Jelena Savović");
        assertThat(item(bib, "cochrane_handbook_2019").text("publisher")).isEqualTo("John Wiley & Sons");
        assertThat(item(bib, "who_activity_2020").csl().get("author"))
                .isEqualTo(List.of(Map.of("literal", "World Health Organization")));
    }

    @Test
    void biblatexDateAndJournaltitle() throws IOException {
        BibItem higgins = item(BibtexReader.read("references/library.bib", read("references/library.bib")),
                "Higgins2002");

        assertThat(higgins.text("container-title")).isEqualTo("Statistics in Medicine");
        assertThat(higgins.csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2002, 6, 15))));
        assertThat(higgins.year()).isEqualTo(2002);
    }

    @Test
    void latexToUnicode() {
        assertThat(Latex.toUnicode("M{\\\"u}ller and \\\"{U}ber")).isEqualTo("Müller and Über");
        assertThat(Latex.toUnicode("Savovi{\\'{c}} Savovi\\'c {\\'e}t\\'e")).isEqualTo("Savović Savović été");
        assertThat(Latex.toUnicode("{\\ss}e G\\aa rd {\\o}l Pe{\\~n}a \\c{c}a Dvo\\v{r}\\'ak na\\\"{\\i}ve"))
                .isEqualTo("ße Gård øl Peña ça Dvořák naïve");
        assertThat(Latex.toUnicode("{DNA} \\& {RNA} 50\\% pp.~1--2 \\emph{in vivo} $\\beta$-blockers"))
                .isEqualTo("DNA & RNA 50% pp.\u00A01–2 in vivo β-blockers");
        assertThat(Latex.toUnicode("``Quoted'' and `single' {\\textquotedblleft}A{\\textquotedblright} \\mkbibquote{B}\\dag"))
                .isEqualTo("“Quoted” and ‘single' “A” “B”†");
        assertThat(Latex.toUnicode("{\\DJ}or{\\dj}evi{\\'c} \\textasciitilde{}5 x\\textasciicircum{}2 a\\textbackslash{}b"))
                .isEqualTo("Đorđević ~5 x^2 a\\b");
        assertThat(Latex.toUnicode("p \\textless{} 0.05, n \\textgreater{} 10, a\\textunderscore{}b"))
                .isEqualTo("p < 0.05, n > 10, a_b");
        assertThat(Latex.toRichText("On {\\em many} things")).isEqualTo("On <i>many</i> things");
    }

    /**
     * EndNote and Mendeley leave a dollar sign unescaped, as they leave '%': a '$' that no other
     * closes is the sign, not the start of math that turned "QALY_gained" into a subscript.
     */
    @Test
    void aDollarSignThatNoOtherClosesIsTheSign() {
        assertThat(Latex.toRichText("Cost of US$500 per QALY_gained")).isEqualTo("Cost of US$500 per QALY_gained");
        assertThat(Latex.toRichText("$\\alpha$-synuclein and US$3")).isEqualTo("α-synuclein and US$3");
        assertThat(Latex.toRichText("H$_2$O")).isEqualTo("H<sub>2</sub>O");
    }

    /**
     * Mendeley and Better BibTeX write the Greek letters and math symbols of a title in math
     * mode; each is its character, none is left out ("$\\chi^2$" was "2").
     */
    @Test
    void greekLettersAndMathSymbolsAreTheirCharacters() {
        assertThat(Latex.toRichText("Pearson's $\\chi^2$ test and $\\phi$, $\\varphi$, $\\Phi$, $\\rho$, $\\eta^2$"))
                .isEqualTo("Pearson's χ<sup>2</sup> test and ϕ, φ, Φ, ρ, η<sup>2</sup>");
        assertThat(Latex.toUnicode("$\\sim$10\\%, $\\approx$ 2, a $\\cdot$ b, $\\to$, $\\neq$, $\\infty$, "
                + "{\\textperthousand}, 3{\\texttimes}2, {\\th}orn, {\\dh}"))
                .isEqualTo("∼10%, ≈ 2, a ⋅ b, →, ≠, ∞, ‰, 3×2, þorn, ð");
    }

    /** Spacing commands are the space LaTeX typesets, never the punctuation they are spelled with. */
    /** A command the reader does not know loses its text without a word: a warning at its field says so. */
    @Test
    void anUnknownCommandWithoutArgumentIsAWarningAtItsField() {
        Bibliography bib = BibtexReader.read("r.bib", """
                @article{a,
                  title = {The \\foo effect in \\LaTeX\\ and {\\relax Th}e \\emph{mice}, \\mbox{kept} \\foo},
                  journal = {J \\"{u}ber \\& Co\\\\ \\bar},
                  url = {https://example.org/a\\_b},
                }
                """);
        assertThat(item(bib, "a").csl()).containsEntry("title", "The effect in LaTeX and The <i>mice</i>, kept");
        assertThat(formatted(bib)).containsExactly(
                "r.bib:2:3: warning: unknown LaTeX command '\\foo' in title of entry 'a' is left out: write the text"
                        + " it stands for",
                "r.bib:3:3: warning: unknown LaTeX command '\\bar' in journal of entry 'a' is left out: write the text"
                        + " it stands for");
    }

    @Test
    void latexSpacingCommandsAreSpaces() {
        assertThat(Latex.toUnicode("at 37\\,{\\textdegree}C, 5\\,mg and 10\\,\\%"))
                .isEqualTo("at 37\u2009°C, 5\u2009mg and 10\u2009%");
        assertThat(Latex.toUnicode("a\\:b c\\;d e\\ f g \\; h i\\!j k\\\\l"))
                .isEqualTo("a b c d e f g h ij k l");
    }

    /** "\\-" marks where a word may break and "\\/" corrects italics: neither is a character of the title. */
    @Test
    void hyphenationPointsAndTextSymbolsAreWhatLatexTypesets() {
        assertThat(Latex.toUnicode("Immuno\\-histo\\-chemistry of {\\em sp.}\\/ cells"))
                .isEqualTo("Immunohistochemistry of sp. cells");
        assertThat(Latex.toUnicode("50\\textpercent{} of \\textquotedbl{}A\\textquotedbl{} at 37\\textcelsius"))
                .isEqualTo("50% of \"A\" at 37℃");
        assertThat(Latex.unknownCommands("50\\textpercent{} at 37\\textcelsius \\- \\/ \\today")).containsExactly("today");
    }

    /** Titles keep their emphasis as CSL rich text, as Pandoc reads it; other fields stay plain. */
    @Test
    void latexEmphasisInTitlesIsRichText() {
        assertThat(Latex.toRichText("Effects of \\emph{Lactobacillus} and {\\em E.~coli} on \\textbf{mood}"))
                .isEqualTo("Effects of <i>Lactobacillus</i> and <i>E.\u00A0coli</i> on <b>mood</b>");
        assertThat(Latex.toRichText("CO\\textsubscript{2} and {\\it nested \\textsc{caps}} {\\i}")).isEqualTo(
                "CO<sub>2</sub> and <i>nested <sc>caps</sc></i> ı");
        Bibliography bib = BibtexReader.read("r.bib", """
                @article{a,
                  title = {A trial of \\emph{Lactobacillus}},
                  journal = {\\emph{J}},
                  publisher = {\\emph{P}},
                  year = {2020}
                }
                """);
        assertThat(item(bib, "a").csl()).containsEntry("title", "A trial of <i>Lactobacillus</i>")
                .containsEntry("container-title", "<i>J</i>").containsEntry("publisher", "P");
    }

    /**
     * Names copied from a list that separates them with ';' ("Smith, John; Doe, Jane") are
     * one person to BibTeX: a warning at the field says so, not a silent "Jane Smith, John; Doe".
     * A ';' inside a corporate author's braces is the body's name.
     */
    @Test
    void aSemicolonBetweenNamesIsAWarningAtTheField() {
        Bibliography bib = BibtexReader.read("r.bib", """
                @article{a,
                  title = {A},
                  author = {Smith, John; Doe, Jane},
                  editor = {{Research; Development Unit} and Roe, Ann},
                  year = {2019},
                }
                """);

        assertThat(formatted(bib)).containsExactly("r.bib:3:3: warning: author 'Smith, John; Doe, Jane' holds a ';',"
                + " which BibTeX does not read as a separator: it is one person's name; separate names with 'and'"
                + " (Smith, John and Doe, Jane)");
    }

    /** A url or doi field wrapped in the command that typesets it, as hand-written libraries have it, is the address. */
    @Test
    void aUrlWrappedInItsCommandIsTheAddress() {
        Bibliography bib = BibtexReader.read("r.bib", """
                @online{a, title = {A}, year = {2019}, url = {\\url{https://example.org/a\\_b}}}
                @article{b, title = {B}, year = {2019}, doi = { \\doi{10.1000/xyz} }}
                """);

        assertThat(bib.problems()).isEmpty();
        assertThat(item(bib, "a").csl()).containsEntry("URL", "https://example.org/a_b");
        assertThat(item(bib, "b").csl()).containsEntry("DOI", "10.1000/xyz");
    }

    /**
     * Mendeley Desktop writes all of an item's addresses into its url field, separated by
     * spaces: the first is the address, not one link with "%20" in it. One address with a
     * space in it stays whole.
     */
    @Test
    void aMendeleyUrlFieldOfSeveralAddressesIsItsFirst() {
        Bibliography bib = BibtexReader.read("r.bib", """
                @article{Higgins2002,
                title = {{Quantifying heterogeneity in a meta-analysis}},
                url = {http://www.ncbi.nlm.nih.gov/pubmed/12111919 http://doi.wiley.com/10.1002/sim.1186},
                year = {2002}
                }
                @article{b, title = {B}, year = {2019}, url = {https://example.org/a b.pdf}}
                @article{c, title = {C}, year = {2019}, url = {https://example.org/c ftp://example.org/c}}
                """);

        assertThat(bib.problems()).isEmpty();
        assertThat(item(bib, "Higgins2002").csl()).containsEntry("URL", "http://www.ncbi.nlm.nih.gov/pubmed/12111919");
        assertThat(item(bib, "b").csl()).containsEntry("URL", "https://example.org/a b.pdf");
        assertThat(item(bib, "c").csl()).containsEntry("URL", "https://example.org/c");
    }

    /**
     * Math mode's sub- and superscripts, as journals' BibTeX writes formulas and isotopes
     * ("H$_2$O", "$^{13}$C", "37$^\\circ$C"), are sub- and superscripts in a title, as Pandoc
     * reads them, and their bare text elsewhere: never an underscore or a caret.
     */
    @Test
    void mathSubAndSuperscriptsAreRichText() {
        assertThat(Latex.toRichText("H$_2$O, $^{13}$C-glucose, $\\beta_{12}$ and 37$^\\circ$C"))
                .isEqualTo("H<sub>2</sub>O, <sup>13</sup>C-glucose, β<sub>12</sub> and 37°C");
        assertThat(Latex.toUnicode("H$_2$O and $^{13}$C")).isEqualTo("H2O and 13C");
        assertThat(Latex.toRichText("snake\\_case and x^y outside math")).isEqualTo("snake_case and x^y outside math");
    }

    /**
     * Pandoc reads CSL-YAML's titles as Markdown, its manual says, as it reads BibTeX's as
     * LaTeX: emphasis, strong, super- and subscripts, small-caps and nocase spans are CSL's
     * markup. A title that reads like a list or a heading stays a title; other fields stay text.
     */
    @Test
    void cslYamlTitlesAreMarkdown() {
        Bibliography yaml = CslYamlReader.read("r.yaml", String.join("\n",
                "- id: a",
                "  title: A *chapter* on H~2~O and ^13^C, **bold**, [DNA]{.nocase}, snake_case and 2 * 3",
                "  container-title: _The Lancet_",
                "  publisher: A *star*",
                "- id: b",
                "  title: '1. Results: # of patients'",
                ""));

        assertThat(yaml.problems()).isEmpty();
        assertThat(item(yaml, "a").csl()).containsEntry("title", "A <i>chapter</i> on H<sub>2</sub>O and <sup>13</sup>C,"
                + " <b>bold</b>, <span class=\"nocase\">DNA</span>, snake_case and 2 * 3")
                .containsEntry("container-title", "<i>The Lancet</i>").containsEntry("publisher", "A *star*");
        assertThat(item(yaml, "b").csl()).containsEntry("title", "1. Results: # of patients");
    }

    /**
     * Braces in a title keep its case from a style's title casing, as Zotero imports them: a
     * nocase span. The braces of an accent, a symbol or a command's argument only spell text.
     */
    @Test
    void bracedTitleTextKeepsItsCase() {
        assertThat(Latex.toRichText("{p53} mutations in human cancers"))
                .isEqualTo("<span class=\"nocase\">p53</span> mutations in human cancers");
        assertThat(Latex.toRichText("M{\\\"u}ller's \\'{e}t\\'e, {\\ss}, \\emph{in {DNA}} and \\url{x} {2}{}"))
                .isEqualTo("Müller's été, ß, <i>in <span class=\"nocase\">DNA</span></i> and x 2");
        Bibliography bib = BibtexReader.read("r.bib", """
                @article{hollstein_p53_1991,
                  title = {{p53} mutations in human cancers},
                  journal = {Science},
                  year = {1991},
                  doi = {10.1126/science.1905840}
                }
                @article{ioannidis_2005,
                  title = {{Why most published research findings are false}},
                  journal = {{PLoS} Medicine},
                  series = {{PLoS} collections},
                  year = {2005},
                  doi = {10.1371/journal.pmed.0020124}
                }
                """);
        assertThat(item(bib, "hollstein_p53_1991").csl())
                .containsEntry("title", "<span class=\"nocase\">p53</span> mutations in human cancers");
        assertThat(item(bib, "ioannidis_2005").csl())
                .containsEntry("title", "<span class=\"nocase\">Why most published research findings are false</span>")
                .containsEntry("container-title", "<span class=\"nocase\">PLoS</span> Medicine")
                .containsEntry("collection-title", "<span class=\"nocase\">PLoS</span> collections");
    }

    /**
     * BibLaTeX's crossref: the child takes what it lacks from its parent, whose title
     * becomes its book title, as Pandoc reads it; a parent missing from the file is a warning.
     */
    @Test
    void crossrefFillsInTheParentsFields() {
        Bibliography bib = BibtexReader.read("r.bib", """
                @inproceedings{child,
                  author = {Doe, Jane},
                  title = {A paper},
                  pages = {1--10},
                  crossref = {proc}
                }
                @incollection{orphan,
                  title = {Alone},
                  crossref = {missing}
                }
                @proceedings{proc,
                  title = {Proceedings of the Example Conference},
                  editor = {Roe, Richard},
                  publisher = {ACM},
                  year = {2020},
                  shorttitle = {Example}
                }
                """);
        assertThat(item(bib, "child").csl()).containsEntry("type", "paper-conference").containsEntry("title", "A paper")
                .containsEntry("container-title", "Proceedings of the Example Conference")
                .containsEntry("publisher", "ACM").containsEntry("issued", Map.of("date-parts", List.of(List.of(2020))))
                .containsEntry("editor", List.of(Map.of("family", "Roe", "given", "Richard")))
                .doesNotContainKey("title-short");
        assertThat(item(bib, "proc").csl()).containsEntry("title", "Proceedings of the Example Conference");
        assertThat(formatted(bib)).containsExactly(
                "r.bib:7:1: warning: entry 'orphan' has crossref 'missing', which names no entry of this file");
    }

    /**
     * A crossref chain resolves as Biber resolves it: a paper in a volume of a multi-volume
     * set takes the set's publisher through the volume, while the set's subtitle stays the
     * set's; a chain that comes back on itself is a warning where it closes, not a silent cut.
     */
    @Test
    void crossrefChainsResolveAndLoopsAreWarnings() {
        Bibliography bib = BibtexReader.read("r.bib", """
                @inproceedings{paper, title = {A Paper}, crossref = {vol}}
                @proceedings{vol, title = {Proceedings, Volume 2}, volume = {2}, crossref = {set}}
                @mvproceedings{set, title = {Proceedings}, subtitle = {All volumes}, publisher = {ACM}, year = {2020}}
                @article{c, title = {Self}, crossref = {c}}
                @article{d, title = {D}, crossref = {e}}
                @article{e, title = {E}, journal = {Journal E}, crossref = {d}}
                """);
        assertThat(item(bib, "paper").csl()).containsEntry("container-title", "Proceedings, Volume 2")
                .containsEntry("publisher", "ACM").containsEntry("issued", Map.of("date-parts", List.of(List.of(2020))));
        assertThat(item(bib, "vol").csl()).containsEntry("title", "Proceedings, Volume 2")
                .containsEntry("publisher", "ACM");
        assertThat(item(bib, "d").csl()).containsEntry("container-title", "Journal E");
        assertThat(formatted(bib)).containsExactly(
                "r.bib:4:1: warning: entry 'c' has crossref 'c', which closes a loop (c -> c); that crossref is ignored",
                "r.bib:6:1: warning: entry 'e' has crossref 'd', which closes a loop (d -> e -> d); "
                        + "that crossref is ignored");
    }

    /**
     * A chapter whose crossref names a @book, as exports often write an edited book, takes the
     * book's title as its book title whether it is an @inbook (BibLaTeX's rule) or an
     * @incollection, not a chapter of no book; the book's booktitle, as classic BibTeX wants
     * of a parent, still wins, and the chapter's own title stays its own.
     */
    @Test
    void aChapterOfACrossrefBookTakesItsTitleAsTheBookTitle() {
        Bibliography bib = BibtexReader.read("r.bib", """
                @incollection{deeks, author = {Deeks, Jonathan J.}, title = {Analysing data}, pages = {241--284},
                  crossref = {handbook}}
                @inbook{higgins, author = {Higgins, Julian}, title = {Starting a review}, crossref = {handbook}}
                @incollection{classic, title = {Old style}, crossref = {classicbook}}
                @book{handbook, title = {Cochrane Handbook}, subtitle = {Second Edition}, editor = {Higgins, Julian},
                  publisher = {Wiley}, year = {2019}}
                @book{classicbook, title = {Whole Book}, booktitle = {Whole Book, as BibTeX wants it}, year = {2001}}
                """);
        for (String chapter : List.of("deeks", "higgins")) {
            assertThat(item(bib, chapter).csl()).as(chapter).containsEntry("type", "chapter")
                    .containsEntry("container-title", "Cochrane Handbook: Second Edition")
                    .containsEntry("publisher", "Wiley")
                    .containsEntry("editor", List.of(Map.of("family", "Higgins", "given", "Julian")));
        }
        assertThat(item(bib, "deeks").csl()).containsEntry("title", "Analysing data");
        assertThat(item(bib, "classic").csl()).containsEntry("container-title", "Whole Book, as BibTeX wants it");
        assertThat(bib.problems()).isEmpty();
    }

    /**
     * A proceedings volume or a book written with a booktitle as well, as classic BibTeX
     * wants of a crossref parent so its papers inherit it, is a whole book: the booktitle is
     * no container, or APA prints "In J. Roe (Ed.), Proceedings ..." after the same title.
     * A chapter or a paper still takes its book's title from it.
     */
    @Test
    void aBooktitleIsTheContainerOfAPartOnly() {
        Bibliography bib = BibtexReader.read("r.bib", """
                @proceedings{proc,
                  title = {Proceedings of the Example Conference},
                  booktitle = {Proceedings of the Example Conference},
                  editor = {Roe, Richard},
                  publisher = {ACM},
                  year = {2020}
                }
                @book{book, title = {A Book}, booktitle = {A Book}, year = {2019}}
                @incollection{part, title = {A Part}, booktitle = {A Book}, year = {2019}}
                @inproceedings{paper, title = {A Paper}, crossref = {proc}}
                """);

        assertThat(item(bib, "proc").csl()).doesNotContainKey("container-title");
        assertThat(item(bib, "book").csl()).doesNotContainKey("container-title");
        assertThat(item(bib, "part").csl()).containsEntry("container-title", "A Book");
        assertThat(item(bib, "paper").csl()).containsEntry("container-title", "Proceedings of the Example Conference");
    }

    /**
     * BibLaTeX's subtitles join their title as Pandoc joins them, the main title being the
     * short one; its localisation keys for kinds of report and thesis are the words it prints.
     */
    @Test
    void biblatexSubtitlesAndReportTypes() {
        Bibliography bib = BibtexReader.read("r.bib", """
                @article{sub, title = {Main title}, subtitle = {The subtitle}, journaltitle = {Journal},
                  journalsubtitle = {A journal subtitle}, date = {2020}}
                @article{asked, title = {Main title?}, subtitle = {The subtitle}, shorttitle = {Short}, journal = {Journal}}
                @incollection{chapter, title = {\\emph{Chapter title}}, subtitle = {Its subtitle}, booktitle = {Book title},
                  booksubtitle = {The book's subtitle}, date = {2020}}
                @report{who2020, title = {Global tuberculosis report 2020}, type = {techreport},
                  institution = {World Health Organization}, date = {2020}}
                @report{research, title = {A report}, type = {resreport}, institution = {An institute}, date = {2020}}
                @thesis{master, title = {A thesis}, type = {mathesis}, institution = {A university}, date = {2020}}
                @thesis{candidate, title = {A thesis}, type = {candthesis}, institution = {A university}, date = {2020}}
                @techreport{plain, title = {A report}, institution = {An institute}, year = {2020}}
                """);
        assertThat(bib.problems()).isEmpty();
        assertThat(item(bib, "sub").csl()).containsEntry("title", "Main title: The subtitle")
                .containsEntry("title-short", "Main title").containsEntry("container-title", "Journal: A journal subtitle");
        assertThat(item(bib, "asked").csl()).containsEntry("title", "Main title? The subtitle")
                .containsEntry("title-short", "Short").containsEntry("container-title", "Journal");
        assertThat(item(bib, "chapter").csl()).containsEntry("title", "<i>Chapter title</i>: Its subtitle")
                .containsEntry("container-title", "Book title: The book's subtitle");
        assertThat(item(bib, "who2020").csl()).containsEntry("genre", "technical report");
        assertThat(item(bib, "research").csl()).containsEntry("genre", "research report");
        assertThat(item(bib, "master").csl()).containsEntry("genre", "Master's thesis");
        assertThat(item(bib, "candidate").csl()).containsEntry("genre", "Candidate thesis");
        assertThat(item(bib, "plain").csl()).doesNotContainKeys("genre", "title-short");
    }

    /**
     * BibLaTeX's extended name format, which Better BibLaTeX writes for names with particles,
     * read as Pandoc reads it: useprefix=true keeps the particle with the family name.
     */
    @Test
    void biblatexExtendedNamesKeepTheirParticles() {
        Bibliography bib = BibtexReader.read("r.bib", """
                @article{vanvalkenhoef2012, title = {Automating network meta-analysis}, date = {2012},
                  author = {family=Valkenhoef, given=Gert, prefix=van, useprefix=true and Lu, Guobing
                    and family=Brock, given=Bert, prefix=de, useprefix=true},
                  journaltitle = {Research Synthesis Methods}, doi = {10.1002/jrsm.1054}}
                @article{ware1992, title = {The MOS 36-item short-form health survey (SF-36)}, date = {1992},
                  author = {family=Ware, given={John E.}, suffix=Jr. and family=Sherbourne, given=Cathy Donald},
                  journaltitle = {Medical Care}}
                @book{placeholder, title = {A placeholder title}, date = {2020},
                  author = {family=Pe{\\~n}a, given=Jos{\\'e}, given-i=J, prefix=de la, useprefix=false}}
                """);
        assertThat(bib.problems()).isEmpty();
        assertThat(item(bib, "vanvalkenhoef2012").csl().get("author")).isEqualTo(List.of(
                Map.of("family", "Valkenhoef", "given", "Gert", "non-dropping-particle", "van"),
                Map.of("family", "Lu", "given", "Guobing"),
                Map.of("family", "Brock", "given", "Bert", "non-dropping-particle", "de")));
        assertThat(item(bib, "vanvalkenhoef2012").familyNames()).containsExactly("van Valkenhoef", "Lu", "de Brock");
        assertThat(item(bib, "ware1992").csl().get("author")).isEqualTo(List.of(
                Map.of("family", "Ware", "given", "John E.", "suffix", "Jr."),
                Map.of("family", "Sherbourne", "given", "Cathy Donald")));
        assertThat(item(bib, "placeholder").csl().get("author")).isEqualTo(List.of(
                Map.of("family", "Peña", "given", "José", "dropping-particle", "de la")));
    }

    /** Better BibTeX's approximate dates, BibLaTeX's thesis type, and addresses outside the url field. */
    @Test
    void approximateDatesThesisTypesAndOtherAddresses() {
        Bibliography bib = BibtexReader.read("r.bib", """
                @thesis{t, title = {A thesis}, type = {phdthesis}, date = {2019~}}
                @phdthesis{m, title = {Another}, type = {Doctoral dissertation}, year = {2018}}
                @misc{h, title = {A page}, howpublished = {\\url{https://example.org/a_b}}, year = {2020}}
                @article{x, title = {A preprint}, eprint = {2101.00001}, eprinttype = {arxiv}, date = {2021-01?}}
                """);
        assertThat(item(bib, "t").csl()).containsEntry("genre", "PhD thesis")
                .containsEntry("issued", Map.of("date-parts", List.of(List.of(2019))));
        assertThat(item(bib, "m").csl()).containsEntry("genre", "Doctoral dissertation");
        assertThat(item(bib, "h").csl()).containsEntry("URL", "https://example.org/a_b");
        assertThat(item(bib, "x").csl()).containsEntry("URL", "https://arxiv.org/abs/2101.00001")
                .containsEntry("issued", Map.of("date-parts", List.of(List.of(2021, 1))));
    }

    /**
     * BibDesk keeps the links of an entry in bdsk-url-1, bdsk-url-2, ... (often with no url
     * field): the first web address is the entry's; a url field still wins.
     */
    @Test
    void aBibDeskLinkedUrlIsTheAddressWhenThereIsNoUrl() {
        Bibliography bib = BibtexReader.read("r.bib", """
                @article{Guyatt:2008aa,
                	author = {Guyatt, Gordon H and Oxman, Andrew D},
                	date-added = {2021-03-04 10:00:00 +0100},
                	doi = {10.1136/bmj.39489.470347.AD},
                	title = {{GRADE}: an emerging consensus on rating quality of evidence},
                	year = {2008},
                	bdsk-url-1 = {ftp://ftp.example.org/guyatt.pdf},
                	bdsk-url-2 = {https://www.bmj.com/content/336/7650/924},
                	bdsk-file-1 = {YnBsaXN0MDDSAQIDBFxyZWxhdGl2ZVBhdGhZYWxpYXNEYXRh}}
                @article{v, title = {V}, year = {2010}, url = {https://www.jstatsoft.org/v036/i03},
                	bdsk-url-1 = {https://doi.org/10.18637/jss.v036.i03}}
                """);

        assertThat(bib.problems()).isEmpty();
        assertThat(item(bib, "Guyatt:2008aa").csl()).containsEntry("URL", "https://www.bmj.com/content/336/7650/924");
        assertThat(item(bib, "v").csl()).containsEntry("URL", "https://www.jstatsoft.org/v036/i03");
    }

    /**
     * EndNote gives every record from Web of Science the link "<Go to ISI>://WOS:...", which
     * only EndNote opens: it is passed over without an error, in RIS and in BibTeX, and the
     * record's web address, when it has one, is its address.
     */
    @Test
    void endNotesWebOfScienceLinkIsNoAddressAndNoError() {
        Bibliography ris = RisReader.read("r.ris", """
                TY  - JOUR
                AU  - Miller, A. H.
                TI  - The role of inflammation in depression
                PY  - 2016
                DO  - 10.1038/nri.2015.5
                UR  - <Go to ISI>://WOS:000367591000008
                ER  -\s
                TY  - JOUR
                AU  - Higgins, J. P.
                TI  - Quantifying heterogeneity in a meta-analysis
                PY  - 2002
                UR  - <Go to ISI>://WOS:000176255000004
                UR  - https://onlinelibrary.wiley.com/doi/10.1002/sim.1186
                ER  -\s
                """);
        Bibliography bib = BibtexReader.read("r.bib", """
                @article{RN40,
                   author = {Miller, A. H. and Raison, C. L.},
                   title = {The role of inflammation in depression},
                   DOI = {10.1038/nri.2015.5},
                   url = {<Go to ISI>://WOS:000367591000008},
                   year = {2016}
                }
                @article{RN41,
                   title = {Quantifying heterogeneity in a meta-analysis},
                   url = {<Go to ISI>://WOS:000176255000004
                https://onlinelibrary.wiley.com/doi/10.1002/sim.1186},
                   year = {2002}
                }
                """);

        assertThat(ris.problems()).isEmpty();
        assertThat(item(ris, "miller2016").csl()).doesNotContainKey("URL");
        assertThat(item(ris, "higgins2002").csl())
                .containsEntry("URL", "https://onlinelibrary.wiley.com/doi/10.1002/sim.1186");
        assertThat(bib.problems()).isEmpty();
        assertThat(item(bib, "RN40").csl()).doesNotContainKey("URL");
        assertThat(item(bib, "RN41").csl())
                .containsEntry("URL", "https://onlinelibrary.wiley.com/doi/10.1002/sim.1186");
    }

    /**
     * A record whose 'ER  - ' was lost before the next 'TY' is an error there, and still loads,
     * as an unclosed last record does: its key is found and its own problems are told too.
     */
    @Test
    void aRecordNotClosedBeforeTheNextStillLoads() {
        Bibliography ris = RisReader.read("r.ris", String.join("\n",
                "TY  - JOUR", "ID  - miller", "TI  - The role of inflammation in depression", "PY  - 2016",
                "UR  - ftp://example.org/miller",
                "TY  - JOUR", "ID  - raison", "TI  - Inflammation and mood", "PY  - 2017", "ER  - ", ""));

        assertThat(formatted(ris)).containsExactly(
                "r.ris:6:1: error: record starts before the one at line 1 has ended: add 'ER  - ' before this 'TY'",
                "r.ris:5:1: error: entry 'miller': url scheme 'ftp:' is not allowed: use http or https");
        assertThat(ris.items()).extracting(BibItem::key).containsExactly("miller", "raison");
    }

    /** EndNote's BibTeX ISSN from PubMed, each number with its medium on a line, is its first number, as in RIS. */
    @Test
    void endNotesBibtexIssnIsItsFirstNumber() {
        Bibliography bib = BibtexReader.read("r.bib", """
                @article{RN20,
                   title = {RoB 2: a revised tool for assessing risk of bias in randomised trials},
                   ISSN = {1756-1833 (Electronic)
                0959-8138 (Linking)},
                   year = {2019}
                }
                @article{m, title = {M}, issn = {02776715}, year = {2002}}
                """);

        assertThat(item(bib, "RN20").csl()).containsEntry("ISSN", "1756-1833");
        assertThat(item(bib, "m").csl()).containsEntry("ISSN", "02776715");
    }

    /**
     * EndNote writes a journal article's Epub Date as ET, which is a book's edition: it is no
     * edition of the article (Vancouver printed "2015/12/30 ed."), and a book's ET still is.
     */
    @Test
    void endNotesEpubDateIsNoEditionOfAJournalArticle() {
        Bibliography ris = RisReader.read("r.ris", String.join("\n",
                "TY  - JOUR", "ID  - miller", "AU  - Miller, A. H.", "TI  - The role of inflammation in depression",
                "JO  - Nat Rev Immunol", "Y1  - 2016///", "VL  - 16", "ET  - 2015/12/30", "ER  - ",
                "TY  - BOOK", "ID  - handbook", "TI  - Cochrane Handbook", "ET  - 2nd", "PY  - 2019", "ER  - ", ""));

        assertThat(item(ris, "miller").csl()).doesNotContainKey("edition");
        assertThat(item(ris, "handbook").csl()).containsEntry("edition", "2nd");
    }

    /**
     * EndNote's other kinds of work are the CSL types Zotero imports them as, not documents:
     * a style cites an encyclopedia entry "In: The Stanford Encyclopedia of Philosophy".
     */
    @Test
    void endNotesOtherRisTypesAreTheirCslTypes() {
        Bibliography ris = RisReader.read("r.ris", String.join("\n",
                "TY  - ENCYC", "ID  - e", "TI  - Gottlob Frege", "T2  - The Stanford Encyclopedia of Philosophy", "ER  - ",
                "TY  - PCOMM", "ID  - p", "TI  - Letter to the author", "ER  - ",
                "TY  - VIDEO", "ID  - v", "TI  - A lecture", "ER  - ",
                "TY  - STAT", "ID  - s", "TI  - Mental Capacity Act 2005", "ER  - ",
                "TY  - STAND", "ID  - iso", "TI  - Medical devices", "IS  - ISO 13485:2016", "ER  - ", ""));

        assertThat(item(ris, "e").csl()).containsEntry("type", "entry-encyclopedia")
                .containsEntry("container-title", "The Stanford Encyclopedia of Philosophy");
        assertThat(item(ris, "p").csl()).containsEntry("type", "personal_communication");
        assertThat(item(ris, "v").csl()).containsEntry("type", "motion_picture");
        assertThat(item(ris, "s").csl()).containsEntry("type", "legislation");
        assertThat(item(ris, "iso").csl()).containsEntry("type", "report").containsEntry("number", "ISO 13485:2016");
    }

    /**
     * EndNote's Access Date and Date are typed as the author likes: "10 January 2024" is that day,
     * "25/12/2023" the only day it can be, and "10/01/2024" keeps its year only, with a warning,
     * never the year 10 that Vancouver printed as "[cited 10 Jan]".
     */
    @Test
    void risDatesWithTheYearLastAreReadAsTheyCanBe() {
        Bibliography ris = RisReader.read("r.ris", String.join("\n",
                "TY  - ELEC", "ID  - who", "TI  - Physical activity", "PY  - 2020", "Y2  - 10 January 2024",
                "UR  - https://www.who.int/", "ER  - ",
                "TY  - ELEC", "ID  - nhs", "TI  - Exercise", "PY  - 2023", "DA  - 25/12/2023", "Y2  - 10/01/2024",
                "UR  - https://www.nhs.uk/", "ER  - ",
                "TY  - JOUR", "ID  - j", "TI  - T", "PY  - 2024", "DA  - 10/01/2024", "ER  - ", ""));

        assertThat(item(ris, "who").csl()).containsEntry("accessed", Map.of("date-parts", List.of(List.of(2024, 1, 10))));
        assertThat(item(ris, "nhs").csl()).containsEntry("issued", Map.of("date-parts", List.of(List.of(2023, 12, 25))))
                .containsEntry("accessed", Map.of("date-parts", List.of(List.of(2024))));
        assertThat(item(ris, "j").csl()).containsEntry("issued", Map.of("date-parts", List.of(List.of(2024))));
        String untold = "' has its year last, after a day and a month in an order that cannot be told;"
                + " write it as RIS does, 2024/01/10/ (only its year is kept)";
        assertThat(formatted(ris)).containsExactly("r.ris:13:1: warning: access date '10/01/2024" + untold,
                "r.ris:20:1: warning: date '10/01/2024" + untold);
    }

    /**
     * An abstract of several paragraphs, as EndNote and Zotero write it, continues on lines of
     * its own; one that starts "ER-negative" or "PD-L1" is more of the abstract, not a tag
     * with its spaces wrong: the record neither ends there nor loses its DOI.
     */
    @Test
    void anAbstractLineStartingLikeATagIsMoreOfTheAbstract() {
        Bibliography ris = RisReader.read("r.ris", String.join("\r\n",
                "TY  - JOUR",
                "AU  - Schmid, Peter",
                "TI  - Atezolizumab and Nab-Paclitaxel in Advanced Triple-Negative Breast Cancer",
                "PY  - 2018",
                "AB  - BACKGROUND: Triple-negative breast cancer is an aggressive disease.",
                "PD-L1 expression on tumor-infiltrating immune cells was assessed.",
                "ER-negative and PR-negative status was confirmed centrally.",
                "DO  - 10.1056/NEJMoa1809615",
                "ER  - ",
                ""));

        assertThat(ris.problems()).isEmpty();
        assertThat(item(ris, "schmid2018").csl()).containsEntry("DOI", "10.1056/NEJMoa1809615")
                .containsEntry("abstract", "BACKGROUND: Triple-negative breast cancer is an aggressive disease."
                        + " PD-L1 expression on tumor-infiltrating immune cells was assessed."
                        + " ER-negative and PR-negative status was confirmed centrally.");
    }

    /** The address in a howpublished is held to the url field's rule: http or https, else an error at it. */
    @Test
    void aHowpublishedAddressThatIsNotHttpIsAnErrorAtItAndLeftOut() {
        Bibliography bib = BibtexReader.read("r.bib", """
                @misc{h, title = {A page}, year = {2020},
                  howpublished = {\\url{javascript:alert(1)}}}
                @misc{u, title = {B}, url = {https://example.org/b}, howpublished = {\\url{ftp://example.org/b}}}
                """);

        assertThat(formatted(bib)).containsExactly(
                "r.bib:2:3: error: entry 'h': url scheme 'javascript:' is not allowed: use http or https");
        assertThat(item(bib, "h").csl()).doesNotContainKey("URL");
        assertThat(item(bib, "u").csl()).containsEntry("URL", "https://example.org/b");
    }

    /** JabRef saves an entry never given a key as "@Article{,": a warning at it, and the file loads. */
    @Test
    void anEntryWithoutAKeyIsAWarningAndTheRestLoads() {
        Bibliography bib = BibtexReader.read("r.bib", """
                @Article{,
                  title = {{DNA} repair},
                  year = {2020}
                }
                @article{ author = {Doe, Jane}, year = {2021} }
                @article{kept2022, title = {Kept}, year = {2022}}
                """);
        assertThat(bib.items()).extracting(BibItem::key).containsExactly("kept2022");
        assertThat(formatted(bib)).containsExactly(
                "r.bib:1:10: warning: @article entry 'DNA repair' has no citation key, so it cannot be cited and is"
                        + " left out: write '@article{key,' before its fields",
                "r.bib:5:11: warning: @article entry has no citation key, so it cannot be cited and is left out:"
                        + " write '@article{key,' before its fields");
    }

    @Test
    void malformedBibtexEntriesAreReportedWhereTheyBreakAndTheRestLoads() {
        String bib = String.join("\n",
                "@article{good1,",
                "  title = {First},",
                "  year = 2001,",
                "}",
                "@article{broken,",
                "  title = {Second}",
                "  year = {2002},",
                "}",
                "@article{,",
                "  title = {No key},",
                "}",
                "@article{unclosed,",
                "  title = {Never closed,",
                "  year = {2003},",
                "}",
                "@article{good2, title = {Third}, journal = nojournal}",
                "@book{good1,",
                "  title = {Again},",
                "}",
                "@misc{good3, title = \"Quoted {\\\"u}\", month = mar, year = 1999}",
                "");

        Bibliography result = BibtexReader.read("refs.bib", bib);

        assertThat(formatted(result)).containsExactly(
                "refs.bib:7:3: error: expected ',' or '}' after field 'title' in entry 'broken'",
                "refs.bib:9:10: warning: @article entry 'No key' has no citation key, so it cannot be cited and is left"
                        + " out: write '@article{key,' before its fields",
                "refs.bib:13:11: error: unbalanced braces: the '{' here is never closed",
                "refs.bib:16:44: error: undefined @string macro 'nojournal' in entry 'good2': define it with"
                        + " @string{nojournal = {...}} or put the value in braces",
                "refs.bib:17:1: error: duplicate citation key 'good1' (first defined at line 1)");
        assertThat(result.items()).extracting(BibItem::key).containsExactly("good1", "good3");
        assertThat(item(result, "good3").text("title")).isEqualTo("Quoted ü");
        assertThat(item(result, "good3").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(1999, 3))));

        // A key holding a brace ("m{\"u}ller", an accent written as in a field) is reported, not read as
        // an entry 'm{\"u' that the accent's brace closes, with its fields left behind.
        assertThat(formatted(BibtexReader.read("key.bib", "@article{m{\\\"u}ller, title = {Accent}}\n@misc{next, title = {N}}\n")))
                .containsExactly("key.bib:1:11: error: citation key 'm' goes on with '{': a key cannot hold braces or"
                        + " LaTeX accents; write it in plain letters, digits and - _ : .");

        // A brace left open inside quotes is that brace's error, not a missing '"': the '"' is there.
        Bibliography quoted = BibtexReader.read("quoted.bib", "@misc{q,\n  title = \"Baz {quoted\",\n  year = 2000}\n"
                + "@misc{next, title = {N}}\n");
        assertThat(formatted(quoted)).containsExactly("quoted.bib:2:16: error: unbalanced braces: the '{' here is never closed");
        assertThat(quoted.items()).extracting(BibItem::key).containsExactly("next");

        // The last entry's field took its closing brace: the error is at the entry's, not past the last line.
        assertThat(formatted(BibtexReader.read("last.bib", "@article{x, title={Unclosed, year=2000}\n")))
                .containsExactly("last.bib:1:9: error: entry 'x' is not closed: the '{' here has no '}' at the"
                        + " entry's end (a field's braces may have taken it)");
    }

    /** As in front matter (SPEC 8): a DOI must be one and an address http or https; the error is at the field. */
    @Test
    void badDoisAndAddressesAreErrorsAtTheirFieldInEveryFormat() {
        Bibliography bib = BibtexReader.read("r.bib", """
                @article{a, title = {A},
                  doi = {not a doi},
                  url = {ftp://example.org/a}}
                @article{b, title = {B}, doi = {https://DOI.org/10.1000/B\\_1}, url = {https://example.org/b}}
                """);
        Bibliography json = CslJsonReader.read("r.json", """
                [{"id": "a", "title": "A",
                  "DOI": "doi: 10.1000/ spaced", "URL": "javascript:alert(1)"},
                 {"id": "b", "title": "B", "DOI": "DOI:10.1000/b"}]
                """);
        Bibliography yaml = CslYamlReader.read("r.yaml", """
                - id: a
                  title: A
                  DOI: 10.10/short
                  URL: www.example.org
                """);
        Bibliography ris = RisReader.read("r.ris", """
                TY  - JOUR
                ID  - a
                TI  - A
                DO  - 10.1000 /x
                UR  - file:///etc/passwd
                ER  -\s
                """);

        String expected = "expected 10.<registrant>/<suffix>, such as 10.1000/xyz123";
        assertThat(formatted(bib)).containsExactly(
                "r.bib:2:3: error: entry 'a': doi 'not a doi' is not a DOI: " + expected,
                "r.bib:3:3: error: entry 'a': url scheme 'ftp:' is not allowed: use http or https");
        assertThat(formatted(json)).containsExactly(
                "r.json:2:3: error: entry 'a': doi 'doi: 10.1000/ spaced' is not a DOI: " + expected,
                "r.json:2:34: error: entry 'a': url scheme 'javascript:' is not allowed: use http or https");
        assertThat(formatted(yaml)).containsExactly(
                "r.yaml:3:3: error: entry 'a': doi '10.10/short' is not a DOI: " + expected,
                "r.yaml:4:3: error: entry 'a': url 'www.example.org' is not absolute: write it with http:// or https://");
        assertThat(formatted(ris)).containsExactly(
                "r.ris:4:1: error: entry 'a': doi '10.1000 /x' is not a DOI: " + expected,
                "r.ris:5:1: error: entry 'a': url scheme 'file:' is not allowed: use http or https");
        for (Bibliography read : List.of(bib, json, yaml, ris)) {
            assertThat(item(read, "a").csl()).doesNotContainKeys("DOI", "URL");
        }
        assertThat(item(bib, "b").csl()).containsEntry("DOI", "10.1000/B_1").containsEntry("URL", "https://example.org/b");
        assertThat(item(json, "b").csl()).containsEntry("DOI", "10.1000/b");
    }

    @Test
    void zoteroCslJsonWithTabsKeepsItemPositions() throws IOException {
        Bibliography json = CslJsonReader.read("references/extra.json", read("references/extra.json"));

        assertThat(json.problems()).isEmpty();
        BibItem ioannidis = item(json, "ioannidis_why_2005");
        assertThat(ioannidis.line()).isEqualTo(2);
        assertThat(ioannidis.column()).isEqualTo(2);
        assertThat(ioannidis.year()).isEqualTo(2005);
        assertThat(item(json, "dersimonian_meta-analysis_1986").line()).isEqualTo(26);
        assertThat(item(json, "dersimonian_meta-analysis_1986").familyNames()).containsExactly("DerSimonian", "Laird");
    }

    /**
     * Zotero's own CSL-JSON export names an item by its library address; the citation key
     * (Zotero 7's field, or Better BibTeX's) travels as the CSL variable "citation-key".
     */
    @Test
    void aCitationKeyNamesTheItemWhereTheExportGivesOne() {
        String json = "[\n  {\"id\": \"http://zotero.org/users/1/items/ABCD1234\", \"citation-key\": \"egger_bias_1997\",\n"
                + "   \"title\": \"Bias in meta-analysis\"},\n  {\"id\": \"http://zotero.org/users/1/items/EFGH5678\"}\n]\n";

        Bibliography result = CslJsonReader.read("zotero.json", json);

        assertThat(result.problems()).isEmpty();
        assertThat(result.items()).extracting(BibItem::key)
                .containsExactly("egger_bias_1997", "http://zotero.org/users/1/items/EFGH5678");
        assertThat(item(result, "egger_bias_1997").csl().get("id")).isEqualTo("egger_bias_1997");
    }

    /**
     * CSL-JSON as Crossref's API and hand-made files shape it: a list where one value belongs
     * gives its first, names written as text are literal names (as Pandoc reads them), nulls
     * are absent, a DOI loses its resolver prefix, and a value no processor can read is left
     * out with a warning at its item.
     */
    @Test
    void cslJsonValuesAreMadeWhatCslProcessorsRead() {
        Bibliography bib = CslJsonReader.read("refs.json", """
                [{"id": "a", "title": ["Quantifying heterogeneity in a meta-analysis"],
                  "container-title": ["Statistics in Medicine", "Stat Med"], "volume": 21,
                  "author": ["Higgins, Julian P. T.", null, {"family": "Thompson", "given": "Simon G.", "x": null}],
                  "issued": null, "DOI": "https://doi.org/10.1002/sim.1186", "page": {"from": 1539}},
                 {"id": "b", "title": "Raw", "issued": {"raw": "2018-07"}, "DOI": "doi:10.1002/SIM.1186"}]
                """);

        BibItem a = item(bib, "a");
        assertThat(a.csl()).containsEntry("title", "Quantifying heterogeneity in a meta-analysis")
                .containsEntry("container-title", "Statistics in Medicine").containsEntry("volume", "21")
                .containsEntry("DOI", "10.1002/sim.1186").doesNotContainKeys("issued", "page");
        assertThat(a.csl().get("author")).isEqualTo(List.of(Map.of("literal", "Higgins, Julian P. T."),
                Map.of("family", "Thompson", "given", "Simon G.")));
        assertThat(item(bib, "b").csl()).containsEntry("DOI", "10.1002/SIM.1186");
        assertThat(item(bib, "b").year()).isEqualTo(2018);
        assertThat(BibItem.dateParts(item(bib, "b").csl().get("issued"))).as("as the downloads read it")
                .containsExactly(2018, 7);
        assertThat(formatted(bib)).containsExactly(
                "refs.json:1:2: warning: item 'a': field 'page' is not text or a number; it is left out");
    }

    /** Better BibTeX writes a CSL-JSON page range as BibTeX does, "629--634", and so do some RIS exports: it is the range the .bib gives. */
    @Test
    void aBibtexPageRangeInCslIsOneRange() {
        Bibliography json = CslJsonReader.read("refs.json", """
                [{"id": "a", "title": "A", "page": "629--634"}, {"id": "b", "title": "B", "page": "S1 -- S12, 20"}]
                """);
        Bibliography yaml = CslYamlReader.read("refs.yaml", String.join("\n",
                "- id: c", "  title: C", "  page: 12---14", ""));
        Bibliography bib = BibtexReader.read("refs.bib", "@article{d, title = {D}, pages = {629--634}}");
        Bibliography ris = RisReader.read("refs.ris", String.join("\n",
                "TY  - JOUR", "ID  - e", "TI  - E", "SP  - 629--634", "ER  - ",
                "TY  - JOUR", "ID  - f", "TI  - F", "SP  - 629", "EP  - 634", "ER  - ", ""));
        assertThat(item(json, "a").csl()).containsEntry("page", "629-634");
        assertThat(item(ris, "e").csl()).containsEntry("page", "629-634");
        assertThat(item(ris, "f").csl()).containsEntry("page", "629-634");
        assertThat(item(json, "b").csl()).containsEntry("page", "S1-S12, 20");
        assertThat(item(yaml, "c").csl()).containsEntry("page", "12-14");
        assertThat(item(bib, "d").csl()).containsEntry("page", item(json, "a").csl().get("page"));
    }

    /**
     * Pandoc's manual writes {@code volume: 171} unquoted, and CSL-JSON allows numbers for
     * number variables; citeproc-js fails on a number in any variable, so each is read as text.
     */
    @Test
    void numbersInCslVariablesAreReadAsText() {
        Bibliography yaml = CslYamlReader.read("refs.yaml", String.join("\n",
                "- id: WatsonCrick1953",
                "  type: article-journal",
                "  title: 'Molecular structure of nucleic acids: a structure for deoxyribose nucleic acid'",
                "  container-title: Nature",
                "  volume: 171",
                "  issue: 4356",
                "  page: 737-738",
                "  issued: 1953",
                "  edition: 2",
                "  version: 1.10",
                "  citation-label: 1953",
                "  DOI: 10.1038/171737a0",
                ""));
        assertThat(yaml.problems()).isEmpty();
        assertThat(item(yaml, "WatsonCrick1953").csl()).containsEntry("volume", "171").containsEntry("issue", "4356")
                .containsEntry("edition", "2").containsEntry("version", "1.10").containsEntry("citation-label", "1953")
                .containsEntry("issued", Map.of("date-parts", List.of(List.of(1953))));

        Bibliography json = CslJsonReader.read("refs.json", """
                [{"id": "higgins2002", "title": "Quantifying heterogeneity in a meta-analysis", "volume": 21,
                  "issue": [11], "page": 1539, "number-of-pages": 20, "year-suffix": 1}]
                """);
        assertThat(json.problems()).isEmpty();
        assertThat(item(json, "higgins2002").csl()).containsEntry("volume", "21").containsEntry("issue", "11")
                .containsEntry("page", "1539").containsEntry("number-of-pages", "20").containsEntry("year-suffix", "1");
    }

    /**
     * Dates as exports write them beyond a single day: EDTF ranges (BibLaTeX, pandoc's YAML,
     * CSL-JSON text), a time of day, pandoc-citeproc's older list of mappings; and name parts
     * that are numbers, which citeproc-js reads as text or fails on.
     */
    @Test
    void rangesTimesOlderYamlDatesAndNumbersInNames() {
        Bibliography bib = BibtexReader.read("r.bib", """
                @article{r, author = {Doe, Jane}, title = {Range}, journaltitle = {J}, date = {2001-03/2002-04}}
                @article{t, author = {Doe, Jane}, title = {Time}, journaltitle = {J}, date = {2020-05-06T10:00:00}}
                @article{o, author = {Doe, Jane}, title = {Open}, journaltitle = {J}, date = {2019/..}}
                @article{d, author = {Doe, Jane}, title = {Day}, journal = {J}, year = 1998, month = sep # "~15"}
                """);
        assertThat(item(bib, "d").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(1998, 9, 15))));
        assertThat(item(bib, "r").csl().get("issued"))
                .isEqualTo(Map.of("date-parts", List.of(List.of(2001, 3), List.of(2002, 4))));
        assertThat(item(bib, "t").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2020, 5, 6))));
        assertThat(item(bib, "o").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019))));

        Bibliography yaml = CslYamlReader.read("y.yaml", String.join("\n",
                "- id: legacy", "  title: Legacy", "  issued:", "    - year: 2010", "      month: 5",
                "- id: span", "  title: Span", "  issued: 2001/2002", ""));
        assertThat(item(yaml, "legacy").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2010, 5))));
        assertThat(item(yaml, "span").csl().get("issued"))
                .isEqualTo(Map.of("date-parts", List.of(List.of(2001), List.of(2002))));

        Bibliography json = CslJsonReader.read("j.json", """
                [{"id": "a", "title": "A", "author": [{"family": "X", "given": 5, "parse-names": true}],
                  "issued": {"date-parts": "2020"}}]
                """);
        assertThat(item(json, "a").csl().get("author")).isEqualTo(List.of(Map.of("family", "X", "given", "5",
                "parse-names", true)));
        assertThat(item(json, "a").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2020))));
    }

    /** Pandoc-citeproc's YAML date as one mapping, not a list of them, is the date Pandoc reads. */
    @Test
    void anOlderYamlDateAsOneMappingIsItsDate() {
        Bibliography yaml = CslYamlReader.read("y.yaml", String.join("\n",
                "- id: year", "  title: Year", "  issued: {year: 1997}",
                "- id: month", "  title: Month", "  issued: {year: '1997', month: 3}",
                "- id: list", "  title: List", "  issued: [{year: 1997, month: 3, day: 2}]",
                "- id: plain", "  title: Plain", "  issued: 1997", ""));
        assertThat(yaml.problems()).isEmpty();
        assertThat(item(yaml, "year").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(1997))));
        assertThat(item(yaml, "month").csl().get("issued"))
                .isEqualTo(Map.of("date-parts", List.of(List.of(1997, 3))));
        assertThat(item(yaml, "list").csl().get("issued"))
                .isEqualTo(Map.of("date-parts", List.of(List.of(1997, 3, 2))));
        assertThat(item(yaml, "plain").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(1997))));
        assertThat(item(yaml, "year").year()).isEqualTo(1997);
    }

    /**
     * A range whose ends name different parts ("2019-05-03/2020-01") is read to the parts both
     * have: citeproc-js stops at any other ("element mismatch in date range input"), and with it
     * every citation of the page citing the work. So does an end cut short by a slip.
     */
    @Test
    void aRangeWhoseEndsDifferInPrecisionKeepsThePartsBothHave() {
        Bibliography bib = BibtexReader.read("r.bib", """
                @inproceedings{a, title = {A}, date = {2019-05-03/2020-01}}
                @inproceedings{b, title = {B}, date = {2019-02-30/2019-03-05}}
                """);
        Bibliography json = CslJsonReader.read("r.json", """
                [{"id": "a", "issued": {"date-parts": [[2019, 5, 3], [2020, 1]]}},
                 {"id": "b", "issued": {"date-parts": [[2019, 25], [2020, 1]]}},
                 {"id": "c", "issued": "2019-05-03/2020-01"},
                 {"id": "d", "issued": {"date-parts": [[2019, 5], [null]]}}]
                """);

        assertThat(formatted(bib)).containsExactly(
                "r.bib:1:32: warning: date '2019-05-03/2020-01': the ends of a range must be equally precise for CSL"
                        + " processors; read as 2019-05/2020-01",
                "r.bib:2:32: warning: date '2019-02-30/2019-03-05' has no day 30; read as far as it is a date");
        assertThat(item(bib, "a").csl().get("issued"))
                .isEqualTo(Map.of("date-parts", List.of(List.of(2019, 5), List.of(2020, 1))));
        assertThat(item(bib, "b").csl().get("issued"))
                .isEqualTo(Map.of("date-parts", List.of(List.of(2019, 2), List.of(2019, 3))));
        assertThat(formatted(json)).containsExactly(
                "r.json:1:14: warning: item 'a': issued [2019, 5, 3] to [2020, 1]: the ends of a range must be equally"
                        + " precise for CSL processors; read as [2019, 5] to [2020, 1]",
                "r.json:2:14: warning: item 'b': issued [2019, 25] has no month 25; read as far as it is a date",
                "r.json:3:14: warning: item 'c': issued '2019-05-03/2020-01': the ends of a range must be equally"
                        + " precise for CSL processors; read as [2019, 5] to [2020, 1]");
        assertThat(item(json, "a").csl().get("issued"))
                .isEqualTo(Map.of("date-parts", List.of(List.of(2019L, 5L), List.of(2020L, 1L))));
        assertThat(item(json, "b").csl().get("issued"))
                .isEqualTo(Map.of("date-parts", List.of(List.of(2019L), List.of(2020L))));
        assertThat(item(json, "c").csl().get("issued"))
                .isEqualTo(Map.of("date-parts", List.of(List.of(2019, 5), List.of(2020, 1))));
        assertThat(item(json, "d").csl().get("issued")).as("an open end is left off")
                .isEqualTo(Map.of("date-parts", List.of(List.of(2019L, 5L))));
    }

    /** A type no CSL style knows is warned about at its item and read as the generic 'document'. */
    @Test
    void anUnknownCslTypeIsAWarningAndADocument() {
        Bibliography bib = CslJsonReader.read("t.json", """
                [{"id": "a", "type": "article-jurnal", "title": "A"}, {"id": "b", "type": "fancy-unknown-type"}]
                """);
        assertThat(formatted(bib)).containsExactly(
                "t.json:1:14: warning: item 'a': type 'article-jurnal' is not a CSL type; it is read as 'document'"
                        + " (did you mean 'article-journal'?)",
                "t.json:1:67: warning: item 'b': type 'fancy-unknown-type' is not a CSL type; it is read as 'document'");
        assertThat(item(bib, "b").csl()).containsEntry("type", "document");
    }

    @Test
    void cslJsonErrorsAtTheirPosition() {
        String json = "[\n  {\"id\": \"a\", \"title\": \"A\"},\n  {\"title\": \"no id\"},\n  {\"id\": \"a\"},\n"
                + "  {\"id\": \"b\", \"issued\": \"2019-05\"},\n  {\"id\": \"c\" \"title\": \"x\"}\n]\n";

        Bibliography result = CslJsonReader.read("x.json", json);

        assertThat(formatted(result)).containsExactly(
                "x.json:6:14: error: malformed JSON: expected ',' or '}' after the value of \"id\"",
                "x.json:3:3: error: item has no \"id\": give it the citation key authors write after '@'",
                "x.json:4:3: error: duplicate citation key 'a' (first defined at line 2)");
        assertThat(result.items()).extracting(BibItem::key).containsExactly("a", "b");
        assertThat(item(result, "b").csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2019, 5))));
    }

    /** One typo costs one item: those after it load, and each broken item is one error. */
    @Test
    void cslJsonItemsAfterAMalformedOneLoad() {
        String json = String.join("\n",
                "[",
                "  {\"id\": \"a\", \"type\": \"book\", \"issued\": {\"date-parts\": [[2000]]}},",
                "  {\"id\": \"b\", \"type\": \"book\", \"title\": \"Missing comma\" \"author\": []},",
                "  {\"id\": \"c\", \"type\": \"book\", \"author\": [{\"family\": \"Doe\"}]},",
                "  {\"id\": \"d\", \"title\": \"Unclosed,",
                "   \"issued\": 2002},",
                "  {\"id\": \"e\", \"type\": \"book\"}",
                "]",
                "");

        Bibliography result = CslJsonReader.read("x.json", json);

        assertThat(formatted(result)).containsExactly(
                "x.json:3:56: error: malformed JSON: expected ',' or '}' after the value of \"title\"",
                "x.json:5:24: error: malformed JSON: unclosed string: the '\"' here has no closing '\"' on its line");
        assertThat(result.items()).extracting(BibItem::key).containsExactly("a", "c", "e");
        assertThat(item(result, "c").line()).isEqualTo(4);
        assertThat(item(result, "c").familyNames()).containsExactly("Doe");
        assertThat(item(result, "e").line()).isEqualTo(7);
        assertThat(result.unreadable()).as("the keys of the broken items, whose citations are not unknown")
                .containsExactlyInAnyOrder("b", "d");
    }

    @Test
    void pandocCslYaml() {
        String yaml = String.join("\n",
                "---",
                "references:",
                "- id: ioannidis2005",
                "  type: article-journal",
                "  author:",
                "  - family: Ioannidis",
                "    given: John P. A.",
                "  title: Why most published research findings are false",
                "  container-title: PLoS Medicine",
                "  issued: 2005-08",
                "  DOI: 10.1371/journal.pmed.0020124",
                "  accessed: 2024-03~",
                "- title: no id here",
                "...",
                "");

        Bibliography result = CslYamlReader.read("refs.yaml", yaml);

        assertThat(formatted(result)).containsExactly(
                "refs.yaml:13:3: error: item has no \"id\": give it the citation key authors write after '@'");
        BibItem item = item(result, "ioannidis2005");
        assertThat(item.line()).isEqualTo(3);
        assertThat(item.csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2005, 8))));
        assertThat(item.csl().get("accessed")).isEqualTo(Map.of("date-parts", List.of(List.of(2024, 3))));
        assertThat(item.familyNames()).containsExactly("Ioannidis");
    }

    /**
     * A syntax error costs the item it is in: the items before and after it load, each at
     * its line in the file, and the error is where it is.
     */
    @Test
    void cslYamlItemsAroundASyntaxErrorLoad() {
        String yaml = String.join("\n",
                "---",
                "title: Pandoc metadata",
                "references:",
                "  - id: a",
                "    title: Fine",
                "  - id: b",
                "    title: [unclosed",
                "  - id: c",
                "    author:",
                "      - family: Doe",
                "    issued: 2001",
                "nocite: '@*'",
                "...",
                "");

        Bibliography result = CslYamlReader.read("refs.yaml", yaml);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.message()).startsWith("malformed YAML: ");
        });
        assertThat(result.items()).extracting(BibItem::key).containsExactly("a", "c");
        assertThat(item(result, "c").line()).isEqualTo(8);
        assertThat(item(result, "c").familyNames()).containsExactly("Doe");
    }

    @Test
    void endnoteAndZoteroRis() throws IOException {
        Bibliography ris = RisReader.read("content/reviews/refs/this-review.ris",
                read("content/reviews/refs/this-review.ris"));

        assertThat(ris.problems()).isEmpty();
        assertThat(ris.items()).extracting(BibItem::key).containsExactly("egger1997", "higgins2003");
        BibItem egger = item(ris, "egger1997");
        assertThat(egger.text("title")).isEqualTo("Bias in meta-analysis detected by a simple, graphical test");
        assertThat(egger.text("page")).isEqualTo("629-634");
        assertThat(egger.text("container-title")).isEqualTo("BMJ");
        assertThat(egger.familyNames()).containsExactly("Egger", "Davey Smith", "Schneider", "Minder");
        BibItem higgins = item(ris, "higgins2003");
        assertThat(higgins.line()).isEqualTo(17);
        assertThat(higgins.csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2003, 9, 6))));
        assertThat(higgins.text("DOI")).isEqualTo("10.1136/bmj.327.7414.557");
    }

    /** RIS as PubMed, Scopus and EndNote variants write it: AU and A1 together, "Family GH", "2019 Mar", a suffix last. */
    @Test
    void risNamesAndDatesAsExportsWriteThem() {
        Bibliography ris = RisReader.read("x.ris", String.join("\n",
                "TY  - JOUR",
                "ID  - egger1997",
                "A1  - Egger M",
                "AU  - Davey Smith, G.",
                "AU  - Schneider, M.",
                "AU  - Ware, John E., Jr.",
                "AU  - World Health Organization",
                "AU  - van der Berg PQ",
                "AU  - Diabetes UK",
                "AU  - Asthma UK",
                "AU  - University of Oxford, Department of Psychiatry",
                "TI  - Bias in meta-analysis detected by a simple, graphical test",
                "DA  - 1997 Sep 13",
                "ER  - ",
                ""));

        BibItem egger = item(ris, "egger1997");
        assertThat(egger.csl().get("author")).isEqualTo(List.of(Map.of("family", "Egger", "given", "M."),
                Map.of("family", "Davey Smith", "given", "G."), Map.of("family", "Schneider", "given", "M."),
                Map.of("family", "Ware", "given", "John E.", "suffix", "Jr."),
                Map.of("literal", "World Health Organization"),
                Map.of("family", "Berg", "non-dropping-particle", "van der", "given", "P. Q."),
                Map.of("literal", "Diabetes UK"), Map.of("literal", "Asthma UK"), Map.of("literal", "University of Oxford, Department of Psychiatry")));
        assertThat(egger.csl().get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(1997, 9, 13))));

        // PubMed's JO is the abbreviation beside the full name; alone it is the name.
        Bibliography journals = RisReader.read("j.ris", String.join("\n",
                "TY  - JOUR", "ID  - a", "JF  - Statistics in Medicine", "JO  - Stat Med", "ER  - ",
                "TY  - JOUR", "ID  - b", "JO  - Stat Med", "ER  - ", ""));
        assertThat(item(journals, "a").csl()).containsEntry("container-title", "Statistics in Medicine")
                .containsEntry("container-title-short", "Stat Med");
        assertThat(item(journals, "b").csl()).containsEntry("container-title", "Stat Med")
                .doesNotContainKey("container-title-short");
        Bibliography bib = BibtexReader.read("s.bib", "@article{c, title = {T}, journal = {Statistics in Medicine},"
                + " shortjournal = {Stat Med}}");
        assertThat(item(bib, "c").csl()).containsEntry("container-title-short", "Stat Med");

        // Better BibLaTeX's fields that change a style's text: a translation's first year, a series
        // number, the state of a work in press.
        Bibliography more = BibtexReader.read("m.bib", String.join("\n",
                "@book{freud, author = {Freud, Sigmund}, translator = {Strachey, James}, title = {The Interpretation"
                        + " of Dreams}, date = {2010}, origdate = {1900}, publisher = {Basic Books}}",
                "@book{kim, author = {Kim, S.}, title = {A short book}, series = {Statistics in Practice},"
                        + " number = {12}, year = {2015}, pagetotal = {200}}",
                "@article{park, author = {Park, J.}, title = {Forthcoming work}, journal = {J}, year = {2024},"
                        + " pubstate = {inpress}}"));
        assertThat(item(more, "freud").csl()).containsEntry("translator", List.of(Map.of("family", "Strachey",
                "given", "James"))).containsEntry("original-date", Map.of("date-parts", List.of(List.of(1900))));
        assertThat(item(more, "kim").csl()).containsEntry("collection-number", "12").doesNotContainKey("number")
                .containsEntry("number-of-pages", "200");
        assertThat(item(more, "park").csl()).containsEntry("status", "in press");

        // EndNote puts a DOI in M3, which otherwise names the kind of a thesis or report.
        Bibliography theses = RisReader.read("t.ris", String.join("\n",
                "TY  - THES", "ID  - t1", "TI  - One", "M3  - PhD thesis", "ER  - ",
                "TY  - RPRT", "ID  - r1", "TI  - Two", "M3  - doi:10.1002/sim.1186", "IS  - RR-123", "ER  - ", ""));
        assertThat(item(theses, "t1").csl()).containsEntry("genre", "PhD thesis").doesNotContainKey("DOI");
        assertThat(item(theses, "r1").csl()).containsEntry("DOI", "10.1002/sim.1186").doesNotContainKey("genre");
        // A report's IS is its number, as Zotero reads it (and references.ris writes it).
        assertThat(item(theses, "r1").csl()).containsEntry("number", "RR-123").doesNotContainKey("issue");
    }

    /**
     * The work's language as the BCP 47 tag CSL processors read (they title-case only English
     * titles): BibLaTeX's babel names as Pandoc maps them, the words Zotero and EndNote write
     * in BibTeX's language and RIS's LA, a tag kept as written.
     */
    @Test
    void theWorksLanguageIsATag() {
        Bibliography bib = BibtexReader.read("r.bib", """
                @article{goedel_uber_1931, author = {G{\\"o}del, Kurt}, year = {1931}, langid = {german},
                  title = {{\\"U}ber formal unentscheidbare {S}{\\"a}tze der {Principia} {Mathematica} und verwandter {Systeme} {I}},
                  journal = {Monatshefte f{\\"u}r Mathematik und Physik}, volume = {38}, pages = {173--198},
                  doi = {10.1007/BF01700692}}
                @article{ngerman, title = {A}, langid = {ngerman}}
                @article{american, title = {A}, langid = {American}}
                @article{british, title = {A}, hyphenation = {british}}
                @article{zotero, title = {A}, language = {en}}
                @article{tagged, title = {A}, langid = {de-DE}, language = {french}}
                @article{listed, title = {A}, language = {spanish and english}}
                @article{unknown, title = {A}, language = {Deutsch}}
                @article{none, title = {A}, language = {}}
                """);
        assertThat(bib.problems()).isEmpty();
        assertThat(item(bib, "goedel_uber_1931").csl()).containsEntry("language", "de-DE");
        assertThat(item(bib, "ngerman").csl()).containsEntry("language", "de-DE");
        assertThat(item(bib, "american").csl()).containsEntry("language", "en-US");
        assertThat(item(bib, "british").csl()).containsEntry("language", "en-GB");
        assertThat(item(bib, "zotero").csl()).containsEntry("language", "en");
        assertThat(item(bib, "tagged").csl()).containsEntry("language", "de-DE");
        assertThat(item(bib, "listed").csl()).containsEntry("language", "es-ES");
        assertThat(item(bib, "unknown").csl()).containsEntry("language", "Deutsch");
        assertThat(item(bib, "none").csl()).doesNotContainKey("language");

        Bibliography ris = RisReader.read("r.ris", String.join("\n",
                "TY  - JOUR", "ID  - goedel", "TI  - Über formal unentscheidbare Sätze", "LA  - German", "ER  - ",
                "TY  - JOUR", "ID  - tag", "TI  - A", "LA  - fr", "ER  - ", ""));
        assertThat(item(ris, "goedel").csl()).containsEntry("language", "de-DE");
        assertThat(item(ris, "tag").csl()).containsEntry("language", "fr");
    }

    /** AU after A1 stays second (the key comes from the first author), and a tag with one space is still its tag. */
    @Test
    void risAuthorsInFileOrderAndATagWithItsSpacesWrong() {
        Bibliography ris = RisReader.read("o.ris", String.join("\n",
                "TY  - JOUR",
                "AU  - Egger, Matthias",
                "A1  - Davey Smith, George",
                "AU - Schneider, Martin",
                "TI  - Bias in meta-analysis detected by a simple, graphical test",
                "PY  - 1997",
                "N1  - Letters followed.",
                "AB  - A funnel plot test.",
                "KW  - bias",
                "KW  - funnel plot",
                "ER  - ",
                ""));
        BibItem egger = item(ris, "egger1997");
        assertThat(egger.csl()).containsEntry("note", "Letters followed.").containsEntry("abstract", "A funnel plot test.")
                .containsEntry("keyword", "bias, funnel plot");
        assertThat(egger.csl().get("author")).isEqualTo(List.of(Map.of("family", "Egger", "given", "Matthias"),
                Map.of("family", "Davey Smith", "given", "George"), Map.of("family", "Schneider", "given", "Martin")));
        assertThat(formatted(ris)).containsExactly("o.ris:4:1: warning: read as the tag AU: a tag is two characters,"
                + " two spaces, '-' and a space ('AU  - ')");
    }

    @Test
    void risErrorsAndIds() {
        String ris = String.join("\n",
                "AU  - Stray, A.",
                "TY  - JOUR",
                "ID  - r1",
                "TI  - One",
                "ER  - ",
                "TY  - BOOK",
                "ID  - r1",
                "TI  - Two",
                "ER  - ",
                "TY  - JOUR",
                "AU  - Smith, J.",
                "PY  - 2001",
                "TI  - Three",
                "ER  -",
                "TY  - JOUR",
                "AU  - Smith, K.",
                "PY  - 2001///",
                "TI  - Four",
                "");

        Bibliography result = RisReader.read("x.ris", ris);

        assertThat(formatted(result)).containsExactly(
                "x.ris:1:1: error: tag AU outside a record: a record starts with 'TY  - ' and its type",
                "x.ris:15:1: error: record is not closed: add 'ER  - ' at its end",
                "x.ris:6:1: error: duplicate citation key 'r1' (first defined at line 2)");
        assertThat(result.items()).extracting(BibItem::key).containsExactly("r1", "smith2001", "smith2001a");
    }
}
