package org.evidencepress.render;

import org.evidencepress.testing.Browser;
import org.evidencepress.testing.Fixtures;
import org.evidencepress.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A review printed on A4 (about 700 CSS px between the margins): paper does not scroll, so
 * a table of many columns must fit the page, or Chromium cuts its last columns off and
 * shrinks the whole review to fit.
 */
class PrintBrowserTest {
    private static final int A4_WIDTH = 700;

    @Test
    void aTableOfManyColumnsFitsThePrintedPage(@TempDir Path dir) {
        Path src = MiniSite.write(dir.resolve("src"), "-- content/reviews/a.md --\n"
                + MiniSite.review("Alpha", "2025-01-01", "")
                + "\n| Trial | Drug | Dose | Population | Deaths | Organ failure | Follow-up |\n"
                + "|---|---|---|---|---|---|---|\n"
                + "| DARE-19 | dapagliflozin | 10 mg daily | Hospitalised adults | 41 of 625 | 70 of 625 | 30 days |\n");
        Path site = dir.resolve("site");
        Fixtures.build(src, site);
        try (Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", A4_WIDTH, "height", 1000,
                    "deviceScaleFactor", 1, "mobile", false));
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print", "features", List.of()));
            driver.get(site.resolve("reviews/a/index.html").toUri().toString());
            assertThat(driver.executeScript("return document.querySelectorAll('.review-body table th').length;"))
                    .isEqualTo(7L);
            assertThat(settledWidth(driver)).as("the printed page's width").isLessThanOrEqualTo(A4_WIDTH);
        }
    }

    /** The page's scroll width once layout has caught up with the emulated page (polled to a deadline). */
    private static long settledWidth(ChromeDriver driver) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        long width;
        do {
            width = (Long) driver.executeScript("return document.documentElement.scrollWidth;");
        } while (width > A4_WIDTH && System.nanoTime() < deadline);
        return width;
    }
}
