package org.evidencepress.render;

import org.evidencepress.testing.Browser;
import org.evidencepress.testing.Fixtures;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core in headless Chromium over review pages: no serious or critical finding, in
 * particular none of {@code link-in-text-block} (citation numbers, back-links and
 * footnote marks told apart from the text around them by colour alone).
 */
class AxeBrowserTest {
    @TempDir
    Path dir;

    private static String axeScript() throws IOException {
        try (InputStream in = AxeBrowserTest.class.getResourceAsStream("/axe.min.js")) {
            assertThat(in).as("axe.min.js from the axe-core test dependency").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The serious and critical findings on one page, as "rule (impact) at selector". */
    @SuppressWarnings("unchecked")
    private static List<String> findings(ChromeDriver driver, Path page, String axe) {
        driver.get(page.toUri().toString());
        driver.executeScript(axe);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) { return v.id + ' (' + v.impact + ') at ' + JSON.stringify(v.nodes[0].target); }));"
                + "}).catch(function (e) { done(['axe failed: ' + e]); });");
        return (List<String>) result;
    }

    @Test
    void reviewPagesWithCitationsFootnotesAndTaskListsHaveNoSeriousFinding() throws IOException {
        Path golden = dir.resolve("golden");
        Fixtures.build(Fixtures.GOLDEN_SITE, golden);
        Path mini = MiniSite.write(dir.resolve("mini"), "-- site.yaml --\nbaseUrl: https://example.org\n"
                + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01", "")
                + "\nA longer paragraph of running text so that the citation sits inside prose, as the"
                + " reference page has it, with a note[^1] and more words after it [@s1] to make a block.\n\n"
                + "- [x] done\n- [ ] open\n\n[^1]: The note, with enough words around its back-link to count.\n");
        Fixtures.build(mini, mini.resolve("site"));
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> reviews = Files.list(golden.resolve("reviews"))) {
            reviews.sorted().forEach(p -> pages.add(p.resolve("index.html")));
        }
        pages.add(mini.resolve("site/reviews/a/index.html"));
        String axe = axeScript();
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            for (Path page : pages) {
                findings(browser.driver(), page, axe).forEach(f -> problems.add(dir.relativize(page) + ": " + f));
            }
        }
        assertThat(pages).hasSizeGreaterThan(3);
        assertThat(problems).isEmpty();
    }

    /**
     * On a phone, a table of a few columns, a code block's long line and a long word in the
     * Study Overview are wider than the screen: what scrolls must take the keyboard's focus
     * ({@code scrollable-region-focusable}), citation links in it or not.
     */
    @Test
    void whatScrollsSidewaysOnAPhoneTakesTheFocus() throws IOException {
        Path mini = MiniSite.write(dir.resolve("phone"), "-- site.yaml --\nbaseUrl: https://example.org\n"
                + "-- content/reviews/a.md --\n" + MiniSite.review("Alpha", "2025-01-01", "")
                        .replace("population: Adults", "population: Adults\n  results: https://example.org/a/very/long/"
                                + "address/without/any/space/in/it/at/all/for/the/table")
                + "\nText [@s1].\n\n| Trial | Drug | Deaths | Alive |\n|---|---|---|---|\n| DARE-19 | dapagliflozin | 41 | 584 |\n\n"
                + "```r\nres <- rma(yi, vi, data = dat, method = \"DL\", test = \"knha\", control = list(stepadj = 0.5))\n```\n");
        Fixtures.build(mini, mini.resolve("site"));
        Path page = mini.resolve("site/reviews/a/index.html");
        assertThat(Files.readString(page)).contains("very/long/address");
        String axe = axeScript();
        try (Browser browser = Browser.start()) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
            assertThat(findings(browser.driver(), page, axe)).isEmpty();
        }
    }
}
