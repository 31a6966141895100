package org.evidencepress.site;

import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.frontmatter.ParsedFile;
import org.evidencepress.frontmatter.SourceEntry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * What the site model remembers between builds of one site (serve). Unchanged reviews
 * keep their {@link ReviewEntry} instance, so every later comparison of page inputs that
 * holds them (lists, sources index, feed) stops at identity. The cross-review source index
 * keeps the keys of each review's sources, by the identity of its parsed file (an
 * unchanged file keeps its parse result), and the alphabetical order of the works:
 * building it from scratch was most of a one-review rebuild at 4,000 reviews, and an edit
 * rarely adds or removes a work. The very same parse results (an edit to a body alone
 * keeps its file's) give the very same model. A clean build uses {@link #forOneBuild()}, which
 * remembers nothing: on a large site that memory would cost more than the build can
 * spare. One builder at a time.
 */
public final class ModelMemory {
    private final boolean remembering;
    /** The last source index and the reviews it was built from. */
    private List<ReviewEntry> indexedReviews;
    private List<Work> indexedWorks;
    private Map<ParsedFile, ReviewEntry> entries = new IdentityHashMap<>();
    private Map<ParsedFile, ReviewEntry> usedEntries = new IdentityHashMap<>();
    /** Each parse result's entry before its terms were given their canonical spelling. */
    private Map<ParsedFile, ReviewEntry> made = new IdentityHashMap<>();
    private Map<ParsedFile, ReviewEntry> usedMade = new IdentityHashMap<>();
    /** Each parsed file's source identity keys (DOI, or title and year), in source order. */
    private Map<ParsedFile, List<String>> identities = new IdentityHashMap<>();
    private Map<ParsedFile, List<String>> used = Collections.synchronizedMap(new IdentityHashMap<>());
    /** Each work's sort key, by identity key. */
    private Map<String, String> sortKeys = new HashMap<>();
    private Map<String, String> usedSortKeys = new HashMap<>();
    /** Each work's position in the index, by sort key. */
    private Map<String, Integer> ranks = Map.of();
    /** The last model, what it was built from, and the problems found building it. */
    private Built built;

    private record Built(SiteConfig config, List<ParsedFile> files, SiteModelBuilder.Selection selection,
                         SiteModel model, List<Diagnostic> problems) {
    }

    private ModelMemory(boolean remembering) {
        this.remembering = remembering;
    }

    /** For a series of builds of one site. */
    public static ModelMemory remembering() {
        return new ModelMemory(true);
    }

    /** For a single build: nothing is kept. */
    public static ModelMemory forOneBuild() {
        return new ModelMemory(false);
    }

    /**
     * The last model when it was built from the same settings and the same parse results
     * (an edit to a body alone keeps its file's parse result), with its problems added to
     * {@code problems}; else null. Building it again cost a fifth of such a rebuild.
     */
    SiteModel sameModel(SiteConfig config, List<ParsedFile> files, SiteModelBuilder.Selection selection,
                        List<Diagnostic> problems) {
        if (built == null || !built.config.equals(config) || !built.selection.equals(selection)
                || built.files.size() != files.size()) {
            return null;
        }
        for (int i = 0; i < files.size(); i++) {
            if (built.files.get(i) != files.get(i)) {
                return null;
            }
        }
        problems.addAll(built.problems);
        return built.model;
    }

    /** Remembers a model for {@link #sameModel}; {@code problems} are those found building it. */
    void built(SiteConfig config, List<ParsedFile> files, SiteModelBuilder.Selection selection, SiteModel model,
               List<Diagnostic> problems) {
        if (remembering) {
            built = new Built(config, List.copyOf(files), selection, model, List.copyOf(problems));
        }
    }

    /**
     * The entry made from {@code file} last time when the file is unchanged (the same parse
     * result), else a new one: making it again (term slugs and all) for every review was a
     * measurable part of a rebuild.
     */
    ReviewEntry entry(ParsedFile file, boolean future, Supplier<ReviewEntry> make) {
        if (!remembering) {
            return make.get();
        }
        ReviewEntry old = made.get(file);
        ReviewEntry entry = old != null && old.future() == future ? old : make.get();
        usedMade.put(file, entry);
        return entry;
    }

    /** The entry of the previous build when it equals {@code fresh}, else {@code fresh}. */
    ReviewEntry same(ReviewEntry fresh) {
        if (!remembering) {
            return fresh;
        }
        ReviewEntry old = entries.get(fresh.file());
        ReviewEntry kept = old != null && (fromSameFile(old, fresh) || fresh.equals(old)) ? old : fresh;
        usedEntries.put(fresh.file(), kept);
        return kept;
    }

    /**
     * Equality for entries made from one parse result (an unchanged file): only what does not
     * come from the file can differ. Comparing whole entries, sources and all, was most of
     * building the model in a rebuild.
     */
    private static boolean fromSameFile(ReviewEntry old, ReviewEntry fresh) {
        return old.file() == fresh.file() && old.future() == fresh.future() && old.tags().equals(fresh.tags())
                && old.journal().equals(fresh.journal());
    }

    /**
     * The source index of {@code reviews} derived from the last one, or null when it must be
     * built afresh. An edit that leaves every review in its place and every source list as
     * it was (a title, a summary, the body) only changes which entry each work's citers
     * point to; anything else (a source, a new review, a move in the order) rebuilds.
     */
    List<Work> updatedWorks(List<ReviewEntry> reviews) {
        if (!remembering || indexedReviews == null || indexedReviews.size() != reviews.size()) {
            return null;
        }
        Map<ReviewEntry, ReviewEntry> replaced = new IdentityHashMap<>();
        for (int i = 0; i < reviews.size(); i++) {
            ReviewEntry fresh = reviews.get(i);
            ReviewEntry old = indexedReviews.get(i);
            if (fresh == old) {
                continue;
            }
            if (!fresh.file().path().equals(old.file().path()) || !fresh.sources().equals(old.sources())) {
                return null;
            }
            replaced.put(old, fresh);
        }
        if (replaced.isEmpty()) {
            return indexedWorks;
        }
        Work[] works = indexedWorks.toArray(Work[]::new);
        replaced.forEach((old, fresh) -> {
            for (SourceEntry source : fresh.sources()) {
                int position = ranks.get(sortKeys.get(SourceIndex.key(source)));
                Work w = works[position];
                works[position] = new Work(w.title(), w.authors(), w.journal(), w.year(), w.doi(), w.url(),
                        w.citers().stream().map(c -> c.review() == old ? new Work.Citer(fresh, c.number()) : c)
                                .toList());
            }
        });
        indexedReviews = reviews;
        indexedWorks = List.of(works);
        return indexedWorks;
    }

    /** Forgets the entries of files that were not in the build that just ended. */
    void endEntries() {
        entries = usedEntries;
        usedEntries = new IdentityHashMap<>();
        made = usedMade;
        usedMade = new IdentityHashMap<>();
    }

    /** The identity keys of a review's sources, in their order; safe to call from several threads. */
    List<String> identities(ParsedFile file, List<SourceEntry> sources) {
        List<String> known = identities.get(file);
        if (known == null) {
            known = sources.stream().map(SourceIndex::key).toList();
        }
        if (remembering) {
            used.put(file, known);
        }
        return known;
    }

    /** The sort key of the work {@code identity}, described by its first citing entry. */
    String sortKey(String identity, SourceEntry first) {
        if (!remembering) {
            return SourceIndex.sortKey(first);
        }
        String known = sortKeys.get(identity);
        if (known == null) {
            known = SourceIndex.sortKey(first);
        }
        usedSortKeys.put(identity, known);
        return known;
    }

    /**
     * {@code works} sorted by their keys ({@code workKeys[i]} belongs to {@code works.get(i)}),
     * remembered with the {@code reviews} they come from for {@link #updatedWorks}.
     */
    List<Work> index(List<ReviewEntry> reviews, List<Work> works, String[] workKeys) {
        // Entries of deleted or edited files are forgotten.
        identities = used;
        used = Collections.synchronizedMap(new IdentityHashMap<>());
        sortKeys = usedSortKeys;
        usedSortKeys = new HashMap<>();
        List<Work> sorted = samePlaces(works, workKeys);
        if (sorted == null) {
            sorted = sort(works, workKeys);
        }
        if (remembering) {
            indexedReviews = reviews;
            indexedWorks = sorted;
        }
        return sorted;
    }

    /** The works in the places they had last time, or null when the set of works changed. */
    private List<Work> samePlaces(List<Work> works, String[] workKeys) {
        if (workKeys.length != ranks.size()) {
            return null;
        }
        Work[] placed = new Work[workKeys.length];
        for (int i = 0; i < workKeys.length; i++) {
            Integer rank = ranks.get(workKeys[i]);
            if (rank == null || placed[rank] != null) {
                return null;
            }
            placed[rank] = works.get(i);
        }
        return List.of(placed);
    }

    private List<Work> sort(List<Work> works, String[] workKeys) {
        Integer[] order = IntStream.range(0, workKeys.length).boxed().toArray(Integer[]::new);
        Arrays.parallelSort(order, (a, b) -> workKeys[a].compareTo(workKeys[b]));
        Map<String, Integer> newRanks = remembering ? new HashMap<>(workKeys.length * 2) : Map.of();
        List<Work> sorted = new ArrayList<>(workKeys.length);
        for (int rank = 0; rank < order.length; rank++) {
            if (remembering) {
                newRanks.put(workKeys[order[rank]], rank);
            }
            sorted.add(works.get(order[rank]));
        }
        ranks = newRanks;
        return List.copyOf(sorted);
    }
}
