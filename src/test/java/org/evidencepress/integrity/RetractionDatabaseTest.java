package org.evidencepress.integrity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The Retraction Watch CSV as Crossref publishes it; DOIs under the 10.5555 test prefix. */
class RetractionDatabaseTest {
    static final String HEADER = "Record ID,Title,Subject,Institution,Journal,Publisher,Country,Author,URLS,"
            + "ArticleType,RetractionDate,RetractionDOI,RetractionPubMedID,OriginalPaperDate,OriginalPaperDOI,"
            + "OriginalPaperPubMedID,RetractionNature,Reason,Paywalled,Notes\r\n";

    static String row(String title, String date, String notice, String original, String nature, String reason) {
        return "1,\"" + title + "\",,,J,P,C,A,,Research Article;," + date + "," + notice + ",0,1/1/2019 0:00,"
                + original + ",0," + nature + ",\"" + reason + "\",No,\r\n";
    }

    @Test
    void quotedFieldsWithCommasQuotesAndLineBreaksAreOneField() {
        String csv = HEADER
                + row("A title, with \"\"quotes\"\"", "5/3/2021 0:00", "10.5555/notice.1", "10.5555/Paper.1",
                "Retraction", "+Error in Data;\n+Misconduct;\r\nmore")
                + row("Second", "12/31/2022 0:00", "", "10.5555/paper.2", "Expression of concern", "x")
                + row("Third", "1/2/2023 0:00", "10.5555/notice.3", "10.5555/paper.2", "Correction", "x")
                + row("No DOI", "1/2/2023 0:00", "unavailable", "unavailable", "Retraction", "x");

        RetractionDatabase.Loaded loaded = RetractionDatabase.parse(csv);

        assertThat(loaded.problem()).isNull();
        RetractionDatabase db = loaded.database();
        assertThat(db.records()).isEqualTo(4);
        assertThat(db.mostSerious("10.5555/PAPER.1")).isEqualTo(
                new RetractionNotice("Retraction", LocalDate.of(2021, 5, 3), "10.5555/notice.1"));
        assertThat(db.notices("10.5555/paper.2")).hasSize(2);
        RetractionNotice concern = db.mostSerious("10.5555/paper.2");
        assertThat(concern.nature()).isEqualTo("Expression of concern");
        assertThat(concern.noticeDoi()).isNull();
        assertThat(concern.label()).isEqualTo("Expression of concern");
        assertThat(db.mostSerious("10.5555/other")).isNull();
    }

    /** Retraction Watch records a journal's reinstatement as its own notice: what it undoes no longer applies. */
    @Test
    void aReinstatementUndoesTheNoticesBeforeIt() {
        String csv = HEADER
                + row("Reinstated", "3/5/2015 0:00", "10.5555/ret.1", "10.5555/paper.r", "Retraction", "x")
                + row("Reinstated", "3/5/2016 0:00", "10.5555/rein.1", "10.5555/paper.r", "Reinstatement", "x")
                + row("Again", "3/5/2015 0:00", "10.5555/ret.2", "10.5555/paper.s", "Retraction", "x")
                + row("Again", "3/5/2016 0:00", "10.5555/rein.2", "10.5555/paper.s", "Reinstatement", "x")
                + row("Again", "3/5/2017 0:00", "10.5555/eoc.2", "10.5555/paper.s", "Expression of concern", "x");
        RetractionDatabase db = RetractionDatabase.parse(csv).database();
        assertThat(db.mostSerious("10.5555/paper.r")).isNull();
        assertThat(db.mostSerious("10.5555/paper.s").nature()).isEqualTo("Expression of concern");
    }

    @Test
    void aLabelIsTheSameOnAMachineInTurkish() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            assertThat(new RetractionNotice("EXPRESSION OF CONCERN", LocalDate.of(2021, 5, 3), null).label())
                    .isEqualTo("Expression of concern");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void malformedFilesSayWhere() {
        assertThat(RetractionDatabase.parse("").problem()).startsWith("is empty");
        assertThat(RetractionDatabase.parse("Record ID,Title\r\n1,x\r\n").problem()).isEqualTo(
                "line 1: not the Retraction Watch CSV: no column OriginalPaperDOI, RetractionDOI, RetractionDate, "
                        + "RetractionNature");
        assertThat(RetractionDatabase.parse(HEADER + "1,\"open").problem())
                .isEqualTo("line 2, column 3: a quoted field is never closed");
        assertThat(RetractionDatabase.parse(HEADER + "1,2,3\r\n").problem())
                .isEqualTo("line 2: 3 fields where the header has 20");
        assertThat(RetractionDatabase.parse(HEADER + row("T", "yesterday", "", "10.5555/p", "Retraction", ""))
                .problem()).isEqualTo("line 2: RetractionDate 'yesterday' is not a date such as 5/3/2021 0:00");
        assertThat(RetractionDatabase.parse(HEADER + "1,\"a\"b,").problem())
                .startsWith("line 2, column 6: text after a closing quote");
    }

    @Test
    void datesAreMonthFirst() {
        assertThat(RetractionDatabase.date("5/3/2021 0:00")).isEqualTo(LocalDate.of(2021, 5, 3));
        assertThat(RetractionDatabase.date("2021-05-03")).isEqualTo(LocalDate.of(2021, 5, 3));
        assertThat(RetractionDatabase.date("13/1/2021 0:00")).isNull();
        // As a spreadsheet saves the file back: two-digit years as it reads them, else not a date.
        assertThat(RetractionDatabase.date("5/3/21")).isEqualTo(LocalDate.of(2021, 5, 3));
        assertThat(RetractionDatabase.date("11/30/98 0:00")).isEqualTo(LocalDate.of(1998, 11, 30));
        assertThat(RetractionDatabase.date("5/3/202")).isNull();
    }
}
