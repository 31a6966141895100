package org.evidencepress.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each CSL type is written as the RIS type that Zotero, and the RIS reader, take back as the same type. */
class RisTypesTest {

    @ParameterizedTest
    @CsvSource({"article-journal,JOUR", "book,BOOK", "chapter,CHAP", "webpage,ELEC", "post-weblog,BLOG",
            "patent,PAT", "dataset,DATA", "software,COMP", "manuscript,UNPB", "document,GEN",
            "entry-encyclopedia,ENCYC", "entry-dictionary,DICT", "motion_picture,MPCT", "personal_communication,PCOMM",
            "legislation,STAT", "legal_case,CASE"})
    void aTypeIsTheRisTypeReadBackAsIt(String type, String ris) {
        String written = Ris.write(List.of(new Item("k", type, "T", List.of(), false, null, List.of(2020), null, null,
                null)));
        assertThat(written).startsWith("TY  - " + ris + "\n");
    }

    /** One range is SP and EP; scattered pages stay whole in SP, not cut into a start and an end. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"629-634|SP  - 629/EP  - 634", "S1 – S12|SP  - S1/EP  - S12",
            "12-14, 18|SP  - 12-14, 18", "e1234|SP  - e1234", "3-5 & 9|SP  - 3-5 & 9"})
    void pagesAreOneRangeOrWrittenWhole(String pages, String written) {
        Item.Details details = new Item.Details(List.of(), null, null, pages, null, null, null, null, null, null,
                List.of(), null, null, null, null);
        String ris = Ris.write(List.of(new Item("k", "article-journal", "T", List.of(), false, "J", List.of(2020), null,
                null, null, details)));
        assertThat(String.join("/", ris.lines().filter(line -> line.startsWith("SP") || line.startsWith("EP"))
                .toList())).isEqualTo(written);
    }

    /** A series' editor goes out as A3, which Zotero and the RIS reader take back as one, not as the book's editor. */
    @Test
    void aSeriesEditorIsA3() {
        Item.Details details = new Item.Details(List.of(), null, null, null, null, null, null, null, null, null,
                List.of(), null, null, null, Map.of("collection-editor", List.of(Map.of("family", "Series", "given", "Ed"))));
        String written = Ris.write(List.of(new Item("k", "chapter", "T", List.of(), false, "Book", List.of(2020), null,
                null, null, details)));
        assertThat(written).contains("A3  - Series, Ed\n").doesNotContain("ED  - ");
    }
}
