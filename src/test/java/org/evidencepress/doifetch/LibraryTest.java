package org.evidencepress.doifetch;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LibraryTest {
    private static Map<String, Object> item(String family, int year) {
        return Map.of("title", "T", "author", List.of(Map.of("family", family)),
                "issued", Map.of("date-parts", List.of(List.of(year))));
    }

    @Test
    void aNewKeyAvoidsTheFilesOwnIdsAndTheKeysElsewhereInItsScope() throws Exception {
        Library library = Library.parse("[{\"id\":\"miller2016\"}]", Set.of("miller2016a", "smith2020"));

        assertThat(library.add("10.1000/a", item("Miller", 2016))).isEqualTo("miller2016b");
        assertThat(library.add("10.1000/b", item("Smith", 2020))).isEqualTo("smith2020a");
        assertThat(Library.empty(Set.of("miller2016")).add("10.1000/c", item("Miller", 2016)))
                .isEqualTo("miller2016a");
    }

    /**
     * The items already in the file stay exactly as they were written, nulls, key order, number
     * spelling and indentation included: only the new items are added before the closing bracket.
     */
    @Test
    void theItemsAlreadyThereAreLeftByteForByte() throws Exception {
        String before = "[\n  {\"id\": \"old2019\", \"title\": \"Old\", \"issue\": null, \"volume\": 1.0,"
                + " \"note\": \"caf\\u00e9\"},\n  {\"id\": \"b\", \"DOI\": null}\n]\n";
        Library library = Library.parse(before, Set.of());
        library.add("10.1000/a", item("Miller", 2016));
        String after = library.text();
        assertThat(after).startsWith(before.substring(0, before.lastIndexOf("\n]")) + ",\n{");
        assertThat(after).endsWith("\n]\n").contains("\"id\":\"miller2016\"");
        assertThat(Library.parse(after, Set.of()).size()).isEqualTo(3);

        Library empty = Library.parse("[ ]", Set.of());
        empty.add("10.1000/a", item("Miller", 2016));
        assertThat(Library.parse(empty.text(), Set.of()).keyOf("10.1000/a")).isEqualTo("miller2016");
    }
}
