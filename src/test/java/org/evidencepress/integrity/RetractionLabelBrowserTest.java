package org.evidencepress.integrity;

import org.evidencepress.testing.Browser;
import org.evidencepress.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The label on a retracted source, as a reader sees it in headless Chromium: shown, boxed,
 * bold and upper-case, so that it stands out without colour.
 */
class RetractionLabelBrowserTest {

    @Test
    void theRetractedLabelIsVisibleAndDoesNotRelyOnColour(@TempDir Path dir) {
        Path out = dir.resolve("out");
        Cli.Run run = Cli.run("build", "--source", Cli.site("retracted-source").toString(), "--output",
                out.toString());
        assertThat(run.exit()).as(run.all()).isZero();

        try (Browser browser = Browser.start()) {
            var driver = browser.driver();
            driver.get(out.resolve("reviews/mmr-autism/index.html").toUri().toString());
            WebElement label = driver.findElement(By.cssSelector("#source-1 .retraction-label"));

            assertThat(label.isDisplayed()).isTrue();
            assertThat(label.getText()).isEqualTo("RETRACTED");
            assertThat(label.getCssValue("border-top-style")).isEqualTo("solid");
            assertThat(label.getCssValue("border-top-width")).isEqualTo("2px");
            assertThat(label.getCssValue("font-weight")).isEqualTo("700");
            assertThat(label.getAttribute("href")).isEqualTo("https://doi.org/10.1016/S0140-6736(10)60175-4");
            assertThat(driver.findElements(By.cssSelector("#source-2 .retraction-label"))).isEmpty();
        }
    }
}
