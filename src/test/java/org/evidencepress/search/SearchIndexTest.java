package org.evidencepress.search;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexTest {

    @Test
    void textIsFoldedSplitStopWordedAndPluralsStemmed() {
        assertThat(SearchText.words("The Pérez–Müller studies of ﬁsh, in Zürich")).containsExactly("perez", "muller",
                "studies", "fish", "zurich");
        assertThat(List.of("studies", "classes", "series", "throats", "bus", "glass", "shoes", "cats", "was")
                .stream().map(SearchText::stem)).containsExactly("study", "classe", "sery", "throat", "bus", "glass",
                "shoe", "cat", "was");
    }

    @Test
    void aRememberingIndexWritesWhatAOneOffBuildWritesAfterEveryChange() {
        List<DocTerms> docs = new ArrayList<>();
        for (int d = 0; d < 60; d++) {
            docs.add(doc(d, ""));
        }
        SearchIndex live = SearchIndex.remembering();
        Map<String, String> first = write(live, docs);
        assertThat(first).isEqualTo(write(SearchIndex.forOneBuild(), docs));
        assertThat(first.keySet().stream().filter(p -> p.startsWith("search/t/")).count()).isGreaterThan(3);

        docs.set(7, doc(7, "brandnew"));
        assertThat(write(live, docs)).isEqualTo(write(SearchIndex.forOneBuild(), docs));
        // Review 7 loses every term only it had, so whole terms leave the index.
        docs.set(7, new DocTerms(new String[] {"common"}, new byte[] {9}));
        assertThat(write(live, docs)).isEqualTo(write(SearchIndex.forOneBuild(), docs));
        docs.remove(3);
        assertThat(write(live, docs)).isEqualTo(write(SearchIndex.forOneBuild(), docs));
        assertThat(write(live, docs)).isEqualTo(write(SearchIndex.forOneBuild(), docs));
    }

    /** Review d: a term all share, 300 of its own, and extra. */
    private static DocTerms doc(int d, String extra) {
        List<String> terms = new ArrayList<>(List.of("common"));
        for (int i = 0; i < 300; i++) {
            terms.add("t" + d + "x" + i);
        }
        if (!extra.isEmpty()) {
            terms.add(extra);
        }
        String[] sorted = terms.toArray(new String[0]);
        Arrays.sort(sorted);
        byte[] values = new byte[sorted.length];
        Arrays.fill(values, (byte) (1 + d % 7));
        return new DocTerms(sorted, values);
    }

    private static Map<String, String> write(SearchIndex index, List<DocTerms> docs) {
        for (int d = 0; d < docs.size(); d++) {
            index.add(d, docs.get(d));
        }
        Map<String, String> files = new TreeMap<>();
        index.writeRows(docs.size(), n -> List.of("Review " + n, "reviews/r" + n + "/", "J", 2020, "S"),
                (path, bytes) -> assertThat(files.put(path, new String(bytes, StandardCharsets.US_ASCII))).isNull());
        return files;
    }
}
