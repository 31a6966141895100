package org.evidencepress.search;

import org.evidencepress.testing.Browser;
import org.evidencepress.testing.Fixtures;
import org.evidencepress.testing.MiniSite;
import org.evidencepress.testing.StaticServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in search page in a real browser, opened from disk as a reader of a downloaded site would. */
class SearchBrowserTest {

    @Test
    void typingAWordOfAReviewTitleListsThatReviewFirst(@TempDir Path dir) {
        // The newer review mentions melatonin only in its summary and tags; a title match must still win.
        MiniSite.write(dir, "-- content/reviews/zinc.md --\n"
                + MiniSite.review("Zinc lozenges shorten colds", "2025-06-01",
                        "tags: [melatonin]").replace("summary: Summary of", "summary: Unlike melatonin, ")
                + "-- content/reviews/melatonin.md --\n"
                + MiniSite.review("Melatonin eases jet lag", "2024-01-01", "")
                + "-- content/reviews/other.md --\n"
                + MiniSite.review("Vitamin D and bone health", "2025-03-01", ""));
        Path site = dir.resolve("site");
        Fixtures.build(dir, site);

        try (Browser browser = Browser.start()) {
            var driver = browser.driver();
            driver.get(site.resolve("search/index.html").toUri().toString());
            driver.findElement(By.id("search-input")).sendKeys("melatonin");

            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            List<WebElement> links = wait.until(d -> {
                List<WebElement> found = d.findElements(By.cssSelector("#search-results li a"));
                return found.size() == 2 ? found : null;
            });
            assertThat(links.get(0).getText()).isEqualTo("Melatonin eases jet lag");
            // Opened from disk, a result opens the page, not a listing of its folder.
            assertThat(links.get(0).getAttribute("href")).startsWith("file:").endsWith("reviews/melatonin/index.html");
            assertThat(links.get(1).getText()).isEqualTo("Zinc lozenges shorten colds");
            assertThat(driver.findElement(By.id("search-status")).getText()).contains("2");
        }
    }

