package org.evidencepress.pipeline;

import org.evidencepress.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Structural accessibility basics on every page of the example site: language, one h1,
 * landmarks, a working skip link, scoped table headers and labelled form fields.
 */
class AccessibilityBasicsTest {

    @Test
    void everyPageHasTheBasics(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        Fixtures.build(Fixtures.GOLDEN_SITE, site);
        List<String> problems = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            String name = site.relativize(page).toString();
            String html = Files.readString(page);
            check(problems, name, html.matches("(?s).*<html lang=\"[a-z]{2}[^\"]*\">.*"), "html lang");
            check(problems, name, count(html, "<h1[ >]") == 1, "exactly one h1, found " + count(html, "<h1[ >]"));
            for (String landmark : List.of("<header", "<nav", "<main id=\"main\"", "<footer")) {
                check(problems, name, html.contains(landmark), "landmark " + landmark);
            }
            check(problems, name, html.contains("<a class=\"skip-link\" href=\"#main\">"), "skip link to #main");
            check(problems, name, count(html, "<th(?![^>]*scope=\"(col|row)\")[ >]") == 0, "th without scope");
            Matcher inputs = Pattern.compile("<input[^>]*id=\"([^\"]+)\"").matcher(html);
            while (inputs.find()) {
                check(problems, name, html.contains("<label for=\"" + inputs.group(1) + "\""),
                        "label for #" + inputs.group(1));
            }
        }
        assertThat(pages).hasSizeGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    private static int count(String html, String regex) {
        return (int) Pattern.compile(regex).matcher(html).results().count();
    }

    private static void check(List<String> problems, String page, boolean ok, String what) {
        if (!ok) {
            problems.add(page + ": " + what);
        }
    }
}
