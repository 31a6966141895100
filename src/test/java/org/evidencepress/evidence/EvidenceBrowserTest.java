package org.evidencepress.evidence;

import org.evidencepress.testing.Browser;
import org.evidencepress.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example review's evidence sections in Chromium: light, dark, 390 px wide and print
 * media. Screenshots of each section go to target/evidence-screenshots/ for a person to
 * look at; the test asserts what a screenshot would show wrong (page-wide sideways
 * scrolling, invisible or unreadably small diagrams, colours that ignore the dark scheme)
 * and runs axe-core, failing on any serious or critical finding.
 */
class EvidenceBrowserTest {
    private static final Path SHOTS = Path.of("target", "evidence-screenshots");
    private static final String PAGE = "reviews/bcg-vaccine-tuberculosis/index.html";

    private record Mode(String name, int width, String scheme, String media) {
    }

    @Test
    void sectionsReadWellInEveryModeAndPassAxe(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        Fixtures.build(EvidenceGoldenTest.SITE, site);
        Files.createDirectories(SHOTS);
        List<Mode> modes = List.of(new Mode("light", 1280, "light", "screen"), new Mode("dark", 1280, "dark", "screen"),
                new Mode("narrow-light", 390, "light", "screen"), new Mode("narrow-dark", 390, "dark", "screen"),
                new Mode("print", 800, "light", "print"));
        List<String> problems = new ArrayList<>();
        String lightSvgColour = null;
        try (Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            for (Mode mode : modes) {
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", mode.width(),
                        "height", 900, "deviceScaleFactor", 1, "mobile", mode.width() < 600));
                driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", mode.media(),
                        "features", List.of(Map.of("name", "prefers-color-scheme", "value", mode.scheme()))));
                driver.get(site.resolve(PAGE).toUri().toString());
                long pageWidth = settledWidth(driver, mode.width());
                if (pageWidth > mode.width()) {
                    problems.add(mode.name() + ": the page scrolls sideways (" + pageWidth + " px wide)");
                }
                List<WebElement> sections = driver.findElements(By.cssSelector("section.evidence"));
                assertThat(sections).hasSize(4);
                for (WebElement section : sections) {
                    String id = section.getAttribute("aria-labelledby");
                    Files.write(SHOTS.resolve(mode.name() + "-" + id + ".png"), screenshot(driver, section));
                }
                for (WebElement svg : driver.findElements(By.cssSelector(".evidence svg"))) {
                    Map<?, ?> box = (Map<?, ?>) driver.executeScript(
                            "const r = arguments[0].getBoundingClientRect(); const v = arguments[0].viewBox.baseVal;"
                                    + "return {w: r.width, natural: v.width};", svg);
                    double shown = ((Number) box.get("w")).doubleValue();
                    double natural = ((Number) box.get("natural")).doubleValue();
                    // Below about 70% of its drawn size the 12-13 px labels fall under 9 px.
                    if (shown < natural * 0.7 - 1 || shown > natural + 1) {
                        problems.add(mode.name() + ": an SVG " + natural + " px wide is shown " + shown + " px wide");
                    }
                }
                String colour = (String) driver.executeScript(
                        "return getComputedStyle(document.querySelector('.evidence svg')).color;");
                if (mode.name().equals("light")) {
                    lightSvgColour = colour;
                } else if (mode.name().equals("dark") && colour.equals(lightSvgColour)) {
                    problems.add("dark: diagrams keep the light scheme's colour " + colour);
                }
                if (mode.media().equals("screen")) {
                    problems.addAll(axe(driver, mode.name()));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The element's area of the whole page, also below the fold, as PNG bytes. */
    private static byte[] screenshot(ChromeDriver driver, WebElement element) {
        Map<?, ?> r = (Map<?, ?>) driver.executeScript("const r = arguments[0].getBoundingClientRect();"
                + "return {x: r.left + window.scrollX, y: r.top + window.scrollY, w: r.width, h: r.height};", element);
        Map<String, Object> clip = Map.of("x", r.get("x"), "y", r.get("y"), "width", r.get("w"), "height", r.get("h"),
                "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "clip", clip, "captureBeyondViewport", true));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** axe-core's serious and critical violations on the loaded page. */
    private static List<String> axe(ChromeDriver driver, String mode) throws IOException {
        String script;
        try (InputStream in = EvidenceBrowserTest.class.getResourceAsStream("/axe.min.js")) {
            assertThat(in).as("axe.min.js on the test class path").isNotNull();
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        driver.executeScript(script);
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({"
                + "impact: v.impact, id: v.id, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', ')}))))"
                + ".catch(e => done([{impact: 'critical', id: 'axe failed: ' + e, nodes: ''}]));");
        List<String> found = new ArrayList<>();
        for (Object o : (List<?>) result) {
            Map<?, ?> v = (Map<?, ?>) o;
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                found.add(mode + ": axe " + v.get("impact") + " " + v.get("id") + " at " + v.get("nodes"));
            }
        }
        return found;
    }

    /**
     * The page's scroll width once layout has caught up with the emulated viewport: on a busy
     * machine the first reading after a metrics change can still be the previous layout's.
     * Polls until the width fits or a deadline passes; a page that really overflows keeps overflowing.
     */
    private static long settledWidth(ChromeDriver driver, int viewport) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        long width;
        do {
            width = (Long) driver.executeScript("return document.documentElement.scrollWidth;");
        } while (width > viewport && System.nanoTime() < deadline);
        return width;
    }
}
