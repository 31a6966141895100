package org.evidencepress.cli;

import org.evidencepress.FixtureSite;
import org.evidencepress.output.OutputFolder;
import org.evidencepress.pipeline.Trees;
import org.evidencepress.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code build --cache DIR} and {@code cache_dir:} in site.yaml, as a user runs them. */
class BuildCacheEndToEndTest {
    @TempDir
    Path temp;

    @Test
    void cacheFlagKeepsACacheThatTheNextBuildUses() throws IOException {
        Path site = FixtureSite.copyTo(temp.resolve("site"));
        Path cache = temp.resolve("ci-cache");
        Path out = temp.resolve("public");
        Cli.Run first = Cli.run("build", "--source", site.toString(), "--output", out.toString(),
                "--cache", cache.toString());
        assertThat(first.exit()).as(first.all()).isZero();
        assertThat(cache.resolve("index")).exists();
        Object unchangedPage = fileKey(out.resolve("reviews/walking-mood/index.html"));
        Object editedPage = fileKey(out.resolve("reviews/coffee-sleep/index.html"));

        Path review = site.resolve("content/reviews/coffee-sleep.md");
        Files.writeString(review, Files.readString(review) + "\nOne more finding [@drake2013].\n");
        Cli.Run second = Cli.run("build", "--source", site.toString(), "--output", out.toString(),
                "--cache", cache.toString());
        assertThat(second.exit()).as(second.all()).isZero();
        assertThat(second.err()).doesNotContain("note:");
        // The unchanged page is the file the first build wrote, linked from the cache; the edited one is new.
        assertThat(fileKey(out.resolve("reviews/walking-mood/index.html"))).isEqualTo(unchangedPage);
        assertThat(fileKey(out.resolve("reviews/coffee-sleep/index.html"))).isNotEqualTo(editedPage);

        Path clean = temp.resolve("clean");
        assertThat(Cli.run("build", "--source", site.toString(), "--output", clean.toString()).exit()).isZero();
        assertThat(tree(out)).isEqualTo(tree(clean));
    }

    /** A link inside content/ back to its ancestor is passed over with a cache as without one. */
    @Test
    void aLinkThatLoopsInsideContentIsPassedOverWithACacheToo() throws IOException {
        Path site = FixtureSite.copyTo(temp.resolve("site"));
        Files.createSymbolicLink(site.resolve("content/reviews/again"), site.resolve("content"));
        Path clean = temp.resolve("clean");
        Cli.Run uncached = Cli.run("build", "--source", site.toString(), "--output", clean.toString());
        assertThat(uncached.exit()).as(uncached.all()).isZero();
        Path out = temp.resolve("public");
        for (int run = 0; run < 2; run++) {
            Cli.Run cached = Cli.run("build", "--source", site.toString(), "--output", out.toString(),
                    "--cache", temp.resolve("cache").toString());
            assertThat(cached.exit()).as(cached.all()).isZero();
            assertThat(cached.err()).contains(" 0 warnings, 0 errors").doesNotContain("note:");
            assertThat(tree(out)).isEqualTo(tree(clean));
        }
    }

