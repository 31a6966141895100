package org.evidencepress.search;

import org.evidencepress.digest.Sha256;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    void aSnippetIsCutAtAWordAndLosesTrailingPunctuationBeforeItsEllipsis() {
        assertThat(SearchIndex.snippet("  A short summary.  ")).isEqualTo("A short summary.");
        assertThat(SearchIndex.snippet(null)).isEmpty();
        String words = "Vitamin D supplements, taken daily, did not lower the risk of fractures; ".repeat(4);
        String cut = SearchIndex.snippet(words);
        assertThat(cut).endsWith("lower the\u2026").hasSizeLessThanOrEqualTo(SearchIndex.SNIPPET_CHARS + 1);
        // Punctuation and white space of every kind before the cut are dropped, the words kept.
        String dashes = "x".repeat(150) + " trial \u2013\u2014-,.;:\t\u000B\f " + "y".repeat(100);
        assertThat(SearchIndex.snippet(dashes)).isEqualTo("x".repeat(150) + " trial\u2026");
        // With no space late enough, the cut falls inside a word.
        assertThat(SearchIndex.snippet("z".repeat(300))).isEqualTo("z".repeat(200) + "\u2026");
    }

    @Test
    void theDocumentFilesAreAsciiWithEveryOtherCharEscapedForJavaScript() {
        Map<String, String> files = new TreeMap<>();
        SearchIndex.forOneBuild().writeRows(2, n -> n == 0
                        ? List.of("P\u00e9rez \u2013 \"a\\b\"", "reviews/a/", "J\u00f6", 2020, "\ud83d\ude00 x")
                        : List.of("Plain", "reviews/b/", "J", 2021, "S"),
                (path, bytes) -> files.put(path, new String(bytes, StandardCharsets.US_ASCII)));
        assertThat(files.get("search/d/0.js")).isEqualTo("evpressSearch.docs(0,[[\"P\\u00e9rez \\u2013 \\\"a\\\\b\\\"\","
                + "\"reviews/a/\",\"J\\u00f6\",2020,\"\\ud83d\\ude00 x\"],[\"Plain\",\"reviews/b/\",\"J\",2021,\"S\"]]);\n");
        assertThat(files.get("search/index.js")).startsWith("evpressSearch.meta({").endsWith("});\n");
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
        docs.set(7, DocTerms.of(new String[] {"common"}, new byte[] {9}));
        assertThat(write(live, docs)).isEqualTo(write(SearchIndex.forOneBuild(), docs));
        docs.remove(3);
        assertThat(write(live, docs)).isEqualTo(write(SearchIndex.forOneBuild(), docs));
        assertThat(write(live, docs)).isEqualTo(write(SearchIndex.forOneBuild(), docs));
    }

    @Test
    void aCarryingIndexWritesWhatAOneOffBuildWritesAfterEveryChange() {
        List<DocTerms> docs = new ArrayList<>();
        for (int d = 0; d < 60; d++) {
            docs.add(doc(d, d < 18 ? "shared" : "", d >= 40 && d < 55 ? "edge" : ""));
        }
        SearchIndex.Carried last = carried(null, docs, Set.of());
        SearchIndex.Carried again = carried(last, docs, Set.of());
        assertThat(again.postings()).isEqualTo(last.postings());
        assertThat(again.records()).isEqualTo(last.records());
        // Parts that do not fit (postings cut short) are not taken over from a cache.
        assertThat(new SearchIndex.Carried(last.docs(), last.identities(), last.terms(),
                Arrays.copyOf(last.postings(), 10), last.postingEnds(), last.records(), last.recordEnds())
                .consistent()).isFalse();

        // Review 7 gains a term; "shared", in 14 reviews of 60 now, is no longer dense and needs its levels back.
        docs.set(7, doc(7, "brandnew"));
        for (int d = 0; d < 4; d++) {
            docs.set(d, doc(d, ""));
        }
        last = carried(last, docs, Set.of());
        for (int d = 0; d < 4; d++) {
            docs.set(d, doc(d, "shared"));
        }
        last = carried(last, docs, Set.of());
        // Review 7 loses every term only it had, so whole terms leave the index.
        docs.set(7, DocTerms.of(new String[] {"common"}, new byte[] {9}));
        last = carried(last, docs, Set.of());
        // One review fewer: every later one has a new number, and the count moved the dense line.
        docs.remove(3);
        last = carried(last, docs, Set.of());
        // A review without an identity is added again, whatever it had.
        docs.set(10, doc(10, "unknown"));
        last = carried(last, docs, Set.of(10));
        // A review more at the end: "edge", in 15 reviews that all keep their numbers, is no longer dense.
        docs.add(doc(60, ""));
        carried(last, docs, Set.of());
    }

    /**
     * Writes {@code docs} with an index carrying on from {@code last}, checks that it writes
     * what a one-off build writes, and returns what it hands on. A review's identity is the
     * digest of its terms; those in {@code unknown} have none.
     */
    private static SearchIndex.Carried carried(SearchIndex.Carried last, List<DocTerms> docs, Set<Integer> unknown) {
        SearchIndex index = SearchIndex.carrying(last);
        for (int d = 0; d < docs.size(); d++) {
            DocTerms doc = docs.get(d);
            byte[] identity = unknown.contains(d) ? null : Sha256.of(doc.packed());
            index.add(d, doc, identity);
        }
        assertThat(writeAll(index, docs.size())).isEqualTo(write(SearchIndex.forOneBuild(), docs));
        assertThat(index.handedOn().consistent()).isTrue();
        return index.handedOn();
    }

    /** Review d: a term all share, 300 of its own, and the extra ones not empty. */
    private static DocTerms doc(int d, String... extra) {
        List<String> terms = new ArrayList<>(List.of("common"));
        for (int i = 0; i < 300; i++) {
            terms.add("t" + d + "x" + i);
        }
        Arrays.stream(extra).filter(e -> !e.isEmpty()).forEach(terms::add);
        String[] sorted = terms.toArray(new String[0]);
        Arrays.sort(sorted);
        byte[] values = new byte[sorted.length];
        Arrays.fill(values, (byte) (1 + d % 7));
        return DocTerms.of(sorted, values);
    }

    private static Map<String, String> write(SearchIndex index, List<DocTerms> docs) {
        for (int d = 0; d < docs.size(); d++) {
            index.add(d, docs.get(d));
        }
        return writeAll(index, docs.size());
    }

    private static Map<String, String> writeAll(SearchIndex index, int count) {
        Map<String, String> files = new TreeMap<>();
        index.writeRows(count, n -> List.of("Review " + n, "reviews/r" + n + "/", "J", 2020, "S"),
                (path, bytes) -> assertThat(files.put(path, new String(bytes, StandardCharsets.US_ASCII))).isNull());
        return files;
    }
}
