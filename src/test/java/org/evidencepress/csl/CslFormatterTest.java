package org.evidencepress.csl;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** What the formatter adds to citeproc-js: segments per cite, reuse across reviews, problems as values. */
class CslFormatterTest {
    private static List<Map<String, Object>> works;
    private static CslFormatter vancouver;
    private static CslFormatter apa;

    @BeforeAll
    static void setUp() throws IOException {
        try (InputStream in = CslFormatterTest.class.getResourceAsStream("works.json")) {
            works = new ObjectMapper().readValue(in, new TypeReference<>() { });
        }
        vancouver = formatter("vancouver");
        apa = formatter("apa");
    }

    @Test
    void eachCiteOfANumericCitationIsASegmentOfItsOwn() {
        FormattedReview review = vancouver.format(works, List.of(
                Cluster.of(CiteItem.of("colditz1994"), CiteItem.of("dersimonian1986")),
                Cluster.of(new CiteItem("higgins2002", null, null, "see", "for the methods", false, false))), List.of());
        assertThat(review.numeric()).isTrue();
        assertThat(review.clusters().get(0).segments()).containsExactly(new Segment("(", null),
                new Segment("1", "colditz1994"), new Segment(",", null), new Segment("2", "dersimonian1986"),
                new Segment(")", null));
        assertThat(review.clusters().get(1).segments()).containsExactly(new Segment("(see ", null),
                new Segment("3", "higgins2002"), new Segment(" for the methods)", null));
        assertThat(review.bibliography()).extracting(Entry::id)
                .containsExactly("colditz1994", "dersimonian1986", "higgins2002");
        assertThat(review.bibliography().get(1).html())
                .isEqualTo("DerSimonian R, Laird N. Meta-analysis in clinical trials. Controlled Clinical Trials. "
                        + "1986 Sep;7(3):177–88.");
    }

    @Test
    void aNarrativeCitationNamesTheAuthorsThenCitesAsTheStyleDoes() {
        Cluster narrative = Cluster.of(new CiteItem("miller2016", null, null, null, null, false, true));
        assertThat(vancouver.format(works, List.of(narrative), List.of()).clusters().get(0).segments())
                .containsExactly(new Segment("Miller and Raison", "miller2016"), new Segment(" (", null),
                        new Segment("1", "miller2016"), new Segment(")", null));
        assertThat(apa.format(works, List.of(narrative), List.of()).clusters().get(0).segments())
                .containsExactly(new Segment("Miller &#38; Raison", "miller2016"), new Segment(" (", null),
                        new Segment("2016", "miller2016"), new Segment(")", null));
    }

    /** The suffix of a narrative citation ({@code @miller2016 [p. 3, emphasis added]}) follows the locator alone, as in Pandoc. */
    @Test
    void aNarrativeCitationsSuffixIsWrittenOnce() {
        Cluster narrative = Cluster.of(new CiteItem("miller2016", "3", "page", null, ", emphasis added", false, true));
        assertThat(apa.format(works, List.of(narrative), List.of()).clusters().get(0).html())
                .isEqualTo("Miller &#38; Raison (2016, p. 3, emphasis added)");
        assertThat(vancouver.format(works, List.of(narrative), List.of()).clusters().get(0).html())
                .isEqualTo("Miller and Raison (1, emphasis added)");
    }

    @Test
    void authorDateCitationsSplitBetweenWorksEvenWhenTheYearsCollapse() {
        FormattedReview review = apa.format(works, List.of(
                Cluster.of(CiteItem.of("who2023"), CiteItem.of("whoTuberculosis"))), List.of());
        assertThat(review.clusters().get(0).html()).isEqualTo("(World Health Organization, n.d., 2023)");
        assertThat(review.clusters().get(0).segments()).containsExactly(new Segment("(", null),
                new Segment("World Health Organization, n.d.", "whoTuberculosis"), new Segment(", ", null),
                new Segment("2023", "who2023"), new Segment(")", null));
    }

