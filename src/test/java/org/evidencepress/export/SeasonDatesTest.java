package org.evidencepress.export;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date of a season ("Spring 2019") keeps its season in references.bib and references.ris,
 * where they had the year alone: BibLaTeX's {@code date = {2019-21}} and RIS's "other info".
 */
class SeasonDatesTest {
    @Test
    void everyWayOfWritingASeasonKeepsIt() {
        List<Item> items = List.of(
                item("biblatex", List.of(2019, 21), Map.of("date-parts", List.of(List.of(2019, 21)))),
                item("season", List.of(2019), Map.of("date-parts", List.of(List.of(2019)), "season", 3)),
                item("seasonword", List.of(2019), Map.of("date-parts", List.of(List.of(2019)), "season", "Winter")),
                item("literal", List.of(2019), Map.of("literal", "Fall 2019")),
                item("plain", List.of(2019), Map.of("literal", "2019, reprinted")));
        String bib = BibTex.write(items);
        String ris = Ris.write(items);

        assertThat(bib.split("\n\n")).satisfiesExactly(
                entry -> assertThat(entry).contains("year = {2019},\n  date = {2019-21},"),
                entry -> assertThat(entry).contains("date = {2019-23}"),
                entry -> assertThat(entry).contains("date = {2019-24}"),
                entry -> assertThat(entry).contains("date = {2019-23}"),
                entry -> assertThat(entry).contains("year = {2019}").doesNotContain("date"));
        assertThat(ris.split("ER  - ")).satisfiesExactly(
                record -> assertThat(record).contains("PY  - 2019\nDA  - 2019///Spring\n"),
                record -> assertThat(record).contains("DA  - 2019///Autumn\n"),
                record -> assertThat(record).contains("DA  - 2019///Winter\n"),
                record -> assertThat(record).contains("DA  - 2019///Autumn\n"),
                record -> assertThat(record).contains("PY  - 2019\n").doesNotContain("DA"),
                rest -> assertThat(rest).isBlank());
    }

    private static Item item(String key, List<Integer> issued, Map<String, Object> cslDate) {
        Map<String, Object> csl = Map.of("id", key, "type", "article-journal", "title", "T", "issued", cslDate);
        Item.Details details = new Item.Details(List.of(), null, null, null, null, null, null, null, null, null,
                List.of(), null, null, null, csl);
        return new Item(key, "article-journal", "T", List.of(Name.literal("Lima")), false, "J", issued, null, null,
                null, details);
    }
}
