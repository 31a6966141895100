package org.evidencepress.cli;

import org.evidencepress.output.OutputFolder;
import org.evidencepress.testing.Cli;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line on small sites written to a temp folder, as a user would run it. */
class CliEndToEndTest {
    private static final String GOOD = "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01", "")
            + "-- content/reviews/b.md --\n" + MiniSite.review("Beta", "2025-01-02", "")
            + "-- content/about.md --\nAbout us.\n";

    @TempDir
    Path dir;

    private Cli.Run build(String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "build";
        args[1] = "--source";
        args[2] = dir.toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        return Cli.run(args);
    }

    @Test
    void badSiteExitsOneWithEveryProblemAndLeavesThePreviousOutputAsItWas() throws IOException {
        MiniSite.write(dir, GOOD);
        Cli.Run first = build();
        assertThat(first.exit()).as(first.all()).isZero();
        SortedMap<String, String> before = MiniSite.snapshot(dir.resolve("site"));
        assertThat(before).containsKeys("index.html", "reviews/a/index.html", OutputFolder.MARKER);

        MiniSite.write(dir, "-- content/reviews/a.md --\n"
                + MiniSite.review("Alpha", "2025-01-01", "").replace("year: 2020", "year: twenty")
                + "-- content/reviews/b.md --\n"
                + MiniSite.review("Beta", "2025-01-02", "").replace("[@s1]", "[@s1; @nope]"));
        Cli.Run second = build();

        assertThat(second.exit()).as(second.all()).isEqualTo(1);
        assertThat(second.err()).contains(
                "content/reviews/a.md:6:9: error: 'study.year' must be an integer year, got \"twenty\"\n",
                "content/reviews/b.md:17:17: error: unknown citation id '@nope': no source with id 'nope' in this review\n");
        assertThat(second.err().indexOf("a.md:6:9")).isLessThan(second.err().indexOf("b.md:17:17"));
        assertThat(MiniSite.snapshot(dir.resolve("site"))).isEqualTo(before);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no staging folder left behind")
                    .containsExactlyInAnyOrder("content", "site");
        }
    }

    @Test
    void aFrontMatterErrorDoesNotHideTheProblemsOfTheBodyBelowIt() throws IOException {
        MiniSite.write(dir, "-- content/reviews/a.md --\n"
                + MiniSite.review("Alpha", "2025-01-01", "tags: {x: 5}").replace("[@s1]", "[@s1; @nope]")
                + "[y](javascript:alert(1))\n"
                + "-- content/reviews/b.md --\n"
                + MiniSite.review("Beta", "2025-01-02", "").replace("  - id: s1\n", "  - id: [s1]\n"));
        Cli.Run run = Cli.run("check", "--source", dir.toString());
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        assertThat(run.err()).contains(
                "content/reviews/a.md:5:7: error: 'tags' must be a list",
                "content/reviews/a.md:18:17: error: unknown citation id '@nope'",
                "content/reviews/a.md:19:1: error: link scheme 'javascript:' is not allowed",
                "content/reviews/b.md:10:9: error:");
        assertThat(run.err()).as("with a source in error, its citations are not reported as unknown on top")
                .doesNotContain("b.md:17");
    }

    @Test
    void aBadBaseUrlOrLanguageIsOneErrorAtItsLineNotOneForEveryLinkMadeFromIt() {
        MiniSite.write(dir, GOOD + "-- site.yaml --\ntitle: T\nbaseUrl: reviews.example.org\nlanguage: en_US\n");
        Cli.Run run = Cli.run("check", "--source", dir.toString());
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        assertThat(run.diagnostics()).containsExactly(
                "site.yaml:2:10: error: baseUrl must be an absolute http or https URL",
                "site.yaml:3:11: error: language must be a language tag such as 'en' or 'en-GB'");
    }

    @Test
    void buildingTwiceGivesByteIdenticalOutput() {
        MiniSite.write(dir, GOOD);
        assertThat(build().exit()).isZero();
        SortedMap<String, String> first = MiniSite.snapshot(dir.resolve("site"));
        assertThat(build().exit()).isZero();
        assertThat(MiniSite.snapshot(dir.resolve("site"))).isEqualTo(first);
    }

    @Test
    void refusesAnOutputFolderHoldingForeignFiles() throws IOException {
        MiniSite.write(dir, GOOD + "-- elsewhere/notes.txt --\nkeep me\n");
        Path foreign = dir.resolve("elsewhere");
        Cli.Run run = build("--output", foreign.toString());
        assertThat(run.exit()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).contains("refusing to replace " + foreign.toRealPath()
                + ": it holds files Evidence Press did not create");
        assertThat(foreign.resolve("notes.txt")).hasContent("keep me");
        assertThat(foreign.resolve("index.html")).doesNotExist();
    }

    @Test
    void refusesToReplaceItsOwnOutputFolderOnceASitesSourcesWerePutIntoIt() throws IOException {
        MiniSite.write(dir, GOOD);
        assertThat(build().exit()).isZero();
        MiniSite.write(dir.resolve("site"), "-- content/reviews/draft.md --\nkeep me\n");
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).contains("refusing to replace " + dir.toRealPath().resolve("site")
                + ": it holds content, which Evidence Press did not create");
        assertThat(dir.resolve("site/content/reviews/draft.md")).hasContent("keep me");
    }

    @Test
    void makesTheFoldersAboveTheOutputFolderAsAFreshCheckoutNeeds() {
        MiniSite.write(dir, GOOD);
        Path out = dir.resolve("public/preview/site");
        Cli.Run run = build("--output", out.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(out.resolve("reviews/a/index.html")).isNotEmptyFile();
    }

    /** The folder above a site, or its content/, given as the site: an error, not an empty site published with exit 0. */
    @Test
    void aFolderThatIsNoSiteIsRefusedByEveryCommand() throws IOException {
        MiniSite.write(dir, GOOD);
        Path notes = Files.createDirectories(dir.resolve("notes"));
        for (String command : new String[] {"build", "check"}) {
            Cli.Run run = Cli.run(command, "--source", dir.resolve("content").toString(), "--strict");
            assertThat(run.exit()).as(run.all()).isEqualTo(2);
            assertThat(run.err()).contains("holds neither content/ nor site.yaml: give the site's folder (" + dir + "?)");
        }
        Cli.Run elsewhere = Cli.run("build", "--source", notes.toString());
        assertThat(elsewhere.err()).as(elsewhere.all()).contains(notes + " holds neither content/ nor site.yaml");
        Cli.Run created = Cli.run("new", "Hello", "--source", dir.resolve("content").toString());
        assertThat(created.exit()).as(created.all()).isEqualTo(2);
        assertThat(dir.resolve("content/content")).doesNotExist();
    }

    /** A file named content is not a missing content/ folder: the message says what is there. */
    @Test
    void aContentFileIsNamedAsAFile() throws IOException {
        Files.writeString(dir.resolve("content"), "# notes\n");
        Cli.Run run = Cli.run("build", "--source", dir.toString());
        assertThat(run.exit()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).as(run.all()).contains(dir.resolve("content") + " is a file, not a folder")
                .doesNotContain("holds neither");
        Files.writeString(dir.resolve("site.yaml"), "title: Notes\n");
        Cli.Run withConfig = Cli.run("build", "--source", dir.toString());
        assertThat(withConfig.exit()).as(withConfig.all()).isEqualTo(2);
        assertThat(withConfig.err()).contains(dir.resolve("content") + " is a file, not a folder");
    }

    @Test
    void refusesAnOutputFolderUnderAFile() throws IOException {
        MiniSite.write(dir, GOOD + "-- notes.txt --\nkeep me\n");
        Cli.Run run = build("--output", dir.resolve("notes.txt/site").toString());
        assertThat(run.exit()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).contains("refusing to write into " + dir.toRealPath().resolve("notes.txt/site")
                + ": " + dir.toRealPath().resolve("notes.txt") + " is not a folder");
        assertThat(dir.resolve("notes.txt")).hasContent("keep me");
    }

    @Test
    void refusesTheSourceFolderAndItsContentFolder() throws IOException {
        MiniSite.write(dir, GOOD);
        SortedMap<String, String> sources = MiniSite.snapshot(dir);

        Cli.Run intoSource = build("--output", dir.toString());
        assertThat(intoSource.exit()).as(intoSource.all()).isEqualTo(2);
        assertThat(intoSource.err()).contains("refusing to replace " + dir.toRealPath() + ": it holds the site's sources");

        Cli.Run intoContent = build("--output", dir.resolve("content").toString());
        assertThat(intoContent.exit()).as(intoContent.all()).isEqualTo(2);
        assertThat(intoContent.err()).contains("refusing to write into " + dir.toRealPath().resolve("content")
                + ": it is part of the site's sources");

        assertThat(MiniSite.snapshot(dir)).isEqualTo(sources);
    }

    @Test
    void aFolderWithOnlyContentBuildsWithTheBundledTheme() throws IOException {
        MiniSite.write(dir, GOOD);
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isZero();
        Path site = dir.resolve("site");
        assertThat(site.resolve("css/style.css")).isNotEmptyFile();
        assertThat(site.resolve("js/search.js")).isNotEmptyFile();
        assertThat(Files.readString(site.resolve("reviews/a/index.html")))
                .contains("<h1 class=\"review-title\">Alpha</h1>", "<h2 id=\"study-overview\">Study Overview</h2>");
    }

    @Test
    void aSiteTemplateOverridesOnlyThatTemplate() throws IOException {
        MiniSite.write(dir, GOOD + "-- templates/404.ftlh --\n<!DOCTYPE html><title>Lost</title><p>Our own 404</p>\n");
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isZero();
        Path site = dir.resolve("site");
        assertThat(Files.readString(site.resolve("404.html"))).contains("Our own 404");
        assertThat(Files.readString(site.resolve("reviews/a/index.html"))).contains("class=\"skip-link\"");
    }

    @Test
    void checkReportsProblemsAndWritesNothing() {
        MiniSite.write(dir, "-- content/reviews/a.md --\n"
                + MiniSite.review("Alpha", "2025-01-01", "titel: x"));
        Cli.Run run = Cli.run("check", "--source", dir.toString(), "--strict");
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        assertThat(run.err()).contains("content/reviews/a.md:5:1: error: unknown key 'titel'; did you mean 'title'?");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void checkReportsEveryProblemOfTheWholeSiteInOneRun() throws IOException {
        MiniSite.write(dir, "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01", "slug: same")
                + "-- content/reviews/b.md --\n" + MiniSite.review("Beta", "2025-01-01", "slug: same")
                + "-- content/reviews/c.md --\n" + MiniSite.review("Gamma", "2025-01-01", "")
                        + "\nSee [missing](nowhere.md), [a gap](#no-such-heading) and [ok](a.md).\n"
                + "-- content/about.md --\nAbout.\n");
        Files.write(dir.resolve("content/binary.md"), new byte[]{'P', 'K', 3, 4, 0, 0});
        Files.write(dir.resolve("content/latin1.md"), new byte[]{'c', 'a', 'f', (byte) 0xE9, '\n'});
        Cli.Run run = Cli.run("check", "--source", dir.toString());
        assertThat(run.exit()).as(run.all()).isEqualTo(1);
        assertThat(run.err().lines().filter(l -> l.matches("content/\\S+:\\d+:\\d+: error: .*"))).containsExactly(
                "content/binary.md:1:1: error: file is not text (it holds binary data)",
                "content/latin1.md:1:4: error: invalid UTF-8 byte 0xE9, 'é' in Windows-1252 ('ANSI'); save the file as UTF-8",
                "content/reviews/b.md:5:7: error: duplicate slug 'same': content/reviews/a.md already uses it;"
                        + " give one of them another slug",
                "content/reviews/c.md:19:5: error: link 'nowhere.md' names no content file:"
                        + " content/reviews/nowhere.md does not exist",
                "content/reviews/c.md:19:28: error: link '#no-such-heading': no heading or anchor 'no-such-heading'"
                        + " on this page");
    }

    @Test
    void aBodyOfSeveralMegabytesBuilds() {
        String paragraph = "Sleep and mood are linked in many studies of adults and children alike. ".repeat(20) + "\n\n";
        MiniSite.write(dir, "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01", "")
                + paragraph.repeat(3_000));
        Cli.Run run = build();
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(dir.resolve("site/reviews/a/index.html").toFile().length()).isGreaterThan(4_000_000);
    }

    @Test
    void wrongUsageExitsTwo() {
        Cli.Run run = Cli.run("build", "--no-such-option");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--no-such-option'");

        // A misspelt command or option is named, as Hugo and git name it, rather than the whole usage printed.
        Cli.Run command = Cli.run("biuld");
        assertThat(command.exit()).isEqualTo(2);
        assertThat(command.err()).contains("did you mean 'evpress build'?").doesNotContain("Usage:");
        Cli.Run option = Cli.run("build", "--sourc", "x");
        assertThat(option.exit()).isEqualTo(2);
        assertThat(option.err()).contains("Possible solutions: --source");
        Cli.Run nothingNear = Cli.run("frobnicate");
        assertThat(nothingNear.exit()).isEqualTo(2);
        assertThat(nothingNear.err()).contains("Usage: evpress").doesNotContain("did you mean");
    }
}