    /** Opened from disk, the site's own links to folders open their pages, the search page among them. */
    @Test
    void fromDiskTheNavigationReachesTheSearchPage(@TempDir Path dir) {
        MiniSite.write(dir, "-- content/reviews/zinc.md --\n" + MiniSite.review("Zinc lozenges shorten colds",
                "2025-06-01", "tags: [colds]"));
        Path site = dir.resolve("site");
        Fixtures.build(dir, site);

        try (Browser browser = Browser.start()) {
            var driver = browser.driver();
            driver.get(site.resolve("reviews/zinc/index.html").toUri().toString());
            driver.findElement(By.cssSelector("nav a[href='../../search/']")).click();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            wait.until(d -> d.getCurrentUrl().endsWith("/search/index.html"));
            driver.findElement(By.cssSelector("nav a[href='../tags/']")).click();
            wait.until(d -> d.getCurrentUrl().endsWith("/tags/index.html"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        }
    }

    @Test
    void findsBodyTextAcrossDiacriticsPluralsAndTheWordBeingTyped(@TempDir Path dir) {
        MiniSite.write(dir, "-- content/reviews/zinc.md --\n"
                + MiniSite.review("Zinc lozenges shorten colds", "2025-06-01", "")
                + "\nParticipants in Zürich and on the Hauptstraße reported fewer sore throats.\n"
                + "-- content/reviews/melatonin.md --\n"
                + MiniSite.review("Melatonin eases jet lag", "2024-01-01", "")
                + "\nStudies of shift workers were small.\n"
                + "-- content/reviews/other.md --\n"
                + MiniSite.review("Vitamin D and bone health", "2025-03-01", "")
                + "-- content/reviews/fasting.md --\n"
                + MiniSite.review("Fasting and glucose control", "2025-06-02", "tags: [COVID-19, type 2 diabetes]")
                + "\nInterleukin levels (IL-6) fell in 3 trials.\n"
                + "-- content/reviews/metformin.md --\n"
                + MiniSite.review("Metformin in type 2 diabetes", "2024-01-02", ""));
        Path site = dir.resolve("site");
        Fixtures.build(dir, site);

        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            driver.get(site.resolve("search/index.html").toUri().toString());
            // Short numbers are words where authors write them in fields ("type 2 diabetes", "COVID-19"),
            // and a number the index does not hold for a review (its body's) does not rule the review out.
            assertThat(titlesFor(driver, "covid-19")).containsExactly("Fasting and glucose control");
            assertThat(titlesFor(driver, "type 2 diabetes")).containsExactly("Metformin in type 2 diabetes",
                    "Fasting and glucose control");
            assertThat(titlesFor(driver, "il-6")).containsExactly("Fasting and glucose control");
            String text = "The Pérez–Müller STUDIES of ﬁsh oils, β-carotene & TNF-α in São Paulo (n=12) were İstanbul's"
                    + " STRASSE Straße ẞ Sørensen Łódź Œuvre Æsir Þórr";
            Object inBrowser = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return evpressSearch.words(arguments[0], new Set(arguments[1])).map(evpressSearch.stem);", text,
                    SearchText.STOP_WORDS);
            assertThat(inBrowser).as("the page makes the terms the index was made of")
                    .isEqualTo(SearchText.words(text).stream().map(SearchText::stem).toList());
            assertThat(titlesFor(driver, "ZURICH")).containsExactly("Zinc lozenges shorten colds");
            assertThat(titlesFor(driver, "throat")).containsExactly("Zinc lozenges shorten colds");
            assertThat(titlesFor(driver, "hauptstrasse")).containsExactly("Zinc lozenges shorten colds");
            assertThat(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return ['z', 'Ø', 'z ', 'zi', 'zinc z'].map(evpressSearch.typingShort);"))
                    .as("a first letter being typed is too short to say there are no results")
                    .isEqualTo(List.of(true, true, false, false, false));
            assertThat(titlesFor(driver, "the study")).containsExactly("Melatonin eases jet lag");
            // The last word is a prefix while it is typed; every word must match.
            assertThat(titlesFor(driver, "shift work")).containsExactly("Melatonin eases jet lag");
            assertThat(titlesFor(driver, "zinc zü")).containsExactly("Zinc lozenges shorten colds");
            assertThat(titlesFor(driver, "zinc jet")).isEmpty();
            assertThat(driver.findElement(By.id("search-status")).getText()).isEqualTo("No results for \u201czinc jet\u201d");
        }
    }

    /** German readers type "ue" for "ü" and the other way round; English words stay themselves. */
    private static final String GERMAN_AND_ENGLISH = "-- content/reviews/kinder.md --\n"
            + MiniSite.review("Übergewicht bei Kindern nach Müller", "2024-01-01", "language: de")
                    .replace("summary: Summary of", "summary: Zusammenfassung zu")
            + "\nEine Uebersicht über Körpergewicht und Ernährung an der Straße.\n"
            + "-- content/reviews/light.md --\n"
            + MiniSite.review("Blue light glasses and sleep", "2025-06-01", "")
            + "\nIn the trial by Rafael Mueller, what the filter does was unclear.\n";

    @Test
    void germanSpellingsWithAndWithoutUmlautsFindEachOther(@TempDir Path dir) {
        MiniSite.write(dir, GERMAN_AND_ENGLISH);
        Path site = dir.resolve("site");
        Fixtures.build(dir, site);

        try (Browser browser = Browser.start(); StaticServer server = StaticServer.start(site)) {
            WebDriver driver = browser.driver();
            for (String page : List.of(server.url() + "/search/", site.resolve("search/index.html").toUri().toString())) {
                driver.get(page);
                String text = "Müller, MUELLER und Mu\u0308ller: Übergewicht, Baeume, Feuer, Quelle, Bauer, Straße,"
                        + " Größe, GROESSE, Öl, Jürgen-Oeser, Ærø, blue";
                Object inBrowser = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                        "return evpressSearch.umlautWords(arguments[0]).filter(function (w) { return w; });", text);
                List<String> inIndex = new java.util.ArrayList<>();
                SearchText.umlautWords(text, true, (chars, length) -> inIndex.add(new String(chars, 0, length)));
                assertThat(inBrowser).as("the page spells umlauts as the index does").isEqualTo(inIndex);
                assertThat(titlesFor(driver, "Uebergewicht")).as(page).containsExactly("Übergewicht bei Kindern nach Müller");
                assertThat(titlesFor(driver, "koerper")).as(page).containsExactly("Übergewicht bei Kindern nach Müller");
                assertThat(titlesFor(driver, "Strasse")).as(page).containsExactly("Übergewicht bei Kindern nach Müller");
                assertThat(titlesFor(driver, "übersicht")).as(page).containsExactly("Übergewicht bei Kindern nach Müller");
                // Found in the German review's title and the English review's body: the title comes first.
                assertThat(titlesFor(driver, "Mueller")).as(page)
                        .containsExactly("Übergewicht bei Kindern nach Müller", "Blue light glasses and sleep");
                for (String english : List.of("blue", "does", "Rafael")) {
                    assertThat(titlesFor(driver, english)).as(page).containsExactly("Blue light glasses and sleep");
                }
                // The German review's result is marked German on an English page, the English one is not.
                List<WebElement> results = driver.findElements(By.cssSelector("#search-results li"));
                assertThat(results).hasSize(1);
                assertThat(results.get(0).getAttribute("lang")).isNullOrEmpty();
                titlesFor(driver, "Müller");
                results = driver.findElements(By.cssSelector("#search-results li"));
                assertThat(results).hasSize(1);
                assertThat(results.get(0).getAttribute("lang")).isEqualTo("de");
            }
        }
    }