    @Test
    void textIsEscapedHtml() {
        Map<String, Object> item = new HashMap<>(works.get(1));
        item.put("id", "tagged");
        item.put("title", "Fish & chips <script>alert(1)</script>");
        FormattedReview review = apa.format(List.of(item), List.of(Cluster.of(CiteItem.of("tagged"))), List.of());
        assertThat(review.bibliography().get(0).html())
                .contains("Fish &#38; chips &#60;script&#62;alert(1)&#60;/script&#62;")
                .doesNotContain("<script>");
    }

    @Test
    void aNumericStyleReusesEntriesAndCitationShapesAcrossReviews() {
        assertThat(vancouver.reusesAcrossReviews()).isTrue();
        assertThat(apa.reusesAcrossReviews()).isFalse();
        CslFormatter fresh = formatter("american-medical-association");
        assertThat(fresh.reusesAcrossReviews()).isTrue();
        List<Cluster> clusters = List.of(
                Cluster.of(CiteItem.of("colditz1994"), CiteItem.of("dersimonian1986"), CiteItem.of("higgins2002")),
                Cluster.of(new CiteItem("page2021", "5", "page", null, null, false, false)),
                Cluster.of(new CiteItem("miller2016", null, null, null, null, false, true)));
        // The entries in one engine call, the citations in another.
        FormattedReview first = fresh.format(works, clusters, List.of("egger1997"));
        assertThat(fresh.engineRuns()).isEqualTo(2);

        // Another review citing the same works under other keys, in the same pattern: nothing new to format.
        List<Map<String, Object>> renamed = new ArrayList<>();
        for (Map<String, Object> work : works) {
            Map<String, Object> copy = new LinkedHashMap<>(work);
            copy.put("id", "other-" + work.get("id"));
            renamed.add(copy);
        }
        List<Cluster> renamedClusters = clusters.stream().map(cluster -> new Cluster(cluster.items().stream()
                .map(cite -> new CiteItem("other-" + cite.id(), cite.locator(), cite.label(), cite.prefix(),
                        cite.suffix(), cite.suppressAuthor(), cite.authorOnly())).toList())).toList();
        FormattedReview second = fresh.format(renamed, renamedClusters, List.of("other-egger1997"));
        assertThat(fresh.engineRuns()).isEqualTo(2);
        assertThat(second).isEqualTo(fresh.format(renamed, renamedClusters, List.of("other-egger1997"), false));
        assertThat(fresh.engineRuns()).isEqualTo(3);
        assertThat(second.clusters()).extracting(FormattedCluster::html)
                .isEqualTo(first.clusters().stream().map(FormattedCluster::html).toList())
                .containsExactly("<sup>1–3</sup>", "<sup>4(p5)</sup>", "Miller and Raison <sup>5</sup>");
        assertThat(second.clusters().get(0).segments()).containsExactly(new Segment("<sup>", null),
                new Segment("1", "other-colditz1994"), new Segment("–", null), new Segment("3", "other-higgins2002"),
                new Segment("</sup>", null));

        // A new locator is a new shape: only that citation goes through the engine, then is remembered.
        List<Cluster> other = List.of(Cluster.of(new CiteItem("page2021", "7", "page", null, null, false, false)));
        FormattedReview third = fresh.format(works, other, List.of());
        assertThat(fresh.engineRuns()).isEqualTo(4);
        assertThat(fresh.format(works, other, List.of())).isEqualTo(third);
        assertThat(fresh.engineRuns()).isEqualTo(4);
        assertThat(third).isEqualTo(fresh.format(works, other, List.of(), false));
        assertThat(fresh.engineRuns()).isEqualTo(5);

        // A new work cited in a known pattern: only its entry goes through the engine.
        List<Map<String, Object>> revised = new ArrayList<>(works);
        Map<String, Object> colditz = new LinkedHashMap<>(works.get(0));
        colditz.put("title", "Efficacy of BCG vaccine in the prevention of tuberculosis");
        revised.set(0, colditz);
        FormattedReview fourth = fresh.format(revised, clusters, List.of("egger1997"));
        assertThat(fresh.engineRuns()).isEqualTo(6);
        assertThat(fourth.bibliography().get(0).html()).contains("prevention of tuberculosis. <i>JAMA</i>");
        assertThat(fourth).isEqualTo(fresh.format(revised, clusters, List.of("egger1997"), false));
    }

