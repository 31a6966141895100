package org.evidencepress.search;

import org.evidencepress.testing.Browser;
import org.evidencepress.testing.Fixtures;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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
            assertThat(links.get(0).getAttribute("href")).contains("reviews/melatonin/");
            assertThat(links.get(1).getText()).isEqualTo("Zinc lozenges shorten colds");
            assertThat(driver.findElement(By.id("search-status")).getText()).contains("2");
        }
    }
}
