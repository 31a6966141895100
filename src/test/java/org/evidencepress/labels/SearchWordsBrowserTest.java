package org.evidencepress.labels;

import org.evidencepress.testing.Browser;
import org.evidencepress.testing.Fixtures;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The search script speaks the site's language: its status line comes from the labels. */
class SearchWordsBrowserTest {
    @Test
    void aGermanSiteSearchesInGerman(@TempDir Path dir) {
        MiniSite.write(dir, "-- site.yaml --\nbaseUrl: https://example.org\nlanguage: de\n"
                + "-- content/reviews/a.md --\n" + MiniSite.review("Melatonin eases jet lag", "2025-01-01", "")
                + "-- content/reviews/b.md --\n" + MiniSite.review("Zinc lozenges shorten colds", "2025-01-02", ""));
        Path site = dir.resolve("site");
        Fixtures.build(dir, site);
        try (Browser browser = Browser.start()) {
            var driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            driver.get(site.resolve("search/index.html").toUri() + "?q=melatonin");
            wait.until(d -> !d.findElement(By.id("search-status")).getText().isEmpty()
                    && !d.findElement(By.id("search-status")).getText().startsWith("Suchindex"));
            assertThat(driver.findElement(By.id("search-status")).getText()).isEqualTo("1 Treffer für \u201emelatonin\u201c");
            driver.get(site.resolve("search/index.html").toUri() + "?q=nothingmatches");
            wait.until(d -> d.findElement(By.id("search-status")).getText().startsWith("Keine"));
            assertThat(driver.findElement(By.id("search-status")).getText())
                    .isEqualTo("Keine Treffer für \u201enothingmatches\u201c");
        }
    }
}