    @Test
    void citesWrittenInAnotherOrderShareTheirShapeWhereTheStyleSortsThem() {
        CslFormatter fresh = formatter("vancouver");
        fresh.format(works, List.of(Cluster.of(CiteItem.of("colditz1994")),
                Cluster.of(CiteItem.of("colditz1994"), CiteItem.of("dersimonian1986"))), List.of());
        int runs = fresh.engineRuns();
        List<Cluster> reversed = List.of(Cluster.of(CiteItem.of("colditz1994")),
                Cluster.of(CiteItem.of("dersimonian1986"), CiteItem.of("colditz1994")));
        FormattedReview review = fresh.format(works, reversed, List.of());
        assertThat(fresh.engineRuns()).isEqualTo(runs);
        assertThat(review.clusters().get(1).segments()).containsExactly(new Segment("(", null),
                new Segment("1", "colditz1994"), new Segment(",", null), new Segment("2", "dersimonian1986"),
                new Segment(")", null));
        assertThat(review).isEqualTo(fresh.format(works, reversed, List.of(), false));
    }

    @Test
    void entriesAndCitationsFormattedApartEqualWholeReviews() {
        for (String id : List.of("vancouver", "american-medical-association", "nature")) {
            CslFormatter parts = formatter(id);
            CslFormatter whole = formatter(id);
            for (int review = 0; review < 6; review++) {
                // Each review cites its own selection and order of the works, some of them again later,
                // with ranges, locators, affixes, narrative and suppress-author citations.
                List<Map<String, Object>> items = new ArrayList<>();
                for (int i = 0; i < 9; i++) {
                    items.add(works.get((review * 5 + i * 7) % works.size()));
                }
                List<String> ids = items.stream().map(item -> item.get("id").toString()).distinct().toList();
                List<Cluster> clusters = new ArrayList<>();
                for (int c = 0; c + 3 < ids.size(); c += 2) {
                    clusters.add(Cluster.of(CiteItem.of(ids.get(c)), CiteItem.of(ids.get(c + 1)), CiteItem.of(ids.get(c + 2))));
                    clusters.add(Cluster.of(new CiteItem(ids.get(c), c % 4 == 0 ? "12-14" : null, "page",
                            review % 2 == 0 ? "see" : null, null, review % 3 == 0, false)));
                }
                clusters.add(Cluster.of(new CiteItem(ids.get(review % ids.size()), null, null, null, null, false, true)));
                clusters.add(Cluster.of(CiteItem.of(ids.get(1)), new CiteItem(ids.get(0), "3", "chapter", null,
                        "and references therein", false, false)));
                clusters.add(Cluster.of(CiteItem.of(ids.get(2 + review % 2)), CiteItem.of(ids.get(0))));
                clusters.add(Cluster.of(CiteItem.of(ids.get(0)), CiteItem.of(ids.get(2 + review % 2))));
                List<String> nocite = List.of(ids.get(ids.size() - 1));
                assertThat(parts.format(items, clusters, nocite)).as(id + " review " + review)
                        .isEqualTo(whole.format(items, clusters, nocite, false));
            }
        }
    }

