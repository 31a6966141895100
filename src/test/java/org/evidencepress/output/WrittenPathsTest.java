package org.evidencepress.output;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class WrittenPathsTest {
    @Test
    void holdsEachPathOnceWhateverItsFolder() {
        WrittenPaths paths = new WrittenPaths();
        List<String> written = List.of("index.html", "404.html", "reviews/a/index.html", "reviews/a/cite.bib",
                "reviews/b/index.html", "reviews/a/references.ris", "tags/x/page/2/index.html", "css/site.css");
        written.forEach(p -> assertThat(paths.add(p)).as(p).isTrue());

        assertThat(paths.add("reviews/a/cite.bib")).isFalse();
        assertThat(paths).hasSize(written.size()).containsExactlyInAnyOrderElementsOf(written);
        assertThat(paths.contains("reviews/a/index.html")).isTrue();
        assertThat(paths.contains("reviews/a/cite.ris")).isFalse();
        assertThat(paths.contains("reviews/c/index.html")).isFalse();
        assertThat(paths.contains("reviews/a")).isFalse();
        assertThat(paths.contains("a/index.html")).isFalse();
        assertThat(paths).isEqualTo(new HashSet<>(written));

        // What removing the unwritten files of a reused site lists: every folder up to the root.
        assertThat(paths.folders()).containsExactlyInAnyOrder("", "reviews", "reviews/a", "reviews/b", "tags",
                "tags/x", "tags/x/page", "tags/x/page/2", "css");
        assertThat(paths.holds("reviews/a", "cite.bib")).isTrue();
        assertThat(paths.holds("", "index.html")).isTrue();
        assertThat(paths.holds("reviews", "a")).isFalse();
    }

    @Test
    void threadsAddingAtOnceLoseNothing() {
        WrittenPaths paths = new WrittenPaths();
        Set<String> expected = new HashSet<>();
        for (int review = 0; review < 2_000; review++) {
            for (String name : List.of("index.html", "cite.bib", "cite.ris", "cite.json", "references.bib")) {
                expected.add("reviews/r" + review % 300 + "/" + review + name);
            }
        }
        // Every path added from two threads at once: each must count once.
        IntStream.range(0, 2).parallel().forEach(copy -> expected.parallelStream().forEach(paths::add));

        assertThat(paths).hasSize(expected.size());
        assertThat(new HashSet<>(paths)).isEqualTo(expected);
    }
}
