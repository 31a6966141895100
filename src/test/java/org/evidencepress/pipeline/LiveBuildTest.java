package org.evidencepress.pipeline;

import org.evidencepress.FixtureSite;
import org.evidencepress.output.OutputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** After every kind of edit, the incremental build must equal a clean build, file for file and byte for byte. */
class LiveBuildTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    private static final String BASE = "http://127.0.0.1:8080";

    @TempDir
    Path temp;

    @Test
    void incrementalRebuildsEqualCleanBuilds() throws IOException {
        Path site = FixtureSite.copyTo(temp.resolve("site-src"));
        Path reviews = site.resolve("content/reviews");
        LiveBuild live = new LiveBuild(options(site, null));
        assertSameAsClean(site, live.rebuild(LiveBuild.Change.everything()));

        Path coffee = reviews.resolve("coffee-sleep.md");
        Files.writeString(coffee, Files.readString(coffee).replace("title: Evening coffee delays sleep onset",
                "title: Afternoon coffee still delays sleep"));
        assertSameAsClean(site, live.rebuild(content("content/reviews/coffee-sleep.md")));

        // A body edit changes the page and the search index only.
        Files.writeString(coffee, Files.readString(coffee) + "\nA quinoa-based placebo was used.\n");
        LiveBuild.Result bodyEdit = live.rebuild(content("content/reviews/coffee-sleep.md"));
        assertThat(new String(bodyEdit.files().get("search/t/0.js"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"quinoa\"");
        assertSameAsClean(site, bodyEdit);

        // After a rebuild that replayed every other page, a new tag changes every page's navigation.
        Path walking = reviews.resolve("walking-mood.md");
        Files.writeString(walking, Files.readString(walking).replace("tags: [exercise, mood]",
                "tags: [exercise, mood, walking]"));
        assertSameAsClean(site, live.rebuild(content("content/reviews/walking-mood.md")));

        Files.writeString(reviews.resolve("tea-focus.md"), Files.readString(coffee)
                .replace("title: Afternoon coffee still delays sleep", "title: Green tea and focus")
                .replace("tags: [sleep, caffeine]", "tags: [focus, Caffeine]")
                .replace("date: 2025-04-02", "date: 2025-06-01"));
        LiveBuild.Result added = live.rebuild(content("content/reviews/tea-focus.md"));
        assertThat(added.files()).containsKey("reviews/tea-focus/index.html");
        assertSameAsClean(site, added);

        // The coffee review links to this one: deleting it must break that link, as in a clean build.
        Files.delete(reviews.resolve("walking-mood.md"));
        LiveBuild.Result deleted = live.rebuild(content("content/reviews/walking-mood.md"));
        assertThat(deleted.files()).doesNotContainKey("reviews/walking-mood/index.html");
        assertThat(deleted.report().failed()).isTrue();
        assertSameAsClean(site, deleted);

        Files.writeString(coffee, Files.readString(coffee).replace("(walking-mood.md)", "(tea-focus.md)"));
        assertSameAsClean(site, live.rebuild(content("content/reviews/coffee-sleep.md")));

        // A title edit keeps the source index's shape: only the citing entries change.
        Path tea = reviews.resolve("tea-focus.md");
        Files.writeString(tea, Files.readString(tea).replace("title: Green tea and focus", "title: Green tea, retitled"));
        LiveBuild.Result retitled = live.rebuild(content("content/reviews/tea-focus.md"));
        assertThat(new String(retitled.files().get("sources/index.html"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Green tea, retitled").doesNotContain("Green tea and focus");
        assertSameAsClean(site, retitled);

        Path templates = Files.createDirectories(site.resolve("templates"));
        String review = new String(LiveBuildTest.class.getResourceAsStream("/theme/templates/review.ftlh")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(templates.resolve("review.ftlh"), review.replace("</article>", "<p>changed</p></article>"));
        LiveBuild.Result templated = live.rebuild(new LiveBuild.Change(Set.of(), false, true, false, false));
        assertThat(new String(templated.files().get("reviews/tea-focus/index.html"))).contains("<p>changed</p>");
        assertSameAsClean(site, templated);

        Files.writeString(site.resolve("site.yaml"), Files.readString(site.resolve("site.yaml"))
                .replace("page_size: 2", "page_size: 1"));
        assertSameAsClean(site, live.rebuild(new LiveBuild.Change(Set.of(), false, false, false, true)));
    }

    @Test
    void aChangeIsMarkdownOnlyWhenNothingButContentMarkdownChanged() {
        assertThat(new LiveBuild.Change(Set.of("content/reviews/a.md"), false, false, false, false).markdownOnly())
                .isTrue();
        assertThat(new LiveBuild.Change(Set.of("content/reviews/a.md", "content/reviews/a/figure.png"), false, false,
                false, false).markdownOnly()).isFalse();
        assertThat(new LiveBuild.Change(Set.of("content/reviews/a.md"), true, false, false, false).markdownOnly())
                .isFalse();
        assertThat(new LiveBuild.Change(Set.of("content/reviews/a.md"), false, true, false, false).markdownOnly())
                .isFalse();
        assertThat(new LiveBuild.Change(Set.of(), false, false, true, false).markdownOnly()).isFalse();
        assertThat(new LiveBuild.Change(Set.of(), false, false, false, true).markdownOnly()).isFalse();
    }

    @Test
    void anEditLeavesTheCiteFilesOfOtherReviewsAsTheyWere() throws IOException {
        Path site = FixtureSite.copyTo(temp.resolve("site-src"));
        Path coffee = site.resolve("content/reviews/coffee-sleep.md");
        LiveBuild live = new LiveBuild(options(site, null));
        LiveBuild.Result first = live.rebuild(LiveBuild.Change.everything());
        List<String> others = first.files().keySet().stream()
                .filter(p -> p.matches("reviews/(?!coffee-sleep/).*/(cite|references)\\.(bib|ris|json)")).toList();
        assertThat(others).contains("reviews/walking-mood/cite.bib", "reviews/walking-mood/references.ris");

        Files.writeString(coffee, Files.readString(coffee).replace("title: Evening coffee delays sleep onset",
                "title: Afternoon coffee still delays sleep"));
        LiveBuild.Result second = live.rebuild(content("content/reviews/coffee-sleep.md"));

        // The same bytes, not made again: the cache gave them back.
        for (String path : others) {
            assertThat(second.files().get(path)).as(path).isSameAs(first.files().get(path));
        }
        assertThat(second.files().get("reviews/coffee-sleep/cite.bib")).isNotSameAs(
                first.files().get("reviews/coffee-sleep/cite.bib"));
        assertThat(text(second.files().get("reviews/coffee-sleep/cite.bib"))).contains("Afternoon coffee");
        assertSameAsClean(site, second);
    }

    /**
     * A title edit leaves the site's files and anchors as they were, so a rebuild judges
     * only the edited page's template links: the link it gains, and then loses, must be
     * reported exactly as a clean build reports it.
     */
    @Test
    void aTemplateLinkAnEditBreaksIsReportedAndClearedAsInACleanBuild() throws IOException {
        Path site = siteWithAfterTitle("<#if r.title?contains(\"retracted\")>"
                + "<a href=\"${root}retractions/\">Retractions</a></#if>");
        Path coffee = site.resolve("content/reviews/coffee-sleep.md");
        String original = Files.readString(coffee);
        LiveBuild live = new LiveBuild(options(site, null));
        assertThat(live.rebuild(LiveBuild.Change.everything()).report().failed()).isFalse();

        Files.writeString(coffee, original.replace("title: Evening coffee delays sleep onset",
                "title: Evening coffee delays sleep onset (retracted)"));
        LiveBuild.Result broken = live.rebuild(content("content/reviews/coffee-sleep.md"));
        assertThat(broken.report().diagnostics()).singleElement().satisfies(d -> assertThat(d.message())
                .contains("link '../../retractions/'", "on the page reviews/coffee-sleep/",
                        "points to nothing in the site"));
        assertSameAsClean(site, broken);

        Files.writeString(coffee, original);
        LiveBuild.Result mended = live.rebuild(content("content/reviews/coffee-sleep.md"));
        assertThat(mended.report().failed()).isFalse();
        assertSameAsClean(site, mended);
    }

    /** A page whose template failed is not replayed: every later build reports it, as a clean build does. */
    @Test
    void aTemplateThatFailsOnOnePageIsReportedByEveryLaterRebuild() throws IOException {
        Path site = siteWithAfterTitle("<#if r.slug == \"walking-mood\">${no_such_value}</#if>");
        LiveBuild live = new LiveBuild(options(site, null));
        LiveBuild.Result first = live.rebuild(LiveBuild.Change.everything());
        assertThat(first.report().failed()).isTrue();
        assertThat(first.report().diagnostics()).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("templates/review.ftlh");
            assertThat(d.message()).contains("template error");
        });

        Path coffee = site.resolve("content/reviews/coffee-sleep.md");
        Files.writeString(coffee, Files.readString(coffee) + "\nAnother paragraph.\n");
        LiveBuild.Result second = live.rebuild(content("content/reviews/coffee-sleep.md"));
        assertThat(second.report().diagnostics()).isEqualTo(first.report().diagnostics());
        assertSameAsClean(site, second);
    }

    /** A review replaced by a link that leads nowhere is reported, as a clean build reports it, not dropped. */
    @Test
    void aReviewThatBecomesABrokenLinkIsReportedAsInACleanBuild() throws IOException {
        Path site = FixtureSite.copyTo(temp.resolve("site-src"));
        LiveBuild live = new LiveBuild(options(site, null));
        assertThat(live.rebuild(LiveBuild.Change.everything()).report().failed()).isFalse();

        Path coffee = site.resolve("content/reviews/coffee-sleep.md");
        Files.delete(coffee);
        try {
            Files.createSymbolicLink(coffee, temp.resolve("moved/coffee-sleep.md"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "this file system has no symbolic links");
        }
        LiveBuild.Result broken = live.rebuild(content("content/reviews/coffee-sleep.md"));
        assertThat(broken.report().diagnostics()).anySatisfy(d -> {
            assertThat(d.file()).isEqualTo("content/reviews/coffee-sleep.md");
            assertThat(d.message()).contains("leads to no file");
        });
        assertSameAsClean(site, broken);
    }

    /**
     * A hidden file is no content, when it changes as at start-up: an editor's notes, or the
     * lock file Emacs keeps beside a file it edits, ".#a.md", a link that leads nowhere.
     */
    @Test
    void aHiddenMarkdownFileThatChangesIsNoReview() throws IOException {
        Path site = FixtureSite.copyTo(temp.resolve("site-src"));
        LiveBuild live = new LiveBuild(options(site, null));
        assertThat(live.rebuild(LiveBuild.Change.everything()).report().failed()).isFalse();

        Path reviews = site.resolve("content/reviews");
        Files.copy(reviews.resolve("coffee-sleep.md"), reviews.resolve(".notes.md"));
        try {
            Files.createSymbolicLink(reviews.resolve(".#coffee-sleep.md"), Path.of("author@host.4242:1700000000"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "this file system has no symbolic links");
        }
        LiveBuild.Result result = live.rebuild(new LiveBuild.Change(Set.of("content/reviews/.notes.md",
                "content/reviews/.#coffee-sleep.md"), false, false, false, false));
        assertSameAsClean(site, result);
    }

    /** The fixture site with its own review template: the theme's, with {@code markup} after the title. */
    private Path siteWithAfterTitle(String markup) throws IOException {
        Path site = FixtureSite.copyTo(temp.resolve("site-src"));
        Path templates = Files.createDirectories(site.resolve("templates"));
        String review = new String(LiveBuildTest.class.getResourceAsStream("/theme/templates/review.ftlh")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String title = "<h1 class=\"review-title\">${r.title}</h1>";
        Files.writeString(templates.resolve("review.ftlh"), review.replace(title, title + markup));
        return site;
    }

    private static LiveBuild.Change content(String path) {
        return new LiveBuild.Change(Set.of(path), false, false, false, false);
    }

    private BuildOptions options(Path site, Path output) {
        return new BuildOptions(site, output, false, false, BASE, false, TODAY);
    }

    private void assertSameAsClean(Path site, LiveBuild.Result live) throws IOException {
        Path cleanOut = temp.resolve("clean-checked");
        BuildReport clean = SiteBuild.run(options(site, cleanOut));
        assertThat(live.report().diagnostics()).isEqualTo(clean.diagnostics());
        Map<String, String> expected = clean.failed() ? cleanFilesOf(site) : read(cleanOut);
        Map<String, String> actual = new TreeMap<>();
        live.files().forEach((path, bytes) -> actual.put(path, text(bytes)));
        assertThat(actual).isEqualTo(expected);
        OutputFolder.deleteTree(cleanOut);
    }

    /** A failed build leaves no output folder, so compare with the clean in-memory build instead. */
    private Map<String, String> cleanFilesOf(Path site) {
        LiveBuild fresh = new LiveBuild(options(site, null));
        Map<String, String> files = new TreeMap<>();
        fresh.rebuild(LiveBuild.Change.everything()).files().forEach((path, bytes) -> files.put(path, text(bytes)));
        return files;
    }

    private static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = dir.relativize(file).toString().replace('\\', '/');
                if (!path.equals(OutputFolder.MARKER)) {
                    files.put(path, text(Files.readAllBytes(file)));
                }
            }
        }
        return files;
    }

    /** Bytes as text, so a failure shows where two files differ. */
    private static String text(byte[] bytes) {
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8) + "#" + bytes.length;
    }
}
