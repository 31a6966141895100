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
}
