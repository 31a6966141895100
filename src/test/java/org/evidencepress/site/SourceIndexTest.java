package org.evidencepress.site;

import org.evidencepress.frontmatter.PackedSources;
import org.evidencepress.frontmatter.SourceEntry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SourceIndexTest {

    private static SourceEntry source(int number, String title, Integer year, String doi) {
        return new SourceEntry(number, "s" + number, title, List.of(), "J", year, doi, null, 1, 1);
    }

    private static ReviewEntry review(String slug, LocalDate date, SourceEntry... sources) {
        return new ReviewEntry(null, slug, "reviews/" + slug + "/", "Review " + slug, date, null, null, List.of(),
                Term.of("J"), Term.of("2020"), null, null, List.of(sources), List.of(), false, false);
    }

    @Test
    void sameDoiInAnyCaseIsOneWorkListingBothReviewsWithTheirNumbers() {
        ReviewEntry newer = review("newer", LocalDate.of(2026, 2, 1),
                source(1, "Other", 2001, null), source(2, "Shared work", 2015, "10.1000/ABC.def"));
        ReviewEntry older = review("older", LocalDate.of(2025, 1, 1),
                source(1, "Shared work, as cited by the older review", 2015, "10.1000/abc.DEF"));
        List<Work> works = SourceIndex.works(List.of(newer, older));
        assertThat(works).hasSize(2);
        Work shared = works.stream().filter(w -> w.doi() != null).findFirst().orElseThrow();
        assertThat(shared.citers()).extracting(c -> c.review().slug(), Work.Citer::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("newer", 2),
                        org.assertj.core.groups.Tuple.tuple("older", 1));
        assertThat(shared.title()).as("described as its earliest citer wrote it")
                .isEqualTo("Shared work, as cited by the older review");
    }

    @Test
    void withoutDoiTheSameNormalisedTitleAndYearIsOneWork() {
        ReviewEntry a = review("a", LocalDate.of(2026, 1, 1), source(1, "Sleep and Café  culture: a review", 2019, null));
        ReviewEntry b = review("b", LocalDate.of(2025, 1, 1), source(1, "Unrelated", 2001, null),
                source(2, "sleep and cafe culture — A Review.", 2019, null));
        ReviewEntry c = review("c", LocalDate.of(2024, 1, 1), source(1, "Sleep and cafe culture: a review", 2020, null));
        List<Work> works = SourceIndex.works(List.of(a, b, c));
        assertThat(works).hasSize(3);
        assertThat(works).filteredOn(w -> w.year() == 2019).singleElement()
                .satisfies(w -> assertThat(w.citers()).extracting(Work.Citer::number).containsExactly(1, 2));
    }

    @Test
    void aWorkCitedByManyReviewsListsThemNewestFirstEachOnceAndSortsByFoldedTitleThenYear() {
        ReviewEntry newest = review("c", LocalDate.of(2026, 3, 1), source(1, "Zinc", 2001, "10.1/z"),
                source(2, "Étude", 2019, null));
        ReviewEntry middle = review("b", LocalDate.of(2025, 3, 1), source(1, "Other", 2002, null),
                source(2, "Zinc again", 2001, "10.1/Z"), source(3, "zinc", 2001, "10.1/z"));
        ReviewEntry oldest = review("a", LocalDate.of(2024, 3, 1), source(1, "Other", 2002, null),
                source(2, "Other", 2002, null), source(3, "Other", 2002, null), source(4, "zinc", 2001, "10.1/Z"),
                source(5, "etude", 2018, null));
        List<Work> works = SourceIndex.works(List.of(newest, middle, oldest));
        assertThat(works).extracting(Work::title, Work::year)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("etude", 2018),
                        org.assertj.core.groups.Tuple.tuple("Étude", 2019),
                        org.assertj.core.groups.Tuple.tuple("Other", 2002),
                        org.assertj.core.groups.Tuple.tuple("zinc", 2001));
        assertThat(works.get(3).citers()).extracting(c -> c.review().slug(), Work.Citer::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c", 1),
                        org.assertj.core.groups.Tuple.tuple("b", 2), org.assertj.core.groups.Tuple.tuple("a", 4));
    }

    @Test
    void aUrlThatIsADoisResolverLinkIsThatDoisWork() {
        ReviewEntry byDoi = review("a", LocalDate.of(2026, 1, 1), source(1, "PRISMA 2020", 2021, "10.1136/bmj.n71"));
        ReviewEntry byUrl = review("b", LocalDate.of(2025, 1, 1), new SourceEntry(1, "s1", "The PRISMA 2020 statement",
                List.of(), "J", 2021, null, "https://doi.org/10.1136/BMJ.n71", 1, 1));
        // Same title and year as the work the url names, yet a different work: no DOI, no link.
        ReviewEntry byTitle = review("c", LocalDate.of(2024, 1, 1), source(1, "The PRISMA 2020 statement", 2021, null));

        List<Work> works = SourceIndex.works(List.of(byDoi, byUrl, byTitle));

        assertThat(works).hasSize(2);
        assertThat(works).filteredOn(w -> w.citers().size() == 2).singleElement()
                .satisfies(w -> assertThat(w.citers()).extracting(c -> c.review().slug()).containsExactly("a", "b"));
    }

    @Test
    void aDoiAndATitleMatchAreNotMerged() {
        ReviewEntry a = review("a", LocalDate.of(2026, 1, 1), source(1, "Same title", 2019, "10.1/x"));
        ReviewEntry b = review("b", LocalDate.of(2025, 1, 1), source(1, "Same title", 2019, "10.1/y"));
        assertThat(SourceIndex.works(List.of(a, b))).hasSize(2);
    }

    /** A store in memory that counts what it is asked, like the build cache between two runs. */
    private static final class MapStore implements WorkStore {
        final java.util.Map<String, StoredWorks> kept = new java.util.HashMap<>();
        int found;

        @Override
        public StoredWorks find(byte[] digest) {
            StoredWorks works = kept.get(java.util.HexFormat.of().formatHex(digest));
            found += works == null ? 0 : 1;
            return works;
        }

        @Override
        public void keep(byte[] digest, StoredWorks works) {
            kept.put(java.util.HexFormat.of().formatHex(digest), works);
        }
    }

    private static List<ReviewEntry> reviews(String etudeTitle) {
        return List.of(review("c", LocalDate.of(2026, 3, 1), source(1, "Zinc", 2001, "10.1/z"),
                        source(2, etudeTitle, 2019, null)),
                review("b", LocalDate.of(2025, 3, 1), source(1, "Other", 2002, null), source(2, "zinc", 2001, "10.1/Z")));
    }

    /** One review citing {@code sources}, packed as the parser packs them when {@code packed}. */
    private static List<ReviewEntry> citing(boolean packed, SourceEntry... sources) {
        List<SourceEntry> list = packed ? PackedSources.of(Arrays.asList(sources)) : List.of(sources);
        return List.of(new ReviewEntry(null, "r", "reviews/r/", "Review", LocalDate.of(2026, 1, 1), null, null,
                List.of(), Term.of("J"), Term.of("2020"), null, null, list, List.of(), false, false));
    }

    private static SourceEntry cited(String title, Integer year, String doi, String url, String author) {
        return new SourceEntry(1, "s1", title, List.of(author), "J", year, doi, url, 1, 1);
    }

    @Test
    void theDigestFollowsTheTitleYearDoiAndUrlOfEverySourceAndNothingElse() {
        for (boolean packed : new boolean[] {true, false}) {
            byte[] base = SourceIndex.digest(citing(packed, cited("Zinc", 2001, "10.1/z", null, "A. B"),
                    cited("Étude", null, null, null, "C. D")));
            assertThat(citing(true, cited("Zinc", 2001, "10.1/z", null, "A. B")).get(0).sources())
                    .isInstanceOf(PackedSources.class);
            // Equal lists digest alike; what a work's identity and order do not use is left out.
            assertThat(SourceIndex.digest(citing(packed, cited("Zinc", 2001, "10.1/z", null, "E. F"),
                    cited("Étude", null, null, null, "C. D")))).isEqualTo(base);
            for (List<ReviewEntry> edited : List.of(
                    citing(packed, cited("Zinc.", 2001, "10.1/z", null, "A. B"), cited("Étude", null, null, null, "C. D")),
                    citing(packed, cited("Zinc", 2002, "10.1/z", null, "A. B"), cited("Étude", null, null, null, "C. D")),
                    citing(packed, cited("Zinc", 2001, "10.1/y", null, "A. B"), cited("Étude", null, null, null, "C. D")),
                    citing(packed, cited("Zinc", 2001, null, null, "A. B"), cited("Étude", null, null, null, "C. D")),
                    // A url may be a DOI's link, which names the work.
                    citing(packed, cited("Zinc", 2001, "10.1/z", null, "A. B"),
                            cited("Étude", null, null, "https://doi.org/10.1/e", "C. D")),
                    citing(packed, cited("Zinc", 2001, "10.1/z", null, "A. B"), cited("Étude", 0, null, null, "C. D")),
                    citing(packed, cited("Zinc", 2001, "10.1/z", null, "A. B")))) {
                assertThat(SourceIndex.digest(edited)).isNotEqualTo(base);
            }
        }
    }

    @Test
    void anIndexKeptForTheSameSourcesIsFoundInTheNextRunAndEqualsOneMadeAfresh() {
        MapStore store = new MapStore();
        List<Work> first = SourceIndex.works(reviews("Étude"), ModelMemory.keptIn(store));
        assertThat(store.kept).hasSize(1);
        assertThat(store.found).isZero();

        // New entries with the same Sources lists, as after an edit to a review's body or title.
        List<Work> again = SourceIndex.works(reviews("Étude"), ModelMemory.keptIn(store));
        assertThat(store.found).isEqualTo(1);
        assertThat(again).isEqualTo(first).isEqualTo(SourceIndex.works(reviews("Étude")));
    }

    @Test
    void anEditedSourceIsIndexedAfreshUnderAnotherDigest() {
        MapStore store = new MapStore();
        SourceIndex.works(reviews("Étude"), ModelMemory.keptIn(store));
        // The new title sorts this work second: the kept order lists it first.
        List<Work> edited = SourceIndex.works(reviews("Zebra"), ModelMemory.keptIn(store));
        assertThat(store.found).isZero();
        assertThat(store.kept).hasSize(2);
        assertThat(edited).extracting(Work::title).containsExactly("Other", "Zebra", "zinc");
        assertThat(edited).isEqualTo(SourceIndex.works(reviews("Zebra")));
    }

    @Test
    void aKeptIndexThatNamesAPlaceTheReviewsDoNotHaveIsNotTrusted() {
        MapStore store = new MapStore();
        SourceIndex.works(reviews("Étude"), ModelMemory.keptIn(store));
        String digest = store.kept.keySet().iterator().next();
        StoredWorks good = store.kept.get(digest);
        long[] described = good.described().clone();
        described[0] = (long) 7 << 32; // a review there is not
        store.kept.put(digest, new StoredWorks(described, good.citerStarts(), good.citers()));

        assertThat(SourceIndex.works(reviews("Étude"), ModelMemory.keptIn(store)))
                .isEqualTo(SourceIndex.works(reviews("Étude")));
        assertThat(store.found).isEqualTo(1);
        assertThat(WorkList.restored(reviews("Étude"), new StoredWorks(new long[0], new int[] {0}, new long[] {1})))
                .isNull();
    }
}
