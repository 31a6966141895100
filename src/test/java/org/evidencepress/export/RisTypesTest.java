package org.evidencepress.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each CSL type is written as the RIS type that Zotero, and the RIS reader, take back as the same type. */
class RisTypesTest {

    @ParameterizedTest
    @CsvSource({"article-journal,JOUR", "book,BOOK", "chapter,CHAP", "webpage,ELEC", "post-weblog,BLOG",
            "patent,PAT", "dataset,DATA", "software,COMP", "manuscript,UNPB", "document,GEN"})
    void aTypeIsTheRisTypeReadBackAsIt(String type, String ris) {
        String written = Ris.write(List.of(new Item("k", type, "T", List.of(), false, null, List.of(2020), null, null,
                null)));
        assertThat(written).startsWith("TY  - " + ris + "\n");
    }
}
