package org.evidencepress.csl;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citations made from templates equal citeproc-js's whole-review text, citation by citation:
 * single numbers, runs that collapse into ranges, repeated works, locators with numbers,
 * prefixes and suffixes.
 */
class CitationTemplatesTest {
    private static final String[] LOCATORS = {null, null, null, "5", "12-14", "3", "101"};
    private static final String[] PREFIXES = {null, null, null, "see", "e.g."};

    @Test
    void citationsFromTemplatesEqualWholeReviews() {
        for (String id : List.of("vancouver", "american-medical-association", "nature", "ieee")) {
            CslFormatter templated = EntryTemplatesTest.formatter(id);
            CslFormatter engine = EntryTemplatesTest.formatter(id);
            Random random = new Random(3);
            for (int review = 0; review < 10; review++) {
                List<Map<String, Object>> items = EntryTemplatesTest.works(random, "r" + review + "-", 30);
                List<Cluster> clusters = new ArrayList<>();
                for (int c = 0; c < 40; c++) {
                    List<CiteItem> cites = new ArrayList<>();
                    int first = random.nextInt(30);
                    int count = 1 + random.nextInt(4);
                    for (int k = 0; k < count; k++) {
                        // Mostly neighbours, so that runs come up; now and then a work cited twice.
                        int n = Math.min(29, first + k + (random.nextInt(3) == 0 ? random.nextInt(6) : 0));
                        String locator = random.nextInt(5) == 0 ? LOCATORS[random.nextInt(LOCATORS.length)] : null;
                        cites.add(new CiteItem("r" + review + "-" + n, locator, locator == null ? null : "page",
                                k == 0 ? PREFIXES[random.nextInt(PREFIXES.length)] : null, null, false, false));
                    }
                    clusters.add(new Cluster(cites));
                }
                assertThat(templated.format(items, clusters, List.of()).clusters()).as(id + " review " + review)
                        .isEqualTo(engine.format(items, clusters, List.of(), false).clusters());
            }
            if (id.equals("vancouver")) {
                // Else the test would pass with every citation from the engine.
                assertThat(templated.citationTemplatesLearned()).as(id).isGreaterThan(10);
            }
        }
    }
}
