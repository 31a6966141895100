package org.evidencepress.cli;

import org.evidencepress.pipeline.BuildOptions;
import org.evidencepress.pipeline.BuildReport;
import org.evidencepress.pipeline.SiteBuild;
import org.evidencepress.testing.Cli;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class NewCommandTest {
    @TempDir
    Path site;

    @Test
    void writesAReviewNamedAfterTheTitle() throws Exception {
        int code = Main.run("new", "Green tea and memory", "--source", site.toString());

        Path file = site.resolve("content/reviews/green-tea-and-memory.md");
        assertThat(code).isZero();
        assertThat(Files.readString(file)).startsWith("---\ntitle: \"Green tea and memory\"")
                .contains("draft: true", "study:", "sources:", "## Future Research Questions");
    }

    /** A title may open with a dash, as a list item or a temperature does; a mistyped option is no title. */
    @Test
    void aTitleStartingWithADashNeedsNoDoubleDash() throws Exception {
        Cli.Run dash = Cli.run("new", "- what the trials say", "--source", site.toString());
        assertThat(dash.exit()).as(dash.all()).isZero();
        assertThat(Files.readString(site.resolve("content/reviews/what-the-trials-say.md")))
                .startsWith("---\ntitle: \"- what the trials say\"");
        assertThat(Cli.run("new", "-20 °C storage of vaccines", "-s", site.toString()).exit()).isZero();
        assertThat(site.resolve("content/reviews/20-c-storage-of-vaccines.md")).exists();

        Cli.Run option = Cli.run("new", "--draft", "-s", site.toString());
        assertThat(option.exit()).isEqualTo(ExitCode.USAGE.code);
        assertThat(option.err()).isEqualTo("evpress: unknown option '--draft' (a title that starts with '-' goes"
                + " after '--': evpress new -- \"--draft\")\n");
        assertThat(Cli.run("new", "-s", site.toString(), "--", "--draft").exit()).isZero();
        assertThat(site.resolve("content/reviews/draft.md")).exists();
    }

    /** The headings land on the page: in the site's language, from the site's own labels first. */
    @Test
    void theScaffoldsHeadingsAreInTheSitesLanguage() throws Exception {
        MiniSite.write(site, "-- site.yaml --\nbaseUrl: https://example.org\nlanguage: fr\n"
                + "-- i18n/fr.yaml --\nnew_future: Pistes de recherche\n");
        assertThat(Main.run("new", "Café et sommeil", "-s", site.toString())).isZero();
        assertThat(Files.readString(site.resolve("content/reviews/café-et-sommeil.md")))
                .contains("\n## Ce que l’étude a montré\n", "\n## Ce que disent les autres travaux\n",
                        "\n## Pistes de recherche\n", "| Question de recherche | Intérêt |")
                .doesNotContain("What the study found", "Future Research Questions");
    }

    /** A site's own language need not translate what only 'new' writes: its build has nothing to say of it. */
    @Test
    void aSitesOwnLanguageWithoutTheScaffoldsWordsGetsThemInEnglishWithoutAWarning() throws Exception {
        MiniSite.write(site, "-- site.yaml --\nbaseUrl: https://example.org\nlanguage: pt\n");
        StringBuilder portuguese = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("src/main/resources/theme/i18n/en.yaml"))) {
            if (line.matches("[a-z_0-9]+: .*") && !line.startsWith("new_")) {
                portuguese.append(line).append('\n');
            }
        }
        Files.createDirectories(site.resolve("i18n"));
        Files.writeString(site.resolve("i18n/pt.yaml"), portuguese);
        assertThat(Main.run("new", "Café e sono", "-s", site.toString())).isZero();
        assertThat(Files.readString(site.resolve("content/reviews/café-e-sono.md"))).contains("## What the study found");

        BuildReport report = SiteBuild.run(new BuildOptions(site, site.resolve("site"), true, false, null, false,
                LocalDate.now()));
        assertThat(report.diagnostics()).isEmpty();
    }

    /** A serve without --drafts answers 404 at the new review's address: the author is told how to see it. */
    @Test
    void sayingWhereTheDraftIsAndHowToPreviewIt() {
        Cli.Run run = Cli.run("new", "Green tea and memory", "-s", site.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.out()).isEqualTo("created content/reviews/green-tea-and-memory.md"
                + " (draft: true; preview it with 'evpress serve --drafts')\n");
    }

    @Test
    void refusesToOverwriteAnExistingReview() throws Exception {
        Path file = site.resolve("content/reviews/green-tea-and-memory.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "the author's work\n");

        int code = Main.run("new", "Green tea and memory", "--source", site.toString());

        assertThat(code).isEqualTo(ExitCode.USAGE.code);
        assertThat(Files.readString(file)).isEqualTo("the author's work\n");
    }

    @Test
    void theScaffoldBuildsWithDraftsWithoutErrors() {
        assertThat(Main.run("new", "Green tea and memory", "--source", site.toString())).isZero();

        BuildReport report = SiteBuild.run(new BuildOptions(site, site.resolve("site"), true, false, null, false,
                LocalDate.now()));

        assertThat(report.diagnostics()).noneMatch(d -> d.isError());
        assertThat(report.reviews()).isEqualTo(1);
        assertThat(site.resolve("site/reviews/green-tea-and-memory/index.html")).exists();
    }

    /** Java writes numbers in a machine's own digits (Arabic-Indic in Egypt), which YAML does not read as a year. */
    @Test
    void theScaffoldWritesItsYearsInAsciiDigitsWhateverTheMachinesLanguage() throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ar-EG"));
        try {
            assertThat(Main.run("new", "Green tea and memory", "--source", site.toString())).isZero();
        } finally {
            Locale.setDefault(before);
        }
        String year = String.valueOf(LocalDate.now().getYear());
        assertThat(Files.readString(site.resolve("content/reviews/green-tea-and-memory.md")))
                .contains("  year: " + year + " ", "    year: " + year + "\n");
    }

    @Test
    void refusesATitleWhoseSlugAnotherReviewHas() {
        MiniSite.write(site, "-- content/reviews/older.md --\n"
                + MiniSite.review("Older", "2025-01-01", "slug: my-slug"));

        Cli.Run run = Cli.run("new", "My slug", "--source", site.toString());

        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCode.USAGE.code);
        assertThat(run.err()).contains("content/reviews/older.md already has the slug 'my-slug'");
        assertThat(site.resolve("content/reviews/my-slug.md")).doesNotExist();
    }

    @Test
    void refusesASiteFolderThatDoesNotExist() {
        Path missing = site.resolve("nonexistent/zz");

        Cli.Run run = Cli.run("new", "Green tea and memory", "-s", missing.toString());

        assertThat(run.exit()).as(run.all()).isEqualTo(ExitCode.USAGE.code);
        assertThat(run.err()).contains(missing + " does not exist");
        assertThat(site.resolve("nonexistent")).doesNotExist();
    }

    @Test
    void aLongTitleGivesASlugCutAtAWord() throws Exception {
        String title = "Effects of green tea on memory in older adults ".repeat(7).strip();
        assertThat(title).hasSizeGreaterThan(300);
        assertThat(Main.run("new", title, "--source", site.toString())).isZero();
        assertThat(Main.run("new", "x".repeat(300), "--source", site.toString())).isZero();

        try (Stream<Path> files = Files.list(site.resolve("content/reviews"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "effects-of-green-tea-on-memory-in-older-adults-effects-of-green-tea-on.md",
                    "x".repeat(NewCommand.MAX_SLUG) + ".md");
        }
        BuildReport report = SiteBuild.run(new BuildOptions(site, site.resolve("site"), true, false, null, false,
                LocalDate.now()));
        assertThat(report.diagnostics()).noneMatch(d -> d.isError());
    }

    @Test
    void aTitleInAScriptWithCombiningMarksBuilds() {
        assertThat(Main.run("new", "\u0939\u093f\u0928\u094d\u0926\u0940", "--source", site.toString())).isZero();

        BuildReport report = SiteBuild.run(new BuildOptions(site, site.resolve("site"), true, false, null, false,
                LocalDate.now()));

        assertThat(report.diagnostics()).noneMatch(d -> d.isError());
        assertThat(report.reviews()).isEqualTo(1);
    }
}