    @Test
    void aNumberWrittenIntoTheEntryIsLeftToThePage() {
        // This numeric style has no number column: citeproc-js writes "1. " into the entry.
        CslFormatter inline = formatter("biological-procedures-online");
        FormattedReview review = inline.format(works, List.of(Cluster.of(CiteItem.of("higgins2002")),
                Cluster.of(CiteItem.of("viechtbauer2010"))), List.of());
        assertThat(review.bibliography()).extracting(Entry::html).allSatisfy(html ->
                assertThat(html).doesNotStartWith("1").doesNotStartWith("2").doesNotStartWith("<"));
        assertThat(review.bibliography().get(1).html()).startsWith("Viechtbauer W.");

        assertThat(CslFormatter.withoutNumber("[12] Smith J.", 12)).isEqualTo("Smith J.");
        assertThat(CslFormatter.withoutNumber("12. Smith J.", 12)).isEqualTo("Smith J.");
        assertThat(CslFormatter.withoutNumber("12 Smith J.", 3)).isEqualTo("12 Smith J.");
        assertThat(CslFormatter.withoutNumber("[12 Smith J.", 12)).isEqualTo("[12 Smith J.");
    }

    @Test
    void theLocaleGivesTheTerms() {
        CslStyle style = ((StyleLookup.Found) CslStyles.resolve("vancouver", Path.of("."))).style();
        CslFormatter german = ((FormatterLookup.Ready) CslFormatter.create(style, "de-DE")).formatter();
        FormattedReview review = german.format(works, List.of(
                Cluster.of(new CiteItem("miller2016", null, null, null, null, false, true))), List.of("cochrane2019"));
        assertThat(review.clusters().get(0).html()).isEqualTo("Miller und Raison (1)");
        assertThat(review.bibliography().get(1).html()).contains("2. Aufl.");
    }

    @Test
    void thePageLanguageOverridesTheStyleDefaultLocaleAsPandocsLangDoes() {
        FormattedReview apaGerman = german("apa");
        assertThat(apaGerman.clusters().get(1).html()).isEqualTo("(Deeks et al., 2019, S. 33)");
        assertThat(apaGerman.bibliography().get(0).html()).contains("(Hrsg.)", "(2. Aufl., S. 241–284)");
        // AMA fixes default-locale="en-US"; a page in German still gets German terms.
        FormattedReview amaGerman = german("american-medical-association");
        assertThat(amaGerman.clusters().get(0).html()).startsWith("Miller und Raison");
        assertThat(amaGerman.bibliography().get(1).html()).contains(", Hrsg. <i>Cochrane", "2. Aufl.");
    }

    private static FormattedReview german(String id) {
        CslStyle style = ((StyleLookup.Found) CslStyles.resolve(id, Path.of("."))).style();
        CslFormatter formatter = ((FormatterLookup.Ready) CslFormatter.create(style, "de")).formatter();
        return formatter.format(works, List.of(
                Cluster.of(new CiteItem("miller2016", null, null, null, null, false, true)),
                Cluster.of(new CiteItem("deeks2019", "33", "page", null, null, false, false))), List.of());
    }

    @Test
    void aBareLanguageKeepsTheRegionOfAStyleInThatLanguage() {
        CslStyle nature = ((StyleLookup.Found) CslStyles.resolve("nature", Path.of("."))).style();
        CslStyle harvard = ((StyleLookup.Found) CslStyles.resolve("harvard-cite-them-right", Path.of("."))).style();
        assertThat(EngineLocale.of(nature, "en")).isEqualTo(new EngineLocale("en-GB", true));
        assertThat(EngineLocale.of(nature, "en-US")).isEqualTo(new EngineLocale("en-US", true));
        assertThat(EngineLocale.of(nature, "de")).isEqualTo(new EngineLocale("de", true));
        assertThat(EngineLocale.of(harvard, "en")).isEqualTo(new EngineLocale("en", true));
        assertThat(EngineLocale.of(nature, null)).isEqualTo(new EngineLocale(null, false));
    }

