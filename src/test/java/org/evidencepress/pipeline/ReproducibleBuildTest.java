package org.evidencepress.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

import static org.assertj.core.api.Assertions.assertThat;

/** Two builds of the same input are byte-identical, however many threads render them. */
class ReproducibleBuildTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void buildingTwiceGivesIdenticalTreesAlsoOnOneThread(@TempDir Path tmp) throws Exception {
        // The project's own example site: reviews with citations, tags, tables, a page and a bibliography.
        Path site = tmp.resolve("example");
        for (String part : new String[]{"content", "templates", "static", "references"}) {
            Trees.copy(Path.of(part), site.resolve(part));
        }
        Trees.copy(Path.of("site.yaml"), site.resolve("site.yaml"));

        BuildReport first = SiteBuild.run(options(site, tmp.resolve("one")));
        BuildReport second = SiteBuild.run(options(site, tmp.resolve("two")));
        // Parallel streams run in the pool of the task that starts them: this build renders on one thread.
        ForkJoinPool single = new ForkJoinPool(1);
        BuildReport third;
        try {
            third = single.submit(() -> SiteBuild.run(options(site, tmp.resolve("three")))).get();
        } finally {
            single.shutdown();
        }

        assertThat(first.diagnostics()).filteredOn(d -> d.isError()).isEmpty();
        assertThat(first.written()).isTrue();
        Map<String, String> one = Trees.digest(tmp.resolve("one"));
        assertThat(one).containsKeys("index.html", "feed.xml", "sitemap.xml", "search/index.js", "search/t/0.js", "search/d/0.js",
                "reviews/dupilumab-depression/index.html");
        assertThat(Trees.digest(tmp.resolve("two"))).isEqualTo(one);
        assertThat(Trees.digest(tmp.resolve("three"))).isEqualTo(one);
        assertThat(second.diagnostics()).isEqualTo(first.diagnostics());
        assertThat(third.diagnostics()).isEqualTo(first.diagnostics());
    }

    private static BuildOptions options(Path site, Path out) {
        return new BuildOptions(site, out, false, false, null, false, TODAY);
    }
}
