package org.evidencepress.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nu.validator.client.EmbeddedValidator;
import org.evidencepress.testing.Fixtures;
import org.evidencepress.testing.MiniSite;
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

    /** DOIs and URLs holding what an href may not: they are percent-encoded, and the pages stay valid. */
    @Test
    void oddCharactersInDoisAndUrlsLeaveThePagesValid(@TempDir Path tmp) throws Exception {
        String doi = "10.5555/<odd>`{x}|y^[z]#1#2%zz%41ü";
        Path src = MiniSite.write(tmp.resolve("src"), """
                -- site.yaml --
                title: Odd
                retractions: rw.csv
                -- rw.csv --
                Record ID,Title,RetractionDate,RetractionDOI,OriginalPaperDOI,RetractionNature
                1,T,5/3/2021 0:00,%sn,%s,Retraction
                -- content/reviews/odd.md --
                ---
                title: Odd characters
                date: 2024-01-02
                doi: 'doi:%s'
                author: ['Zoë "Q" <Lima>']
                study: {year: 2020, journal: J, population: Adults}
                sources:
                  - id: a
                    title: A <b>"quoted"</b> title
                    doi: 'doi:%s'
                    url: 'https://exämple.org/a b/<c>?q="d"&e=`f`#g#h %%'
                  - id: b
                    title: B
                    url: 'http://example.org/{x}|y^z\\w 100%%'
                ---
                Text [@a; @b] and [a link](<https://example.org/a b"c> "t").
                """.formatted(doi, doi, doi, doi));
        Path out = tmp.resolve("out");
        assertThat(org.evidencepress.testing.Cli.run("build", "--source", src.toString(), "--output",
                out.toString()).exit()).isZero();

        List<String> errors = new ArrayList<>();
        for (String page : List.of("reviews/odd/index.html", "sources/index.html")) {
            errors.addAll(errors(page, out.resolve(page)));
        }
        assertThat(errors).as("Nu Html Checker errors").isEmpty();
        assertThat(Files.readString(out.resolve("reviews/odd/index.html")))
                .contains("href=\"https://doi.org/10.5555/%3Codd%3E%60%7Bx%7D%7Cy%5E%5Bz%5D%231%232%25zz%2541%C3%BC\"");
    }

    @Test
    void pagesWithEvidenceStructuresAreValidHtml5(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        Fixtures.build(Path.of("src", "test", "resources", "sites", "evidence"), site);
        List<String> errors = new ArrayList<>();
        for (String page : List.of("reviews/bcg-vaccine-tuberculosis/index.html", "reviews/evidence-shapes/index.html")) {
            String html = Files.readString(site.resolve(page));
            assertThat(html).contains("<svg ");
            errors.addAll(errors(page, site.resolve(page)));
        }
        assertThat(errors).as("Nu Html Checker errors").isEmpty();
    }

    @Test
    void reviewPagesCitingBibliographiesAreValidHtml5(@TempDir Path tmp) throws Exception {
        List<String> errors = new ArrayList<>();
        for (String fixture : List.of("references", "references-csl")) {
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

    static List<String> errors(String name, Path page) throws Exception {
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
