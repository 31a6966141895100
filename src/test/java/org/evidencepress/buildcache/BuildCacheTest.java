package org.evidencepress.buildcache;

import org.evidencepress.FixtureSite;
import org.evidencepress.output.OutputFolder;
import org.evidencepress.pipeline.BuildOptions;
import org.evidencepress.pipeline.BuildReport;
import org.evidencepress.pipeline.SiteBuild;
import org.evidencepress.pipeline.Trees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After each kind of edit, a build with the cache of the build before it writes exactly
 * what a clean build writes, file for file and byte for byte, and reports the same problems.
 */
class BuildCacheTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Path REFERENCES = Path.of("src/test/resources/sites/references");
    /** A clock an hour ahead: to a build that starts then, every file of the site was written long before. */
    private static final Clock LATER = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));

    @TempDir
    Path temp;
    private Path site;
    private Path cache;
    private final List<String> notes = new ArrayList<>();
    private int builds;
    /** The build that filled the cache. */
    private Cached filled;

    @BeforeEach
    void site() throws IOException {
        site = FixtureSite.copyTo(temp.resolve("site"));
        // Bibliography files, the site's and a review's own, next to inline sources.
        Trees.copy(REFERENCES.resolve("references"), site.resolve("references"));
        Trees.copy(REFERENCES.resolve("content/reviews"), site.resolve("content/reviews"));
        Files.writeString(site.resolve("site.yaml"), Files.readString(site.resolve("site.yaml"))
                + "bibliography: [references/library.bib, references/extra.json]\n");
        Files.createDirectories(site.resolve("static/css"));
        Files.writeString(site.resolve("static/css/extra.css"), "body { margin: 0; }\n");
        cache = temp.resolve("cache");
        filled = cachedBuild();
        assertThat(filled.report().failed()).as("%s", filled.report().diagnostics()).isFalse();
    }

    @Test
    void aWarmCacheReusesPagesAndBuildsWhatACleanBuildBuilds() throws IOException {
        Cached again = cachedBuild();
        assertSameAsClean(again);
        // Reused pages are hard links to the cache's copies, not pages rendered again.
        assertReused(filled, again, "reviews/coffee-sleep/index.html");
        assertThat(notes).isEmpty();
    }

    @Test
    void reviewBodyEdit() throws IOException {
        edit("content/reviews/coffee-sleep.md", t -> t + "\nA quinoa-based placebo was used [@drake2013].\n");
        Cached after = cachedBuild();
        assertThat(Files.readString(after.output().resolve("reviews/coffee-sleep/index.html"))).contains("quinoa");
        assertSameAsClean(after);
        // The other review's page was not rendered again.
        assertReused(filled, after, "reviews/walking-mood/index.html");
        assertThat(Files.isSameFile(filled.output().resolve("reviews/coffee-sleep/index.html"),
                after.output().resolve("reviews/coffee-sleep/index.html"))).isFalse();
    }

    @Test
    void afterABodyEditTheListPagesAreFoundWholeUnderTheUnchangedSiteModel() throws IOException {
        assertThat(indexNames()).contains("lists:");
        edit("content/reviews/coffee-sleep.md", t -> t + "\nOne more sentence.\n");
        Cached after = cachedBuild();
        assertSameAsClean(after);
        for (String page : List.of("index.html", "page/2/index.html", "sources/index.html", "tags/sleep/index.html")) {
            assertReused(filled, after, page);
        }
        assertThat(indexNames()).contains("lists:");
        // So are the search index's titles and snippets, which follow from the model alone.
        assertReused(filled, after, "search/d/0.js");
    }

    @Test
    void aSummaryEditMakesTheSearchSnippetsAgain() throws IOException {
        edit("content/reviews/coffee-sleep.md", t -> t.replaceFirst("summary: ", "summary: Briefly, "));
        Cached after = cachedBuild();
        assertThat(Files.readString(after.output().resolve("search/d/0.js"))).contains("Briefly, ");
        assertSameAsClean(after);
    }

    @Test
    void aFileUnchangedSinceItsStampIsTakenUnreadAndAnEditOfTheSameSizeAndTimeIsStillSeen() throws IOException {
        String review = "content/reviews/coffee-sleep.md";
        Path file = site.resolve(review);
        // The filling build started as the site was written: it noted no stamps, so the next build reads every file.
        assertThat(keyByStamp(review, FileStamp.of(file, nanos(LATER.instant())))).isNull();

        Cached stamped = build(false, LATER);
        assertSameAsClean(stamped);
        assertThat(keyByStamp(review, FileStamp.of(file, nanos(LATER.instant()))))
                .isEqualTo(BuildCache.fileKey(review, Files.readAllBytes(file)));

        FileTime modified = Files.getLastModifiedTime(file);
        edit(review, t -> t.replace("reduced total sleep", "lowered total sleep"));
        Files.setLastModifiedTime(file, modified);
        Cached after = build(false, LATER);
        assertThat(Files.readString(after.output().resolve("reviews/coffee-sleep/index.html"))).contains("lowered total");
        assertSameAsClean(after);
        assertReused(stamped, after, "reviews/walking-mood/index.html");
    }

    @Test
    void reviewTitleEdit() throws IOException {
        edit("content/reviews/coffee-sleep.md", t -> t.replace("title: Evening coffee delays sleep onset",
                "title: Afternoon coffee still delays sleep"));
        Cached after = cachedBuild();
        assertThat(Files.readString(after.output().resolve("page/2/index.html"))).contains("Afternoon coffee");
        assertSameAsClean(after);
    }

    @Test
    void aWorkCitedTwiceShowsEachCitingReviewsNewTitleInTheSourceIndex() throws IOException {
        Files.writeString(site.resolve("content/reviews/caffeine-again.md"), """
                ---
                title: Caffeine and sleep once more
                date: 2025-05-01
                summary: The same trial, read again.
                study:
                  year: 2013
                  journal: Journal of Clinical Sleep Medicine
                  population: Healthy adult sleepers
                sources:
                  - id: drake2013
                    title: Caffeine effects on sleep taken 0, 3, or 6 hours before going to bed
                    authors: [C. Drake, T. Roehrs]
                    journal: Journal of Clinical Sleep Medicine
                    year: 2013
                    doi: 10.5664/jcsm.3170
                ---

                The trial again [@drake2013].
                """);
        Cached added = cachedBuild();
        assertThat(added.report().diagnostics()).as("%s", added.report().diagnostics()).noneMatch(d -> d.isError());
        assertSameAsClean(added);
        // One of the two describes the work in the index; either title shows there as a citer's.
        edit("content/reviews/caffeine-again.md", t -> t.replace("once more", "yet again"));
        Cached first = cachedBuild();
        assertThat(Files.readString(first.output().resolve("sources/index.html"))).contains("yet again");
        assertSameAsClean(first);
        edit("content/reviews/coffee-sleep.md", t -> t.replace("title: Evening coffee", "title: Late coffee"));
        Cached second = cachedBuild();
        assertThat(Files.readString(second.output().resolve("sources/index.html"))).contains("Late coffee");
        assertSameAsClean(second);
    }

    @Test
    void tagsEdit() throws IOException {
        edit("content/reviews/coffee-sleep.md", t -> t.replace("tags: [sleep, caffeine]", "tags: [sleep, Stimulants]"));
        Cached after = cachedBuild();
        assertThat(after.output().resolve("tags/stimulants/index.html")).exists();
        assertSameAsClean(after);
    }

    @Test
    void sourcesEdit() throws IOException {
        edit("content/reviews/coffee-sleep.md", t -> t.replace("doi: 10.5664/jcsm.3170",
                "doi: 10.5664/jcsm.3170\n    url: https://jcsm.aasm.org/doi/10.5664/jcsm.3170"));
        assertSameAsClean(cachedBuild());
    }

    @Test
    void bibliographyFileEdit() throws IOException {
        Path ris = site.resolve("content/reviews/refs/this-review.ris");
        Files.writeString(ris, Files.readString(ris).replaceFirst("TI  - ", "TI  - Revised: "));
        Cached after = cachedBuild();
        assertThat(Files.readString(after.output().resolve("reviews/heterogeneity/index.html"))).contains("Revised: ");
        assertSameAsClean(after);

        Path bib = site.resolve("references/library.bib");
        Files.writeString(bib, Files.readString(bib).replace("@article{miller_role_2016,",
                "@article{miller_role_2016,\n  note = {Edited},"));
        assertSameAsClean(cachedBuild());
    }

    @Test
    void cslStyledPagesAreCachedAndAStyleChangeRendersThemAgain() throws IOException {
        edit("site.yaml", t -> t + "csl: vancouver\n");
        Cached styled = cachedBuild();
        assertSameAsClean(styled);
        edit("content/reviews/coffee-sleep.md", t -> t + "\nAnother finding [@drake2013].\n");
        Cached after = cachedBuild();
        assertSameAsClean(after);
        assertReused(styled, after, "reviews/heterogeneity/index.html");
        edit("site.yaml", t -> t.replace("csl: vancouver", "csl: apa"));
        assertSameAsClean(cachedBuild());
    }

    @Test
    void templateEdit() throws IOException {
        Path templates = Files.createDirectories(site.resolve("templates"));
        String review = themeTemplate("review.ftlh");
        Files.writeString(templates.resolve("review.ftlh"), review.replace("</article>", "<p>changed</p></article>"));
        Cached after = cachedBuild();
        assertThat(Files.readString(after.output().resolve("reviews/walking-mood/index.html"))).contains("<p>changed</p>");
        assertSameAsClean(after);
    }

    /**
     * Reused pages are not judged again while the site they link into is the last build's;
     * when a file they link to is gone, their links fail as a clean build's do.
     */
    @Test
    void aFileThatReusedPagesLinkToIsDeletedAndTheirLinksFailAsInACleanBuild() throws IOException {
        addToEveryPage("<link rel=\"stylesheet\" href=\"${root}css/extra.css\">");
        Cached linked = cachedBuild();
        assertSameAsClean(linked);
        Cached again = cachedBuild();
        assertReused(linked, again, "reviews/coffee-sleep/index.html");
        assertReused(linked, again, "tags/sleep/index.html");
        assertSameAsClean(again);
        deleteTheStylesheetAndFailAsACleanBuildDoes();
    }

    /** Deletes the stylesheet every page links to: the next cached build reports what a clean build reports. */
    private void deleteTheStylesheetAndFailAsACleanBuildDoes() throws IOException {
        Files.delete(site.resolve("static/css/extra.css"));
        Cached after = cachedBuild();
        BuildReport clean = SiteBuild.run(options(temp.resolve("clean-failed")));
        assertThat(clean.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("css/extra.css"));
        assertThat(after.report().diagnostics()).isEqualTo(clean.diagnostics());
    }

    @Test
    void afterATitleEditTheListPagesReusedByTheirOwnKeysStillHaveTheirLinksChecked() throws IOException {
        addToEveryPage("<link rel=\"stylesheet\" href=\"${root}css/extra.css\">");
        Cached linked = cachedBuild();
        edit("content/reviews/coffee-sleep.md", t -> t.replace("title: Evening coffee", "title: Late coffee"));
        Cached retitled = cachedBuild();
        assertSameAsClean(retitled);
        // Not found whole under the changed model, but by its own key: it does not show the review.
        assertReused(linked, retitled, "tags/mood/index.html");

        edit("content/reviews/coffee-sleep.md", t -> t.replace("title: Late coffee", "title: Evening coffee"));
        deleteTheStylesheetAndFailAsACleanBuildDoes();
    }

    @Test
    void aSiteWithARetractionFileKeepsItsCompiledPagesAndANewerFileRendersThemAgain() throws IOException {
        Path retracted = temp.resolve("retracted");
        Trees.copy(Path.of("src/test/resources/sites/retracted-source"), retracted);
        Path retractedCache = temp.resolve("retracted-cache");
        BuildReport first = SiteBuild.run(new BuildOptions(retracted, temp.resolve("r1"), false, false, null, false,
                TODAY), retractedCache, notes::add);
        assertThat(first.failed()).as("%s", first.diagnostics()).isFalse();
        assertThat(new String(Files.readAllBytes(retractedCache.resolve("index")), StandardCharsets.ISO_8859_1))
                .as("the review's compiled Markdown is kept under a key that holds the retraction data")
                .contains("compiled:content/reviews/mmr-autism.md");

        Path csv = retracted.resolve("data/retraction-watch.csv");
        Files.writeString(csv, Files.readString(csv).replace("The Lancet", "The Lancet (London)"));
        BuildReport after = SiteBuild.run(new BuildOptions(retracted, temp.resolve("r2"), false, false, null, false,
                TODAY), retractedCache, notes::add);
        BuildReport clean = SiteBuild.run(new BuildOptions(retracted, temp.resolve("r3"), false, false, null, false,
                TODAY));
        assertThat(after.diagnostics()).isEqualTo(clean.diagnostics());
        assertThat(tree(temp.resolve("r2"))).isEqualTo(tree(temp.resolve("r3")));
        assertThat(notes).isEmpty();
    }

    /** A template that links to an id its pages lack fails every build, from the cache too. */
    @Test
    void aLinkToAMissingIdOnTheSamePageFailsAgainFromTheCache() throws IOException {
        addToEveryPage("<a href=\"#nowhere\">skip</a>");
        BuildReport clean = SiteBuild.run(options(temp.resolve("clean-failed")));
        assertThat(clean.diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("nowhere"));
        assertThat(cachedBuild().report().diagnostics()).isEqualTo(clean.diagnostics());
        assertThat(cachedBuild().report().diagnostics()).isEqualTo(clean.diagnostics());
    }

    @Test
    void siteYamlEdit() throws IOException {
        edit("site.yaml", t -> t.replace("page_size: 2", "page_size: 1").replace("title: Fixture Reviews",
                "title: Renamed Reviews"));
        Cached after = cachedBuild();
        assertThat(after.output().resolve("page/3/index.html")).exists();
        assertSameAsClean(after);
    }

    @Test
    void staticFileEdit() throws IOException {
        edit("static/css/extra.css", t -> "body { margin: 1em; }\n");
        Cached after = cachedBuild();
        assertThat(after.output().resolve("css/extra.css")).content().contains("1em");
        assertSameAsClean(after);
    }

    @Test
    void deletedReview() throws IOException {
        edit("content/reviews/coffee-sleep.md", t -> t.replace("(walking-mood.md)", "(heterogeneity.md)"));
        Files.delete(site.resolve("content/reviews/walking-mood.md"));
        Cached after = cachedBuild();
        assertThat(after.output().resolve("reviews/walking-mood")).doesNotExist();
        assertSameAsClean(after);
    }

    @Test
    void deletedReviewThatIsLinkedFailsAsACleanBuildDoes() throws IOException {
        Files.delete(site.resolve("content/reviews/walking-mood.md"));
        Cached after = cachedBuild();
        BuildReport clean = SiteBuild.run(options(temp.resolve("clean-failed")));
        assertThat(after.report().failed()).isTrue();
        assertThat(after.report().diagnostics()).isEqualTo(clean.diagnostics());
    }

    @Test
    void addedReview() throws IOException {
        Path reviews = site.resolve("content/reviews");
        Files.writeString(reviews.resolve("tea-focus.md"), Files.readString(reviews.resolve("coffee-sleep.md"))
                .replace("title: Evening coffee delays sleep onset", "title: Green tea and focus")
                .replace("tags: [sleep, caffeine]", "tags: [focus, Caffeine]")
                .replace("date: 2025-04-02", "date: 2025-06-01"));
        Cached after = cachedBuild();
        assertThat(after.output().resolve("reviews/tea-focus/index.html")).exists();
        assertSameAsClean(after);
    }

    /** New entries are merged into the last index's order: the index stays sorted, as a clean build writes it. */
    @Test
    void theIndexStaysSortedAsEntriesComeAndGo() throws IOException {
        Path reviews = site.resolve("content/reviews");
        String review = Files.readString(reviews.resolve("coffee-sleep.md"));
        Files.writeString(reviews.resolve("aaa-first.md"), review.replace("title: Evening coffee delays sleep onset",
                "title: First by name"));
        Files.writeString(reviews.resolve("zzz-last.md"), review.replace("title: Evening coffee delays sleep onset",
                "title: Last by name"));
        assertSameAsClean(cachedBuild());
        assertThat(entryNames()).isSorted().doesNotHaveDuplicates()
                .anyMatch(name -> name.contains("aaa-first")).anyMatch(name -> name.contains("zzz-last"));
        Files.delete(reviews.resolve("aaa-first.md"));
        assertSameAsClean(cachedBuild());
        assertThat(entryNames()).isSorted().doesNotHaveDuplicates().noneMatch(name -> name.contains("aaa-first"));
    }

    /**
     * Built again and again into one output folder, each build starts from the site the one
     * before it replaced (kept in the cache) and changes only what differs: after edits of
     * every kind, the site is still a clean build's, file for file.
     */
    @Test
    void intoTheSameFolderEachBuildStartsFromTheSiteBeforeAndEndsAsACleanBuild() throws IOException {
        Path output = temp.resolve("site-out");
        Cached first = buildInto(output);
        assertThat(cache.resolve("site-before")).doesNotExist();
        Cached second = buildInto(output);
        assertThat(cache.resolve("site-before").resolve(OutputFolder.MARKER)).exists();
        assertSameAsClean(second);

        edit("content/reviews/coffee-sleep.md", t -> t + "\nAn added sentence.\n");
        assertSameAsClean(buildInto(output));
        edit("content/reviews/coffee-sleep.md", t -> t.replace("title: Evening coffee delays sleep onset",
                "title: Afternoon coffee still delays sleep"));
        assertSameAsClean(buildInto(output));
        edit("content/reviews/coffee-sleep.md", t -> t.replace("(walking-mood.md)", "(heterogeneity.md)"));
        Files.delete(site.resolve("content/reviews/walking-mood.md"));
        Cached deleted = buildInto(output);
        assertThat(output.resolve("reviews/walking-mood")).doesNotExist();
        assertSameAsClean(deleted);
        edit("site.yaml", t -> t.replace("page_size: 2", "page_size: 1"));
        assertSameAsClean(buildInto(output));
        Path templates = Files.createDirectories(site.resolve("templates"));
        Files.writeString(templates.resolve("review.ftlh"), themeTemplate("review.ftlh")
                .replace("</article>", "<p>changed</p></article>"));
        assertSameAsClean(buildInto(output));
        assertThat(first.report().failed()).isFalse();
    }

    @Test
    void whatTheSiteBeforeHasAndACleanBuildHasNotIsRemoved() throws IOException {
        Path output = temp.resolve("site-out");
        Path spare = twoBuildsInto(output);
        // A stray file, a folder where a page goes, and a file where a folder goes.
        Files.writeString(spare.resolve("stray.txt"), "left over");
        Path page = spare.resolve("reviews/coffee-sleep/index.html");
        Files.delete(page);
        Files.createDirectories(page.resolve("inside"));
        OutputFolder.deleteTree(spare.resolve("tags/sleep"));
        Files.writeString(spare.resolve("tags/sleep"), "not a folder");
        // A link where a folder goes must not lead the build out of the site.
        Path outside = Files.createDirectories(temp.resolve("outside"));
        OutputFolder.deleteTree(spare.resolve("sources"));
        Files.createSymbolicLink(spare.resolve("sources"), outside);
        Cached after = buildInto(output);
        assertThat(output.resolve("stray.txt")).doesNotExist();
        assertThat(outside).isEmptyDirectory();
        assertSameAsClean(after);
    }

    @Test
    void aFileAlteredInTheSiteBeforeIsNotTakenForTheCachedOne() throws IOException {
        Path output = temp.resolve("site-out");
        // The site before holds the cache's objects themselves: writing into one (same size) alters both.
        Path page = twoBuildsInto(output).resolve("reviews/coffee-sleep/index.html");
        Files.writeString(page, Files.readString(page).replace("Evening coffee", "Evening Coffee"));
        Cached after = buildInto(output);
        assertThat(Files.readString(after.output().resolve("reviews/coffee-sleep/index.html")))
                .contains("Evening coffee").doesNotContain("Evening Coffee");
        assertThat(notes).anySatisfy(note -> assertThat(note).contains("damaged entry"));
        assertSameAsClean(after);
    }

    @Test
    void aPageReplacedInTheSiteBeforeIsNotWrittenThroughToTheLiveSiteOrTheCache() throws IOException {
        Path output = temp.resolve("site-out");
        Path spare = twoBuildsInto(output);
        // The page in the site before is a hard link to the cache's copy, which the live site links too.
        String live = Files.readString(output.resolve("reviews/walking-mood/index.html"));
        edit("content/reviews/walking-mood.md", t -> t + "\nOne more sentence.\n");
        Cached after = buildInto(output);
        assertThat(Files.readString(after.output().resolve("reviews/walking-mood/index.html")))
                .contains("One more sentence.");
        assertThat(Files.readString(spare.resolve("reviews/walking-mood/index.html"))).isEqualTo(live);
        assertSameAsClean(after);
    }

    @Test
    void optionsAreKeysToo() {
        Cached drafts = build(true);
        BuildReport clean = SiteBuild.run(new BuildOptions(site, temp.resolve("clean-drafts"), true, false, null, false,
                TODAY));
        assertThat(drafts.report().diagnostics()).isEqualTo(clean.diagnostics());
        assertThat(tree(drafts.output())).isEqualTo(tree(temp.resolve("clean-drafts")));
    }

    /** The equality check is worth something only if a stale entry makes it fail. */
    @Test
    void theComparisonCatchesAStaleEntry() throws IOException {
        Path page = cachedBuild().output().resolve("reviews/coffee-sleep/index.html");
        // The cache's copy is the page's inode: altering it in place (same size) is a stale entry.
        byte[] bytes = Files.readAllBytes(page);
        int at = new String(bytes, StandardCharsets.UTF_8).indexOf("Evening coffee");
        bytes[at] = 'e';
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(page);
        Files.write(page, bytes);
        Files.setLastModifiedTime(page, time);
        Cached stale = cachedBuild();
        Path clean = temp.resolve("clean-stale");
        SiteBuild.run(options(clean));
        assertThat(tree(stale.output())).isNotEqualTo(tree(clean));
    }

    @Test
    void aSmallChangeIsSavedBesideTheIndexWhichStaysAsItWas() throws IOException {
        byte[] index = Files.readAllBytes(cache.resolve("index"));
        Cached after = afterABodyEdit();
        assertSameAsClean(after);
        assertThat(cache.resolve("index-changes")).exists();
        assertThat(Files.readAllBytes(cache.resolve("index"))).isEqualTo(index);
        // Read with its changes: the page made after the edit is found, not made again.
        assertTheNextBuildReusesTheReviewPage(after);
    }

    @Test
    void changesToMostEntriesWriteTheIndexWholeAndDropTheChangesFile() throws IOException {
        afterABodyEdit();
        byte[] index = Files.readAllBytes(cache.resolve("index"));
        changeEveryPageKey();
        Cached after = cachedBuild();
        assertSameAsClean(after);
        assertThat(Files.readAllBytes(cache.resolve("index"))).isNotEqualTo(index);
        assertThat(cache.resolve("index-changes")).doesNotExist();
        assertSameAsClean(cachedBuild());
        assertThat(notes).isEmpty();
    }

    @Test
    void damagedChangesAreIgnoredWithANote() throws IOException {
        afterABodyEdit();
        Path changes = cache.resolve("index-changes");
        byte[] bytes = Files.readAllBytes(changes);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(changes, bytes);
        Cached after = cachedBuild();
        assertThat(notes).singleElement().asString().contains("index-changes is damaged").contains("rebuilding");
        assertSameAsClean(after);
        notes.clear();
        assertSameAsClean(cachedBuild());
        assertThat(notes).isEmpty();
    }

    /** What a build stopped between writing the index whole and removing the changes leaves. */
    @Test
    void changesToAnIndexSinceReplacedAreNotApplied() throws IOException {
        afterABodyEdit();
        byte[] stale = Files.readAllBytes(cache.resolve("index-changes"));
        changeEveryPageKey();
        Cached whole = cachedBuild();
        Files.write(cache.resolve("index-changes"), stale);
        Cached after = cachedBuild();
        assertThat(notes).isEmpty();
        assertReused(whole, after, "reviews/coffee-sleep/index.html");
        assertSameAsClean(after);
    }

    /** A change to a few of the index's entries: one review's body, built with the cache. */
    private Cached afterABodyEdit() throws IOException {
        edit("content/reviews/coffee-sleep.md", t -> t + "\nOne more sentence.\n");
        return cachedBuild();
    }

    /** Every page's key holds site.yaml: every page is made anew under a new key. */
    private void changeEveryPageKey() throws IOException {
        edit("site.yaml", t -> t.replace("description: A small site for tests.", "description: A changed one."));
    }

    @Test
    void aDamagedIndexIsIgnoredWithANote() throws IOException {
        Path index = cache.resolve("index");
        byte[] bytes = Files.readAllBytes(index);
        Files.write(index, Arrays.copyOf(bytes, bytes.length / 2));
        Cached after = cachedBuild();
        assertThat(notes).singleElement().asString().contains("damaged").contains("rebuilding");
        assertThat(after.report().failed()).isFalse();
        assertSameAsClean(after);
        notes.clear();
        assertSameAsClean(cachedBuild());
        assertThat(notes).isEmpty();
    }

    @Test
    void aDamagedEntryIsMadeAnewWithANoteAndReplacedForTheNextBuild() throws IOException {
        List<Path> objects;
        try (Stream<Path> walk = Files.walk(cache.resolve("objects"))) {
            objects = walk.filter(Files::isRegularFile).toList();
        }
        for (Path object : objects) {
            byte[] bytes = Files.readAllBytes(object);
            bytes[bytes.length / 2] ^= 0x5a;
            // A new file: the outputs linked to the old one keep their bytes.
            Files.delete(object);
            Files.write(object, bytes);
        }
        // Each damaged object is replaced under its name by the page made anew.
        assertMadeAnewWithANote();
    }

    @Test
    void aDamagedValuesFileIsReadAsDamagedEntriesMadeAnewWithANote() throws IOException {
        Path values = onlyValuesFile();
        byte[] bytes = Files.readAllBytes(values);
        for (int i = 0; i < bytes.length; i += 97) {
            bytes[i] ^= 0x5a;
        }
        Files.write(values, bytes);
        assertMadeAnewWithANote();
    }

    /**
     * A reused page's search terms are read only when the search index cannot carry its
     * postings over, as when the index handed on is damaged. Damaged too, they are taken
     * from the page's kept Markdown, and kept again.
     */
    @Test
    void damagedSearchTermsOfAReusedPageAreTakenFromItsMarkdown() throws IOException {
        Path values = onlyValuesFile();
        byte[] bytes = Files.readAllBytes(values);
        List<long[]> damaged = new ArrayList<>(valuePlaces("search:"));
        damaged.addAll(valuePlaces("terms:content/reviews/walking-mood.md"));
        assertThat(damaged).hasSize(2);
        damaged.forEach(place -> bytes[Math.toIntExact(place[0] + place[1] / 2)] ^= 0x5a);
        Files.write(values, bytes);
        edit("content/reviews/coffee-sleep.md", t -> t + "\nOne more sentence.\n");
        Cached after = cachedBuild();
        assertReused(filled, after, "reviews/walking-mood/index.html");
        assertThat(notes).isNotEmpty().allSatisfy(note -> assertThat(note).contains("damaged entry"));
        assertSameAsClean(after);
        notes.clear();
        assertSameAsClean(cachedBuild());
        assertThat(notes).isEmpty();
    }

    @Test
    void aValuesFileCutShortOrGoneIsReadAsDamagedEntriesMadeAnewWithANote() throws IOException {
        Path values = onlyValuesFile();
        Files.write(values, Arrays.copyOf(Files.readAllBytes(values), (int) Files.size(values) / 3));
        assertMadeAnewWithANote();
        Files.delete(onlyValuesFile());
        assertMadeAnewWithANote();
    }

    /** The next build notes the damage once and builds what a clean build does; the build after it reuses that without a note. */
    private void assertMadeAnewWithANote() throws IOException {
        Cached after = cachedBuild();
        assertThat(notes).singleElement().asString().contains("damaged entry");
        assertSameAsClean(after);
        notes.clear();
        assertTheNextBuildReusesTheReviewPage(after);
    }

    @Test
    void theValuesAreWrittenToANewFileOnceTheIndexNamesLessThanHalfOfThem() throws IOException {
        Path first = onlyValuesFile();
        long filledSize = Files.size(first);
        // Each edit keeps every page's values anew (under new keys) after the old ones.
        changeEveryPageKey();
        assertSameAsClean(cachedBuild());
        assertThat(onlyValuesFile()).isEqualTo(first);
        assertThat(Files.size(first)).isGreaterThan(filledSize);
        edit("site.yaml", t -> t.replace("description: A changed one.", "description: Changed again."));
        Cached compacted = cachedBuild();
        assertSameAsClean(compacted);
        Path second = onlyValuesFile();
        assertThat(second).isNotEqualTo(first);
        assertThat(Files.size(second)).isLessThan(filledSize * 3 / 2);
        assertThat(notes).isEmpty();
        long compactedSize = Files.size(second);
        // Read from the new file: every page reused, no note, nothing appended.
        Cached again = cachedBuild();
        assertThat(notes).isEmpty();
        assertReused(compacted, again, "reviews/coffee-sleep/index.html");
        assertReused(compacted, again, "index.html");
        assertSameAsClean(again);
        assertThat(onlyValuesFile()).isEqualTo(second);
        assertThat(Files.size(second)).isEqualTo(compactedSize);
    }

    /** The cache's one values file. */
    private Path onlyValuesFile() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            List<Path> values = files.filter(p -> p.getFileName().toString().startsWith("values-")).toList();
            assertThat(values).hasSize(1);
            return values.get(0);
        }
    }

    /** The next cached build finds the page {@code after} made for a review, with no note, and builds what a clean build does. */
    private void assertTheNextBuildReusesTheReviewPage(Cached after) throws IOException {
        Cached again = cachedBuild();
        assertThat(notes).isEmpty();
        assertReused(after, again, "reviews/coffee-sleep/index.html");
        assertSameAsClean(again);
    }

    @Test
    void aCacheOfAnotherVersionIsIgnoredWithANote() throws IOException {
        rewriteProgram("evidence-press 0000");
        Cached after = cachedBuild();
        assertThat(notes).singleElement().asString().contains("another version of Evidence Press");
        assertSameAsClean(after);
        // Rebuilt under this version: the next build uses it again.
        notes.clear();
        Cached next = cachedBuild();
        assertThat(notes).isEmpty();
        assertReused(after, next, "reviews/coffee-sleep/index.html");
    }

    @Test
    void entriesTheLatestBuildDidNotUseAreDropped() throws IOException {
        long before = objectCount();
        Files.delete(site.resolve("content/reviews/heterogeneity.md"));
        cachedBuild();
        assertThat(objectCount()).isLessThan(before);
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    /** A file every key includes changes every key but no byte: the objects stay, under the new keys. */
    @Test
    void objectsNamedAgainUnderNewKeysAreKept() throws IOException {
        Files.writeString(site.resolve("notes.txt"), "Kept beside the site: part of every key, read by no page.");
        assertSameAsClean(cachedBuild());
        notes.clear();
        assertSameAsClean(cachedBuild());
        assertThat(notes).isEmpty();
    }

    @Test
    void pagesMadeAgainWithTheirOldBytesLeaveNoTemporaryFileInTheCache() throws IOException {
        Path output = temp.resolve("site-out");
        buildInto(output);
        // Every key changes and no byte does: each page made again is linked to the site before,
        // whose file is the cache's object already.
        Files.writeString(site.resolve("notes.txt"), "Kept beside the site: part of every key, read by no page.");
        assertSameAsClean(buildInto(output));
        try (Stream<Path> walk = Files.walk(cache.resolve("objects"))) {
            assertThat(walk.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aStoppedBuildLeavesNothingBehindAfterTheNextOne() throws IOException {
        // What a build killed while writing leaves: its marker and an object no index names.
        Files.writeString(cache.resolve("in-use"), "");
        Path stray = Files.createDirectories(cache.resolve("objects/00")).resolve("new-1.tmp");
        Files.writeString(stray, "half an object");
        // And a values file it started, which its index was never saved to name.
        Path strayValues = Files.writeString(cache.resolve("values-99"), "half a value");
        assertSameAsClean(cachedBuild());
        assertThat(stray).doesNotExist();
        assertThat(strayValues).doesNotExist();
        onlyValuesFile();
        assertThat(cache.resolve("in-use")).doesNotExist();
        assertThat(notes).isEmpty();
    }

    private long objectCount() throws IOException {
        try (Stream<Path> walk = Files.walk(cache.resolve("objects"))) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    /** The index, read up to the number of its entries. */
    private DataInputStream indexEntries() throws IOException {
        byte[] bytes = Files.readAllBytes(cache.resolve("index"));
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes, 0, bytes.length - 8));
        in.readNBytes(8 + 4);
        in.readNBytes(in.readInt());
        in.readInt(); // the values file's number
        return in;
    }

    /** The names of the index's entries, in its order. */
    private List<String> entryNames() throws IOException {
        DataInputStream in = indexEntries();
        List<String> names = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            names.add(new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8));
            in.readNBytes(64 + 4 * 8);
        }
        return names;
    }

    /**
     * Where in the values file the entries named {@code prefix}... lie, as the index and the
     * changes saved beside it name them: their offsets and sizes.
     */
    private List<long[]> valuePlaces(String prefix) throws IOException {
        List<long[]> places = new ArrayList<>();
        readPlaces(indexEntries(), prefix, places);
        Path changes = cache.resolve("index-changes");
        if (Files.exists(changes)) {
            byte[] bytes = Files.readAllBytes(changes);
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes, 0, bytes.length - 8));
            in.readNBytes(8 + 4 + 4 + 8);
            in.readNBytes(in.readInt());
            for (int dropped = in.readInt(); dropped > 0; dropped--) {
                in.readNBytes(in.readInt());
            }
            readPlaces(in, prefix, places);
        }
        return places;
    }

    private static void readPlaces(DataInputStream in, String prefix, List<long[]> places) throws IOException {
        for (int n = in.readInt(); n > 0; n--) {
            String name = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
            in.readNBytes(64);
            long size = in.readLong();
            in.readLong(); // the checksum
            in.readLong(); // the file's node
            long at = in.readLong();
            if (name.startsWith(prefix)) {
                places.add(new long[] {at, size});
            }
        }
    }

    /** Replaces the program version in the index, keeping it well-formed otherwise. */
    private void rewriteProgram(String program) throws IOException {
        Path index = cache.resolve("index");
        byte[] bytes = Files.readAllBytes(index);
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes, 0, bytes.length - 8));
        byte[] magic = in.readNBytes(8);
        int format = in.readInt();
        in.readNBytes(in.readInt());
        byte[] rest = in.readAllBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(out);
        data.write(magic);
        data.writeInt(format);
        byte[] name = program.getBytes(StandardCharsets.UTF_8);
        data.writeInt(name.length);
        data.write(name);
        data.write(rest);
        byte[] body = out.toByteArray();
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(body);
        data.writeLong(crc.getValue());
        Files.write(index, out.toByteArray());
    }

    /** The index as text: entry names ("kind:path") are stored as they are. */
    private String indexNames() throws IOException {
        return new String(Files.readAllBytes(cache.resolve("index")), StandardCharsets.ISO_8859_1);
    }

    private record Cached(BuildReport report, Path output) {
    }

    /** Builds into {@code output} twice; then the cache's site before is the first build's site. */
    private Path twoBuildsInto(Path output) {
        buildInto(output);
        buildInto(output);
        return cache.resolve("site-before");
    }

    /** The page of {@code later} is the very file {@code earlier} wrote (both linked to the cache's copy). */
    private static void assertReused(Cached earlier, Cached later, String page) throws IOException {
        assertThat(Files.isSameFile(earlier.output().resolve(page), later.output().resolve(page))).as(page).isTrue();
    }

    private Cached cachedBuild() {
        return build(false);
    }

    private Cached build(boolean drafts) {
        return build(drafts, Clock.systemUTC());
    }

    private Cached build(boolean drafts, Clock clock) {
        Path output = temp.resolve("out-" + builds++);
        BuildReport report = SiteBuild.run(new BuildOptions(site, output, drafts, false, null, false, TODAY), cache,
                notes::add, clock);
        return new Cached(report, output);
    }

    /** The key the cache found for {@code path}'s parse result by {@code stamp}, or null. */
    private byte[] keyByStamp(String path, long stamp) {
        BuildCache opened = BuildCache.open(cache, SiteInputs.of(site, false, false, null), notes::add);
        try {
            return opened.keyByStamp("parsed", path, stamp);
        } finally {
            opened.release();
        }
    }

    private static long nanos(Instant instant) {
        return TimeUnit.SECONDS.toNanos(instant.getEpochSecond()) + instant.getNano();
    }

    private Cached buildInto(Path output) {
        builds++;
        BuildReport report = SiteBuild.run(new BuildOptions(site, output, false, false, null, false, TODAY), cache,
                notes::add);
        return new Cached(report, output);
    }

    private BuildOptions options(Path output) {
        return new BuildOptions(site, output, false, false, null, false, TODAY);
    }

    private void assertSameAsClean(Cached cached) {
        Path clean = temp.resolve("clean-" + builds);
        BuildReport report = SiteBuild.run(options(clean));
        assertThat(cached.report().diagnostics()).isEqualTo(report.diagnostics());
        assertThat(report.failed()).isFalse();
        assertThat(tree(cached.output())).isEqualTo(tree(clean));
    }

    private static Map<String, String> tree(Path dir) {
        Map<String, String> files = Trees.digest(dir);
        files.remove(OutputFolder.MARKER);
        return files;
    }

    /** Gives the site its own copy of the theme's base template, with {@code html} in every page's head. */
    private void addToEveryPage(String html) throws IOException {
        Path templates = Files.createDirectories(site.resolve("templates"));
        Files.writeString(templates.resolve("base.ftlh"), themeTemplate("base.ftlh").replace("<link rel=\"alternate\"",
                html + "\n<link rel=\"alternate\""));
    }

    private static String themeTemplate(String name) throws IOException {
        return new String(BuildCacheTest.class.getResourceAsStream("/theme/templates/" + name).readAllBytes(),
                StandardCharsets.UTF_8);
    }

    private void edit(String path, java.util.function.UnaryOperator<String> change) throws IOException {
        Path file = site.resolve(path);
        Files.writeString(file, change.apply(Files.readString(file)));
    }
}
