package org.evidencepress.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Two builds of the same input are byte-identical, however many threads render them and whatever the output folder held. */
class ReproducibleBuildTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void buildingTwiceGivesIdenticalTreesAlsoOnOneThread(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("example");
        Trees.copyExampleSite(site);

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
                "search-index.json",
                "reviews/dupilumab-depression/index.html");
        assertThat(Trees.digest(tmp.resolve("two"))).isEqualTo(one);
        assertThat(Trees.digest(tmp.resolve("three"))).isEqualTo(one);
        assertThat(second.diagnostics()).isEqualTo(first.diagnostics());
        assertThat(third.diagnostics()).isEqualTo(first.diagnostics());
    }

    /**
     * Building again into the same output folder gives the site a build into a new folder
     * gives; the files it did not change are the replaced site's own, linked rather than
     * written again, and nothing of the replaced site stays beside it.
     */
    @Test
    void aRebuildIntoTheSameFolderKeepsTheUnchangedFilesAndEqualsABuildIntoANewFolder(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("example");
        Trees.copyExampleSite(site);
        Path out = tmp.resolve("out");
        assertThat(SiteBuild.run(options(site, out)).written()).isTrue();
        String edited = "reviews/bcg-vaccine-tuberculosis/index.html";
        String untouched = "reviews/dupilumab-depression/index.html";
        Object editedBefore = key(out.resolve(edited));
        Object untouchedBefore = key(out.resolve(untouched));
        assumeTrue(untouchedBefore != null, "this file system gives files no identity to compare");

        Files.writeString(site.resolve("content/reviews/bcg-vaccine-tuberculosis.md"),
                "\nA paragraph added between two builds.\n", StandardOpenOption.APPEND);
        assertThat(SiteBuild.run(options(site, out)).written()).isTrue();
        Path fresh = tmp.resolve("fresh");
        assertThat(SiteBuild.run(options(site, fresh)).written()).isTrue();

        assertThat(Trees.digest(out)).isEqualTo(Trees.digest(fresh));
        assertThat(Files.readString(out.resolve(edited))).contains("A paragraph added between two builds.");
        assertThat(key(out.resolve(untouched))).isEqualTo(untouchedBefore);
        assertThat(key(out.resolve(edited))).isNotEqualTo(editedBefore);
        try (Stream<Path> beside = Files.list(tmp)) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("example", "out", "fresh");
        }
    }

    private static Object key(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    }

    private static BuildOptions options(Path site, Path out) {
        return new BuildOptions(site, out, false, false, null, false, TODAY);
    }
}
