package org.evidencepress.output;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OutputSinkTest {
    @Test
    void aSinkTellsWhetherItWroteExactlyThePathsOfTheBuildBefore() {
        OutputSink first = OutputSink.inMemory(Set.of());
        first.write("index.html", "a");
        first.write("reviews/a/index.html", "b");
        Set<String> earlier = first.paths();

        OutputSink same = OutputSink.inMemory(earlier);
        same.write("reviews/a/index.html", "changed");
        same.write("index.html", "a");
        assertThat(same.samePaths(earlier)).isTrue();

        OutputSink fewer = OutputSink.inMemory(earlier);
        fewer.write("index.html", "a");
        assertThat(fewer.samePaths(earlier)).isFalse();

        OutputSink moved = OutputSink.inMemory(earlier);
        moved.write("index.html", "a");
        moved.write("reviews/b/index.html", "b");
        assertThat(moved.samePaths(earlier)).isFalse();

        // Against any other set, the paths are compared one by one.
        assertThat(same.samePaths(Set.of("index.html", "reviews/a/index.html"))).isTrue();
        assertThat(moved.samePaths(Set.of("index.html", "reviews/a/index.html"))).isFalse();
    }
}