    /**
     * CI restores a cache from an archive or a copy, which gives every object a new time (a
     * zip keeps whole seconds) and a new file key. An unchanged page is still the cache's
     * object, linked, not reported as damage and made anew; a page the restored cache holds
     * altered is still made anew.
     */
    @Test
    void aCacheRestoredFromACopyIsReusedAsItIs() throws Exception {
        Path site = FixtureSite.copyTo(temp.resolve("site"));
        Path out = temp.resolve("public");
        Path cache = temp.resolve("ci-cache");
        assertThat(Cli.run("build", "--source", site.toString(), "--output", out.toString(),
                "--cache", cache.toString()).exit()).isZero();
        Path restored = temp.resolve("restored-cache");
        FileTime aWholeSecond = FileTime.fromMillis(1_700_000_000_000L);
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path from : files.toList()) {
                Path to = restored.resolve(cache.relativize(from).toString());
                Files.copy(from, to);
                Files.setLastModifiedTime(to, aWholeSecond);
            }
        }
        Path review = site.resolve("content/reviews/coffee-sleep.md");
        Files.writeString(review, Files.readString(review) + "\nOne more finding [@drake2013].\n");
        String[] build = {"build", "--source", site.toString(), "--output", out.toString(), "--cache", restored.toString()};

        Cli.Run again = Cli.run(build);
        assertThat(again.exit()).as(again.all()).isZero();
        assertThat(again.err()).doesNotContain("note:");
        Path page = out.resolve("reviews/walking-mood/index.html");
        String object = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(page)));
        assertThat(fileKey(page)).isEqualTo(fileKey(restored.resolve("objects").resolve(object.substring(0, 2))
                .resolve(object.substring(2))));

        Path altered = restored.resolve("objects").resolve(object.substring(0, 2)).resolve(object.substring(2));
        byte[] bytes = Files.readAllBytes(altered);
        bytes[bytes.length / 2] ^= 1;
        Files.write(altered, bytes);
        Files.writeString(review, Files.readString(review) + "\nAnd another.\n");
        Cli.Run third = Cli.run(build);
        assertThat(third.exit()).as(third.all()).isZero();
        assertThat(third.err()).contains("holds a damaged entry (" + object + ")");

        Path clean = temp.resolve("clean");
        assertThat(Cli.run("build", "--source", site.toString(), "--output", clean.toString()).exit()).isZero();
        assertThat(tree(out)).isEqualTo(tree(clean));
    }

    /**
     * An edit to site.yaml renders every page again; a page that comes out as it was stays the
     * file it was, in the cache and in the site, rather than being written, linked and deleted
     * anew. The third build starts from the first one's site, which the cache kept aside.
     */
    @Test
    void aPageRenderedAgainAsItWasStaysTheSameFile() throws IOException {
        Path site = FixtureSite.copyTo(temp.resolve("site"));
        Path cache = temp.resolve("ci-cache");
        Path out = temp.resolve("public");
        String[] build = {"build", "--source", site.toString(), "--output", out.toString(), "--cache", cache.toString()};
        assertThat(Cli.run(build).exit()).isZero();
        Object page = fileKey(out.resolve("reviews/walking-mood/index.html"));
        for (String edit : new String[] {"# first edit\n", "# second edit\n"}) {
            Files.writeString(site.resolve("site.yaml"), Files.readString(site.resolve("site.yaml")) + edit);
            Cli.Run again = Cli.run(build);
            assertThat(again.exit()).as(again.all()).isZero();
            assertThat(again.err()).doesNotContain("note:");
            assertThat(fileKey(out.resolve("reviews/walking-mood/index.html"))).isEqualTo(page);
        }

        Path clean = temp.resolve("clean");
        assertThat(Cli.run("build", "--source", site.toString(), "--output", clean.toString()).exit()).isZero();
        assertThat(tree(out)).isEqualTo(tree(clean));
    }

    /**
     * {@code check} shares the build's cache: it reports what a check without it reports, writes
     * no site, and leaves the cache's pages for the next build (the same files, not made again).
     */
    @Test
    void checkUsesAndKeepsTheBuildCache() throws IOException {
        Path site = FixtureSite.copyTo(temp.resolve("site"));
        Path cache = temp.resolve("ci-cache");
        Path out = temp.resolve("public");
        assertThat(Cli.run("build", "--source", site.toString(), "--output", out.toString(), "--cache",
                cache.toString()).exit()).isZero();
        Object unchangedPage = fileKey(out.resolve("reviews/walking-mood/index.html"));
        Path review = site.resolve("content/reviews/coffee-sleep.md");
        String original = Files.readString(review);
        Files.writeString(review, original + "\nA finding [@nosuchsource].\n");

        Cli.Run cached = Cli.run("check", "--source", site.toString(), "--cache", cache.toString());
        Cli.Run plain = Cli.run("check", "--source", site.toString());

        assertThat(cached.exit()).isEqualTo(1);
        assertThat(cached.diagnostics()).isNotEmpty().isEqualTo(plain.diagnostics());
        assertThat(cached.err()).doesNotContain("note:");
        assertThat(site.resolve("site")).doesNotExist();

        Files.writeString(review, original);
        assertThat(Cli.run("check", "--source", site.toString(), "--cache", cache.toString()).exit()).isZero();
        assertThat(Cli.run("build", "--source", site.toString(), "--output", out.toString(), "--cache",
                cache.toString()).exit()).isZero();
        assertThat(fileKey(out.resolve("reviews/walking-mood/index.html"))).isEqualTo(unchangedPage);
        Path clean = temp.resolve("clean");
        assertThat(Cli.run("build", "--source", site.toString(), "--output", clean.toString()).exit()).isZero();
        assertThat(tree(out)).isEqualTo(tree(clean));

        // It opens the cache as a build does: one it cannot trust is a note.
        Files.write(cache.resolve("index"), "EVPCACHE\0\0\0\1 older entries".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(Cli.run("check", "--source", site.toString(), "--cache", cache.toString()).err())
                .contains("evpress: note: build cache");
    }

    @Test
    void cacheDirInSiteYamlIsRelativeToTheSiteAndTheFlagWins() throws IOException {
        Path site = siteWithCacheDir();
        Cli.Run run = Cli.run("build", "--source", site.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.err()).doesNotContain("unknown key");
        assertThat(site.resolve(".build-cache/index")).exists();

        Path flag = temp.resolve("flag-cache");
        assertThat(Cli.run("build", "--source", site.toString(), "--cache", flag.toString()).exit()).isZero();
        assertThat(flag.resolve("index")).exists();
    }

    /** Check writes nothing: site.yaml's cache_dir is the builds'; check shares a cache only when named. */
    @Test
    void checkLeavesCacheDirAlone() throws IOException {
        Path site = siteWithCacheDir();
        Cli.Run run = Cli.run("check", "--source", site.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(site.resolve(".build-cache")).doesNotExist();
    }

    /** The fixture site with {@code cache_dir: .build-cache} in its site.yaml. */
    private Path siteWithCacheDir() throws IOException {
        Path site = FixtureSite.copyTo(temp.resolve("site"));
        Files.writeString(site.resolve("site.yaml"), Files.readString(site.resolve("site.yaml"))
                + "cache_dir: .build-cache\n");
        return site;
    }

    @Test
    void aCacheOfAnotherVersionIsANoteNotAnError() throws IOException {
        Path site = FixtureSite.copyTo(temp.resolve("site"));
        Path cache = temp.resolve("cache");
        assertThat(Cli.run("build", "--source", site.toString(), "--cache", cache.toString()).exit()).isZero();
        // A cache index in an older format: what an earlier release would have left.
        Files.write(cache.resolve("index"), "EVPCACHE\0\0\0\1 older entries".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Cli.Run run = Cli.run("build", "--source", site.toString(), "--cache", cache.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.err().lines().filter(l -> l.contains("build cache"))).singleElement().asString()
                .startsWith("evpress: note: build cache").contains("another version").contains("rebuilding");
    }

    @Test
    void aCacheInsideTheSourcesOrTheOutputIsRefused() throws IOException {
        Path site = FixtureSite.copyTo(temp.resolve("site"));
        Cli.Run inContent = Cli.run("build", "--source", site.toString(), "--cache",
                site.resolve("content/cache").toString());
        assertThat(inContent.exit()).isEqualTo(2);
        assertThat(inContent.err()).contains("part of the site's sources");

        Cli.Run inOutput = Cli.run("build", "--source", site.toString(), "--cache", site.resolve("site/cache").toString());
        assertThat(inOutput.exit()).isEqualTo(2);
        assertThat(inOutput.err()).contains("output folder");

        Path someone = Files.createDirectories(temp.resolve("documents"));
        Files.writeString(someone.resolve("thesis.txt"), "mine");
        Cli.Run foreign = Cli.run("build", "--source", site.toString(), "--cache", someone.toString());
        assertThat(foreign.exit()).isEqualTo(2);
        assertThat(foreign.err()).contains("did not create");
        assertThat(someone.resolve("thesis.txt")).hasContent("mine");
    }

    private static Map<String, String> tree(Path dir) {
        Map<String, String> files = Trees.digest(dir);
        files.remove(OutputFolder.MARKER);
        return files;
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }
}
