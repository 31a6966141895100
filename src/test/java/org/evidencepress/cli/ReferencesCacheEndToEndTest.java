package org.evidencepress.cli;

import org.evidencepress.csl.CslFormatter;
import org.evidencepress.output.OutputFolder;
import org.evidencepress.pipeline.Trees;
import org.evidencepress.testing.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSL output kept in the build cache: after an edit that makes every page anew, the works and
 * citations of a reused style (Vancouver, AMA) come from the cache, not the engine, and the
 * pages equal a clean build's. APA is formatted review by review, as its rules say.
 */
class ReferencesCacheEndToEndTest {
    @TempDir
    Path temp;
    Path site;
    Path cache;
    Path out;

    @BeforeEach
    void firstBuild() {
        site = temp.resolve("src");
        Trees.copy(Cli.site("references-csl"), site);
        cache = temp.resolve("cache");
        out = temp.resolve("public");
        long before = CslFormatter.formattedAnew();
        build(out, cache);
        assertThat(CslFormatter.formattedAnew() - before).as("a first build formats every work").isPositive();
    }

    @Test
    void aSiteYamlEditFormatsNothingAgainAndGivesTheCleanPages() throws IOException {
        edit("title: Styled references", "title: Styled references\ndescription: Second edition");
        assertThat(cachedBuildFormats()).isZero();
    }

    /**
     * The site's title is part of each review's own citation ("Cite this review"): the two
     * reviews in reused styles (Vancouver, AMA) format that one work anew, and nothing else.
     * (APA's review is formatted whole, review by review, which this count leaves out.)
     */
    @Test
    void aSiteTitleEditFormatsOnlyTheReviewsOwnCitations() throws IOException {
        edit("title: Styled references", "title: Styled references, second edition");
        assertThat(cachedBuildFormats()).isEqualTo(2);
    }

    @Test
    void aTemplateEditFormatsNothingAgain() throws IOException {
        // The site's own copy of the theme's base template, edited: every page is made anew.
        Path templates = Files.createDirectories(site.resolve("templates"));
        Files.writeString(templates.resolve("base.ftlh"), Files.readString(Path.of("templates/base.ftlh"))
                + "<#-- edited -->\n");
        assertThat(cachedBuildFormats()).isZero();
    }

    @Test
    void aPageReusedWholeKeepsItsWorksForTheBuildThatMakesItAgain() throws IOException {
        // Only this review is made again: the others are reused whole and format nothing.
        Path review = site.resolve("content/reviews/numeric.md");
        Files.writeString(review, Files.readString(review) + "\nOnce more [@Higgins2002].\n");
        build(out, cache);
        edit("title: Styled references", "title: Styled references\ndescription: Second edition");
        assertThat(cachedBuildFormats()).isZero();
    }

    @Test
    void anotherStyleDoesNotReuseTheEntriesOfTheFirst() throws IOException {
        edit("csl: vancouver", "csl: nature");
        assertThat(cachedBuildFormats()).isPositive();
    }

    @Test
    void anotherLanguageDoesNotReuseTheEntriesOfTheFirst() throws IOException {
        edit("csl: vancouver", "csl: vancouver\nlanguage: de");
        assertThat(cachedBuildFormats()).isPositive();
    }

    /**
     * Builds with the cache and returns how many works and citation shapes went through a
     * citeproc-js engine; the output must equal a clean build's.
     */
    private long cachedBuildFormats() {
        long before = CslFormatter.formattedAnew();
        build(out, cache);
        long formatted = CslFormatter.formattedAnew() - before;
        assertThat(tree(out)).isEqualTo(cleanBuild());
        return formatted;
    }

    private void edit(String from, String to) throws IOException {
        Path yaml = site.resolve("site.yaml");
        String text = Files.readString(yaml);
        assertThat(text).contains(from);
        Files.writeString(yaml, text.replace(from, to));
    }

    private void build(Path output, Path cacheDir) {
        Cli.Run run = cacheDir == null
                ? Cli.run("build", "--source", site.toString(), "--output", output.toString())
                : Cli.run("build", "--source", site.toString(), "--output", output.toString(), "--cache",
                cacheDir.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.err()).as(run.all()).doesNotContain("note:");
    }

    private Map<String, String> cleanBuild() {
        Path clean = temp.resolve("clean");
        build(clean, null);
        return tree(clean);
    }

    private static Map<String, String> tree(Path dir) {
        Map<String, String> files = Trees.digest(dir);
        files.remove(OutputFolder.MARKER);
        return files;
    }
}
