package org.evidencepress.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
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
     * The machine's language does not reach the output: Turkish lower-cases "I" to a dotless
     * "ı" and upper-cases "i" to "İ" (heading anchors, GRADE classes, the CSL probe's markers),
     * German writes decimal commas, Arabic (Egypt) its own digits.
     */
    @ParameterizedTest
    @ValueSource(strings = {"tr-TR", "de-DE", "ar-EG"})
    void aMachineInAnotherLanguageBuildsTheSameBytes(String language, @TempDir Path tmp) {
        Path example = tmp.resolve("example");
        Trees.copyExampleSite(example);
        Path styled = Path.of("src/test/resources/sites/references-csl");
        Map<String, String> exampleHere = build(example, tmp.resolve("example-here"));
        Map<String, String> styledHere = build(styled, tmp.resolve("styled-here"));
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag(language));
        try {
            assertThat(differing(exampleHere, build(example, tmp.resolve("example-there")))).isEmpty();
            assertThat(differing(styledHere, build(styled, tmp.resolve("styled-there")))).isEmpty();
        } finally {
            Locale.setDefault(before);
        }
        assertThat(exampleHere.keySet()).contains("reviews/measuring-heterogeneity-meta-analysis/index.html");
    }

    /** The paths whose files differ between two digested trees, or that only one holds. */
    private static Set<String> differing(Map<String, String> one, Map<String, String> other) {
        Set<String> paths = new TreeSet<>(one.keySet());
        paths.addAll(other.keySet());
        paths.removeIf(path -> Objects.equals(one.get(path), other.get(path)));
        return paths;
    }

    private static Map<String, String> build(Path site, Path out) {
        BuildReport report = SiteBuild.run(options(site, out));
        assertThat(report.diagnostics()).filteredOn(d -> d.isError()).isEmpty();
        return Trees.digest(out);
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