    @Test
    void aReviewWithoutCitationsNeedsNoEngine() {
        int before = apa.engineRuns();
        FormattedReview review = apa.format(works, List.of(), List.of());
        assertThat(review.bibliography()).isEmpty();
        assertThat(review.clusters()).isEmpty();
        assertThat(apa.engineRuns()).isEqualTo(before);
    }

    @Test
    void unknownKeysAreProblemsNotExceptions() {
        FormattedReview review = vancouver.format(works, List.of(Cluster.of(CiteItem.of("nobody2020")),
                Cluster.of(CiteItem.of("colditz1994"), CiteItem.of("nobody2020"))), List.of("nobody2021"));
        assertThat(review.problems()).containsExactly("no bibliography item \"nobody2020\"",
                "no bibliography item \"nobody2020\"", "no bibliography item \"nobody2021\"");
        assertThat(review.clusters().get(0).segments()).isEmpty();
        assertThat(review.clusters().get(1).html()).isEqualTo("(1)");
        assertThat(review.bibliography()).extracting(Entry::id).containsExactly("colditz1994");
    }

    @Test
    void reviewsFormatOnSeveralThreadsAtOnce() throws Exception {
        List<Cluster> clusters = List.of(Cluster.of(CiteItem.of("juni1999"), CiteItem.of("egger1997")),
                Cluster.of(CiteItem.of("inthout2014")));
        String expected = apa.format(works, clusters, List.of()).toString();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> apa.format(works, clusters, List.of()).toString()));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStyleCiteprocJsCannotReadIsAProblem() {
        CslStyle broken = new CslStyle("broken", "<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\">"
                + "<citation><layout><bogus/></layout></citation></style>", null, false, false, false);
        FormatterLookup lookup = CslFormatter.create(broken, null);
        assertThat(lookup).isInstanceOf(FormatterLookup.Failed.class);
        assertThat(((FormatterLookup.Failed) lookup).message()).isEqualTo("cannot be read by citeproc-js: citeproc-js error: Undefined node name \"bogus\".");
    }

    /** citeproc-js accepts a citation layout calling an undefined macro, then prints its error in every citation. */
    @Test
    void aStyleWhoseCitationPrintsNothingIsAProblem() {
        CslStyle broken = new CslStyle("broken", "<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\">"
                + "<citation><layout><text macro=\"nomacro\"/></layout></citation></style>", null, false, false, false);
        FormatterLookup lookup = CslFormatter.create(broken, null);
        assertThat(lookup).isInstanceOf(FormatterLookup.Failed.class);
        assertThat(((FormatterLookup.Failed) lookup).message())
                .isEqualTo("cannot format a citation: reference with no printed form.");
    }

    private static CslFormatter formatter(String id) {
        CslStyle style = ((StyleLookup.Found) CslStyles.resolve(id, Path.of("."))).style();
        return ((FormatterLookup.Ready) CslFormatter.create(style, null)).formatter();
    }

    /**
     * A style that left nothing to reuse (an author-date one formats each review whole, and
     * here nothing was formatted) still leaves a pack saying citeproc-js took it: the next
     * build's formatter starts no engine before a review needs one. Building APA's took 10 s
     * of a 12 s cached rebuild that formatted nothing.
     */
    @Test
    void aStyleAnEarlierBuildAcceptedStartsNoEngine() {
        CslStyle style = ((StyleLookup.Found) CslStyles.resolve("vancouver", Path.of("."))).style();
        KeptPackTest.Store store = new KeptPackTest.Store();
        FormattingMemory first = new FormattingMemory(store);
        first.remembering(((FormatterLookup.Ready) CslFormatter.create(style, "en-US", first)).formatter());
        first.save(true);

        long before = CiteprocEngine.created();
        FormatterLookup again = CslFormatter.create(style, "en-US", new FormattingMemory(store));
        assertThat(again).isInstanceOf(FormatterLookup.Ready.class);
        assertThat(CiteprocEngine.created()).isEqualTo(before);
    }
}
