package org.evidencepress.cli;

import org.evidencepress.testing.Cli;
import org.evidencepress.testing.MiniSite;
import org.evidencepress.pipeline.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code build} and {@code check} do to the disk, and the exit codes that say so. */
class BuildEndToEndTest {

    /** A journal of punctuation alone has no page of its own, as such a tag has none, and says so at itself. */
    @Test
    void aJournalOfPunctuationAloneIsAWarningAndHasNoJournalPage(@TempDir Path tmp) throws IOException {
        MiniSite.write(tmp, "-- site.yaml --\ntitle: T\nbaseUrl: https://example.org/\n"
                + "-- content/reviews/a.md --\n"
                + MiniSite.review("Alpha", "2025-01-01", "").replace("journal: Test Journal", "journal: \"\u2014\"")
                + "-- content/reviews/b.md --\n" + MiniSite.review("Beta", "2025-02-01", ""));
        Cli.Run run = Cli.run("build", "-s", tmp.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.err()).as(run.all()).contains("content/reviews/a.md:7:12: warning: 'study.journal' '\u2014'"
                + " has no letter or digit to name its page by and is left out of the journal pages");
        Path site = tmp.resolve("site");
        assertThat(site.resolve("journals/-/index.html")).doesNotExist();
        assertThat(site.resolve("journals/test-journal/index.html")).exists();
        assertThat(Files.readString(site.resolve("journals/index.html"))).doesNotContain("journals/-/")
                .doesNotContain("\u2014</a>");
        assertThat(Files.readString(site.resolve("sitemap.xml"))).doesNotContain("journals/-/");
        assertThat(Files.readString(site.resolve("reviews/a/index.html"))).contains("\u2014");
    }

