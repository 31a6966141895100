package org.evidencepress.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nu.validator.client.EmbeddedValidator;
import org.evidencepress.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every HTML page of the example site passes the Nu Html Checker (the W3C's HTML5 validator). */
class HtmlValidityTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyPageOfTheExampleSiteIsValidHtml5(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        Fixtures.build(Fixtures.GOLDEN_SITE, site);
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(20);

        List<String> errors = new ArrayList<>();
        for (Path page : pages) {
            errors.addAll(errors(site.relativize(page).toString(), page));
        }
        assertThat(errors).as("Nu Html Checker errors").isEmpty();
    }

    @Test
    void reviewPagesCitingBibliographiesAreValidHtml5(@TempDir Path tmp) throws Exception {
        List<String> errors = new ArrayList<>();
        for (String fixture : List.of("references")) {
            Path site = tmp.resolve(fixture);
            Fixtures.build(Path.of("src", "test", "resources", "sites", fixture), site);
            try (Stream<Path> walk = Files.list(site.resolve("reviews"))) {
                for (Path review : walk.sorted().toList()) {
                    errors.addAll(errors(site.relativize(review).toString(), review.resolve("index.html")));
                }
            }
        }
        assertThat(errors).as("Nu Html Checker errors").isEmpty();
    }

    @Test
    void theCheckerReportsAnInvalidPage(@TempDir Path tmp) throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.html"),
                "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><ul><p>x</ul></body></html>");
        assertThat(errors("bad.html", bad)).isNotEmpty();
    }

    private static List<String> errors(String name, Path page) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> errors = new ArrayList<>();
        for (JsonNode message : JSON.readTree(validator.validate(page)).path("messages")) {
            // "info" messages are advice; "error" and "non-document-error" fail the page.
            if (!message.path("type").asText().equals("info")) {
                errors.add(name + ":" + message.path("lastLine").asInt() + ":" + message.path("firstColumn").asInt()
                        + ": " + message.path("type").asText() + ": " + message.path("message").asText()
                        + " [" + message.path("extract").asText().strip() + "]");
            }
        }
        return errors;
    }
}
