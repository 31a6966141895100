package org.evidencepress.cli;

import org.evidencepress.testing.Cli;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain pages in the main navigation: left out with menu: false, ordered by weight as in Hugo. */
class NavigationEndToEndTest {
    @TempDir
    Path dir;

    private static String page(String title, String keys) {
        return "---\ntitle: " + title + "\n" + keys + "---\n\nText of " + title + ".\n";
    }

    @Test
    void menuFalseLeavesAPageOutAndWeightOrdersTheRest() throws IOException {
        MiniSite.write(dir, "-- site.yaml --\ntitle: T\nbaseUrl: https://example.org/\n"
                + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01", "")
                + "-- content/about.md --\n" + page("About", "weight: 2\n")
                + "-- content/contact.md --\n" + page("Contact", "weight: -1\n")
                + "-- content/imprint.md --\n" + page("Imprint", "menu: false\n")
                + "-- content/legal/cookies.md --\n" + page("Cookies", "")
                + "-- content/team.md --\n" + page("Team", "weight: 0\n"));
        Cli.Run run = Cli.run("build", "-s", dir.toString());
        assertThat(run.exit()).as(run.all()).isZero();

        String home = Files.readString(dir.resolve("site/index.html"));
        Matcher nav = Pattern.compile("<nav class=\"site-nav\"[\\s\\S]*?</nav>").matcher(home);
        assertThat(nav.find()).isTrue();
        assertThat(nav.group().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip())
                .as("unweighted pages, as weight 0, come last, as in Hugo")
                .endsWith("Sources Search Contact About Cookies Team");
        assertThat(dir.resolve("site/imprint/index.html")).exists();
    }

    @Test
    void aPageDatedInTheFutureIsHeldBackLikeAReviewUnlessAskedFor() throws IOException {
        MiniSite.write(dir, "-- site.yaml --\ntitle: T\nbaseUrl: https://example.org/\n"
                + "-- content/about.md --\n" + page("About", "date: 2025-01-01\n")
                + "-- content/launch.md --\n" + page("Launch", "date: 2999-01-01\n"));
        Cli.Run run = Cli.run("build", "-s", dir.toString());
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(dir.resolve("site/launch/index.html")).doesNotExist();
        assertThat(Files.readString(dir.resolve("site/index.html"))).contains("about/").doesNotContain("launch/");
        assertThat(Files.readString(dir.resolve("site/sitemap.xml"))).doesNotContain("launch/");

        Cli.Run future = Cli.run("build", "-s", dir.toString(), "--future");
        assertThat(future.exit()).as(future.all()).isZero();
        assertThat(dir.resolve("site/launch/index.html")).exists();
    }

    @Test
    void aPageInAnotherLanguageIsNamedWithItsLang() throws IOException {
        MiniSite.write(dir, "-- site.yaml --\ntitle: T\nbaseUrl: https://example.org/\nlanguage: en\n"
                + "-- content/about.md --\n" + page("About", "language: en\n")
                + "-- content/propos.md --\n" + page("À propos", "language: fr\n"));
        Cli.Run run = Cli.run("build", "-s", dir.toString());
        assertThat(run.exit()).as(run.all()).isZero();

        assertThat(Files.readString(dir.resolve("site/index.html")))
                .contains("<li><a href=\"about/\">About</a></li>", "<li><a href=\"propos/\" lang=\"fr\">À propos</a></li>");
        assertThat(Files.readString(dir.resolve("site/propos/index.html")))
                .contains("<li><a href=\"../propos/\" aria-current=\"page\">À propos</a></li>");
    }

    /** A review in German on an English site names the English pages of its navigation as English. */
    @Test
    void aPageInTheSitesLanguageIsNamedWithItsLangOnAPageInAnother() throws IOException {
        MiniSite.write(dir, "-- site.yaml --\ntitle: T\nbaseUrl: https://example.org/\nlanguage: en\n"
                + "-- content/reviews/a.md --\n" + MiniSite.review("Betahistin bei Schwindel", "2025-01-01", "language: de")
                + "-- content/about.md --\n" + page("About", "")
                + "-- content/propos.md --\n" + page("À propos", "language: fr\n")
                + "-- content/impressum.md --\n" + page("Impressum", "language: de\n"));
        Cli.Run run = Cli.run("build", "-s", dir.toString());
        assertThat(run.exit()).as(run.all()).isZero();

        assertThat(Files.readString(dir.resolve("site/reviews/a/index.html"))).contains("<html lang=\"de\">",
                "<li><a href=\"../../about/\" lang=\"en\">About</a></li>",
                "<li><a href=\"../../propos/\" lang=\"fr\">À propos</a></li>",
                "<li><a href=\"../../impressum/\">Impressum</a></li>");
        assertThat(Files.readString(dir.resolve("site/index.html")))
                .contains("<li><a href=\"about/\">About</a></li>", "<li><a href=\"impressum/\" lang=\"de\">Impressum</a></li>");
    }

    @Test
    void aWeightThatIsNoNumberOrHugosMenuNameIsAnErrorAtItsValue() {
        MiniSite.write(dir, "-- content/about.md --\n" + page("About", "weight: heavy\nmenu: main\n"));
        Cli.Run run = Cli.run("check", "-s", dir.toString());
        assertThat(run.diagnostics()).as(run.all()).containsExactly(
                "content/about.md:3:9: error: 'weight' must be a whole number, got \"heavy\"",
                "content/about.md:4:7: error: 'menu' must be true or false; a plain page is in the main navigation"
                        + " unless it says menu: false");
    }

    /** Hugo takes any int as a weight; a page's weight of seven digits was refused as "no whole number". */
    @Test
    void aWeightIsAnyWholeNumberAnIntHolds() {
        MiniSite.write(dir, "-- content/about.md --\n" + page("About", "weight: 1234567\n")
                + "-- content/team.md --\n" + page("Team", "weight: -2147483648\n")
                + "-- content/imprint.md --\n" + page("Imprint", "weight: 2147483648\n"));
        Cli.Run run = Cli.run("check", "-s", dir.toString());
        assertThat(run.diagnostics()).as(run.all()).containsExactly(
                "content/imprint.md:3:9: error: 'weight' must be a whole number, got \"2147483648\"");
    }
}