    @Test
    void aFileTheBuildCannotWriteStopsItWithOneLineAndLeavesThePreviousSite(@TempDir Path tmp) throws IOException {
        Path site = builtOnce(tmp);
        Map<String, String> before = Trees.digest(site.resolve("site"));

        // A tag page's folder name longer than the file system takes: as a full disk would, a write fails.
        Path review = site.resolve("content/reviews/good.md");
        Files.writeString(review, Files.readString(review).replace("title: A test review\n",
                "title: A test review\ntags: [" + "long".repeat(80) + "]\n"));
        Cli.Run failed = build(site);

        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.err()).as(failed.all()).startsWith("evpress: the build stopped on a file it could not read or"
                + " write: ").contains("tags/longlong").endsWith(site.resolve("site") + " is left as it was\n")
                .doesNotContain("internal error").doesNotContain("\tat ");
        assertThat(Trees.digest(site.resolve("site"))).isEqualTo(before);
        try (Stream<Path> left = Files.list(site)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("building"));
        }
    }

    @Test
    void aStaticFileInTheWayOfAPagesFolderOrInsideAPageIsAnErrorAtItsPath(@TempDir Path tmp) throws IOException {
        Path site = builtOnce(tmp);
        Map<String, String> before = Trees.digest(site.resolve("site"));

        Files.createDirectories(site.resolve("static/reviews/good/index.html"));
        Files.writeString(site.resolve("static/reviews/good/index.html/x.png"), "inside a page\n");
        Files.writeString(site.resolve("static/sources"), "in the way\n");
        Cli.Run failed = build(site);

        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.err()).as(failed.all())
                .contains("static/sources:1:1: error: static file is in the way of the folder sources/, where the build"
                        + " writes sources/index.html; rename it")
                .contains("static/reviews/good/index.html/x.png:1:1: error: static file is inside"
                        + " reviews/good/index.html, which the build writes as a file; rename it")
                .doesNotContain("stopped on a file").doesNotContain("\tat ");
        assertThat(Trees.digest(site.resolve("site"))).isEqualTo(before);
    }

    /** The machine's litter stays out of the site; the dotfiles hosts read are published. */
    @Test
    void staticFilesAreCopiedButTheOperatingSystemsLitter(@TempDir Path tmp) throws IOException {
        Path site = builtOnce(tmp);
        for (String path : new String[] {"static/.DS_Store", "static/images/._logo.png", "static/images/Thumbs.db",
                "static/images/desktop.ini", "static/images/.logo.png.swp", "static/images/logo.png~",
                "static/images/logo.png", "static/.nojekyll", "static/.well-known/security.txt", "static/.htaccess"}) {
            Files.createDirectories(site.resolve(path).getParent());
            Files.writeString(site.resolve(path), "x\n");
        }
        Cli.Run run = build(site);

        assertThat(run.exit()).as(run.all()).isZero();
        Path out = site.resolve("site");
        assertThat(out.resolve("images/logo.png")).exists();
        assertThat(out.resolve(".nojekyll")).exists();
        assertThat(out.resolve(".well-known/security.txt")).exists();
        assertThat(out.resolve(".htaccess")).exists();
        for (String litter : new String[] {".DS_Store", "images/._logo.png", "images/Thumbs.db", "images/desktop.ini",
                "images/.logo.png.swp", "images/logo.png~"}) {
            assertThat(out.resolve(litter)).doesNotExist();
        }
    }

    @Test
    void aFailingBuildLeavesThePreviousSiteByteIdentical(@TempDir Path tmp) throws IOException {
        Path site = builtOnce(tmp);
        Map<String, String> before = Trees.digest(site.resolve("site"));
        assertThat(before).containsKey("reviews/good/index.html");

        Path review = site.resolve("content/reviews/good.md");
        Files.writeString(review, Files.readString(review).replace("year: 2023", "year: twenty"));
        Cli.Run failed = build(site);

        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.diagnostics()).containsExactly(
                "content/reviews/good.md:6:9: error: 'study.year' must be an integer year, got \"twenty\"");
        assertThat(Trees.digest(site.resolve("site"))).isEqualTo(before);
        try (Stream<Path> left = Files.list(site)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no staging folder left behind")
                    .noneMatch(name -> name.startsWith("."));
        }
    }

    @Test
    void checkWritesNothing(@TempDir Path tmp) {
        Path site = tmp.resolve("site-src");
        Trees.copy(Cli.site("valid"), site);
        Map<String, String> before = Trees.digest(tmp);

        assertThat(Cli.run("check", "--source", site.toString()).exit()).isZero();

        assertThat(Trees.digest(tmp)).isEqualTo(before);
        assertThat(site.resolve("site")).doesNotExist();
    }

    @Test
    void anOutputFolderHoldingSomeoneElsesFilesIsRefusedWithExitTwo(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site-src");
        Trees.copy(Cli.site("valid"), site);
        Path notes = tmp.resolve("notes");
        Files.createDirectories(notes);
        Files.writeString(notes.resolve("thesis.txt"), "years of work");

        Cli.Run run = Cli.run("build", "--source", site.toString(), "--output", notes.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("refusing to replace").contains("choose another --output");
        assertThat(Files.readString(notes.resolve("thesis.txt"))).isEqualTo("years of work");
        try (Stream<Path> left = Files.list(notes)) {
            assertThat(left).hasSize(1);
        }
    }

    @Test
    void relativeMarkdownLinksBecomeLinksToThePages(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site-src");
        Trees.copy(Cli.site("valid"), site);

        assertThat(Cli.run("build", "--source", site.toString()).exit()).isZero();

        String about = Files.readString(site.resolve("site/about/index.html"), StandardCharsets.UTF_8);
        assertThat(about).contains("<a href=\"../reviews/good/\">the review</a>")
                .contains("<a href=\"../reviews/good/#findings\">its findings</a>")
                .doesNotContain(".md\"");
    }

    /** A template that links to a theme shared between sites is read where it leads, as a linked templates/ folder is. */
    @Test
    void aTemplateThatIsALinkIsFollowed(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site-src");
        Trees.copy(Cli.site("valid"), site);
        Path shared = Files.writeString(tmp.resolve("shared-404.ftlh"), "<!DOCTYPE html><title>Lost</title><p>Shared theme</p>");
        Files.createDirectories(site.resolve("templates"));
        Files.createSymbolicLink(site.resolve("templates/404.ftlh"), site.resolve("templates").relativize(shared));

        Cli.Run run = build(site);
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(Files.readString(site.resolve("site/404.html"))).contains("Shared theme");
    }

    /** The valid site copied under {@code tmp} and built once into its {@code site/}. */
    private static Path builtOnce(Path tmp) {
        Path site = tmp.resolve("site-src");
        Trees.copy(Cli.site("valid"), site);
        assertThat(build(site).exit()).isZero();
        return site;
    }

    private static Cli.Run build(Path site) {
        return Cli.run("build", "--source", site.toString(), "--base-url", "https://example.org");
    }
}