    /**
     * "COVID-19" and "covid19", "SGLT2" and "SGLT-2" are one name to a reader, written either
     * way in a review or a query; "type-2 diabetes" still finds "type 2 diabetes".
     */
    @Test
    void namesWithAndWithoutTheHyphenBeforeTheirNumberFindEachOther(@TempDir Path dir) {
        MiniSite.write(dir, "-- content/reviews/sglt.md --\n"
                + MiniSite.review("SGLT2 inhibitors in COVID-19 patients with type 2 diabetes", "2025-06-01", "")
                + "\nInterleukin IL-6 rose.\n"
                + "-- content/reviews/cafe.md --\n"
                + MiniSite.review("Sleep after COVID19", "2025-03-01", "")
                + "\nAn SGLT-2 inhibitor was taken by some.\n"
                + "-- content/reviews/other.md --\n"
                + MiniSite.review("Covid and the 19 trials of vitamin D", "2025-01-01", ""));
        Path site = dir.resolve("site");
        Fixtures.build(dir, site);

        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            driver.get(site.resolve("search/index.html").toUri().toString());
            String sglt = "SGLT2 inhibitors in COVID-19 patients with type 2 diabetes";
            assertThat(titlesFor(driver, "covid19")).containsExactly(sglt, "Sleep after COVID19");
            assertThat(titlesFor(driver, "COVID-19")).startsWith(sglt, "Sleep after COVID19")
                    .contains("Covid and the 19 trials of vitamin D");
            assertThat(titlesFor(driver, "sglt-2")).containsExactly(sglt, "Sleep after COVID19");
            assertThat(titlesFor(driver, "sglt2")).containsExactly(sglt, "Sleep after COVID19");
            assertThat(titlesFor(driver, "il6")).containsExactly(sglt);
            assertThat(titlesFor(driver, "type-2 diabetes")).containsExactly(sglt);
            Object joined = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return evpressSearch.joinedWords(arguments[0]);", "COVID-19, SGLT\u20112 and 5-HT in SARS-CoV-2; anti-inflammatory 2020-2021");
            assertThat(joined).hasToString("[[covid19], [covid19], [sglt2], [sglt2], [], [5ht], [5ht], [], [], [cov2], [cov2], [], [], [], []]");
        }
    }

    /**
     * "Ménière's disease" is how English readers type the name that a review writes "Morbus
     * Ménière" or "Ménière disease": the possessive's "s" must not be a word every result needs.
     */
    @Test
    void aPossessiveInTheQueryFindsTheNameWithoutIt(@TempDir Path dir) {
        MiniSite.write(dir, "-- content/reviews/meniere.md --\n"
                + MiniSite.review("Betahistine for Ménière disease", "2025-06-01", "")
                + "-- content/reviews/crohn.md --\n"
                + MiniSite.review("Diet in Crohn's disease", "2025-03-01", ""));
        Path site = dir.resolve("site");
        Fixtures.build(dir, site);

        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            driver.get(site.resolve("search/index.html").toUri().toString());
            assertThat(titlesFor(driver, "Ménière's disease")).containsExactly("Betahistine for Ménière disease");
            assertThat(titlesFor(driver, "meniere\u2019s")).containsExactly("Betahistine for Ménière disease");
            assertThat(titlesFor(driver, "crohn disease")).containsExactly("Diet in Crohn's disease");
        }
    }

    /**
     * "l'insuline" is how a French reader types the word a review writes "Insuline basale": the
     * elided article must not be a word every result needs, while "vitamin D" keeps its "d".
     */
    @Test
    void anElidedArticleInTheQueryIsNoWordEveryResultNeeds(@TempDir Path dir) {
        MiniSite.write(dir, "-- content/reviews/insuline.md --\n"
                + MiniSite.review("Insuline basale chez les adultes", "2025-06-01", "")
                + "-- content/reviews/vitamin.md --\n"
                + MiniSite.review("Vitamin D and T cells", "2025-03-01", ""));
        Path site = dir.resolve("site");
        Fixtures.build(dir, site);

        try (Browser browser = Browser.start()) {
            WebDriver driver = browser.driver();
            driver.get(site.resolve("search/index.html").toUri().toString());
            assertThat(titlesFor(driver, "l'insuline")).containsExactly("Insuline basale chez les adultes");
            assertThat(titlesFor(driver, "L\u2019insuline basale")).containsExactly("Insuline basale chez les adultes");
            assertThat(titlesFor(driver, "vitamin d t cells")).containsExactly("Vitamin D and T cells");
            assertThat(titlesFor(driver, "vitamin d insuline")).isEmpty();
        }
    }

    @Test
    void aQueryFetchesOnlyTheIndexFilesItNeeds(@TempDir Path dir) {
        // Thirty reviews of 400 words each no other review uses: several shards and document chunks.
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < 30; r++) {
            int first = r * 400;
            String words = IntStream.range(0, 400).mapToObj(w -> word(first + w)).collect(Collectors.joining(" "));
            text.append("-- content/reviews/r").append(r).append(".md --\n")
                    .append(MiniSite.review("Review " + r, "2024-01-" + String.format("%02d", r + 1), ""))
                    .append("\n").append(words).append(".\n");
        }
        MiniSite.write(dir, text.toString());
        Path site = dir.resolve("site");
        Fixtures.build(dir, site);

        try (Browser browser = Browser.start(); StaticServer server = StaticServer.start(site)) {
            WebDriver driver = browser.driver();
            // Review 17 is the 13th newest, so its title and address are in document chunk 1.
            driver.get(server.url() + "/search/?q=" + word(17 * 400 + 5));
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            wait.until(d -> d.findElements(By.cssSelector("#search-results li a")).size() == 1);
            assertThat(driver.findElement(By.cssSelector("#search-results li a")).getText()).isEqualTo("Review 17");
            @SuppressWarnings("unchecked")
            List<String> fetched = (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
                            + ".filter(function (n) { return n.indexOf('/search/') >= 0; });");
            long shards = site.resolve("search/t").toFile().list().length;
            assertThat(shards).as("shards in the index").isGreaterThan(2);
            assertThat(fetched).hasSize(3);
            assertThat(fetched.get(0)).endsWith("/search/index.js");
            assertThat(fetched.get(1)).matches(".*/search/t/\\d+\\.js");
            assertThat(fetched.get(2)).endsWith("/search/d/1.js");
        }
    }

    /** A made-up word for number n: letters only, so it is one term. */
    private static String word(int n) {
        StringBuilder w = new StringBuilder("q");
        for (int i = 0; i < 4; i++) {
            w.append((char) ('a' + n % 26));
            n /= 26;
        }
        return w.toString();
    }

    /** Types a query into the empty box and returns the result titles once the status names it. */
    private static List<String> titlesFor(WebDriver driver, String query) {
        WebElement input = driver.findElement(By.id("search-input"));
        input.clear();
        input.sendKeys(query);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> d.findElement(By.id("search-status")).getText().contains("\u201c" + query + "\u201d"));
        return driver.findElements(By.cssSelector("#search-results li a")).stream().map(WebElement::getText).toList();
    }
}
