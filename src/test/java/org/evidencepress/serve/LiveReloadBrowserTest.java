package org.evidencepress.serve;

import org.evidencepress.FixtureSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real browser on a served page: edits on disk show up without reloading by hand, and
 * broken front matter shows the error overlay until it is fixed. Runs Debian's headless
 * Chromium through its own chromedriver, so Selenium Manager never downloads anything.
 */
class LiveReloadBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path temp;
    ServeSession session;
    ChromeDriverService service;
    WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver packages (/usr/bin/chromium, /usr/bin/chromedriver)");
        Path site = FixtureSite.copyTo(temp.resolve("site"));
        session = ServeSession.start(new ServeSession.Options(site, "127.0.0.1", 0, false, false,
                LocalDate.of(2026, 1, 1)), report -> { });
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + Files.createDirectory(temp.resolve("profile")));
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (session != null) {
            session.close();
        }
    }

    @Test
    void reloadsOnEditsAndShowsErrorsUntilFixed() throws Exception {
        Path review = temp.resolve("site/content/reviews/coffee-sleep.md");
        String good = Files.readString(review);
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE, Duration.ofMillis(50));
        browser.get(session.url() + "/reviews/coffee-sleep/");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Evening coffee delays sleep onset"));

        Files.writeString(review, good.replace("Evening coffee delays", "Late coffee delays"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Late coffee delays sleep onset"));

        Files.writeString(review, good.replace("date: 2025-04-02", "date: [oops"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evpress-error-overlay")));
        assertThat(browser.findElement(By.cssSelector("#evpress-error-overlay code.err-loc")).getText())
                .isEqualTo("content/reviews/coffee-sleep.md:4:8");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Late coffee delays sleep onset");

        Files.writeString(review, good);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Evening coffee delays sleep onset"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.id("evpress-error-overlay"), 0));
    }
}
