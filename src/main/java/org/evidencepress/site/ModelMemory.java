package org.evidencepress.site;

import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.frontmatter.ParsedFile;
import org.evidencepress.frontmatter.SourceEntry;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.Supplier;

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
    private WorkList indexedWorks;
    private Map<ParsedFile, ReviewEntry> entries = new IdentityHashMap<>();
    private Map<ParsedFile, ReviewEntry> usedEntries = new IdentityHashMap<>();
    /** Each parse result's entry before its terms were given their canonical spelling. */
    private Map<ParsedFile, ReviewEntry> made = new IdentityHashMap<>();
    private Map<ParsedFile, ReviewEntry> usedMade = new IdentityHashMap<>();
    /** The hashes of each parsed file's source identity keys (DOI, or title and year), in source order. */
    private Map<ParsedFile, long[]> identities = new IdentityHashMap<>();
    private Map<ParsedFile, long[]> used = Collections.synchronizedMap(new IdentityHashMap<>());
    /** Each work's sort key, by identity key. */
    private Map<String, String> sortKeys = new ConcurrentHashMap<>();
    private Map<String, String> usedSortKeys = new ConcurrentHashMap<>();
    /** Each work's position in the index, by sort key. */
    private Map<String, Integer> ranks = Map.of();
    /** The last model, what it was built from, and the problems found building it. */
    private Built built;

    private record Built(SiteConfig config, List<ParsedFile> files, SiteModelBuilder.Selection selection,
                         SiteModel model, List<Diagnostic> problems) {
    }

    /** Where the source index waits between runs of the program, or null. */
    private final WorkStore workStore;
    /** The digest the index of this build is kept under in {@link #workStore}. */
    private byte[] worksDigest;

    private ModelMemory(boolean remembering, WorkStore workStore) {
        this.remembering = remembering;
        this.workStore = workStore;
    }

    /** For a series of builds of one site. */
    public static ModelMemory remembering() {
        return new ModelMemory(true, null);
    }

    /** For a single build: nothing is kept. */
    public static ModelMemory forOneBuild() {
        return new ModelMemory(false, null);
    }

    /** For a single build that finds its source index in {@code store} when made from the same sources, and keeps it there. */
    public static ModelMemory keptIn(WorkStore store) {
        return new ModelMemory(false, store);
    }

    /** The source index of {@code reviews} as the store holds it, or null; see {@link #store}. */
    WorkList storedWorks(List<ReviewEntry> reviews) {
        if (workStore == null) {
            return null;
        }
        worksDigest = SourceIndex.digest(reviews);
        StoredWorks stored = workStore.find(worksDigest);
        return stored == null ? null : WorkList.restored(reviews, stored);
    }

    /** Keeps the source index just made for the reviews {@link #storedWorks} was asked about. */
    void store(WorkList works) {
        if (workStore != null && worksDigest != null) {
            workStore.keep(worksDigest, works.stored());
        }
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
        boolean replaced = false;
        for (int i = 0; i < reviews.size(); i++) {
            ReviewEntry fresh = reviews.get(i);
            ReviewEntry old = indexedReviews.get(i);
            if (fresh == old) {
                continue;
            }
            if (!fresh.file().path().equals(old.file().path()) || !fresh.sources().equals(old.sources())) {
                return null;
            }
            replaced = true;
        }
        if (!replaced) {
            return indexedWorks;
        }
        indexedReviews = reviews;
        indexedWorks = indexedWorks.citedBy(reviews);
        return indexedWorks;
    }

    /** Forgets the entries of files that were not in the build that just ended. */
    void endEntries() {
        entries = usedEntries;
        usedEntries = new IdentityHashMap<>();
        made = usedMade;
        usedMade = new IdentityHashMap<>();
    }

    /** The hashes of the identity keys of a review's sources, in their order; safe to call from several threads. */
    long[] identities(ParsedFile file, List<SourceEntry> sources) {
        long[] known = identities.get(file);
        if (known == null) {
            known = sources.stream().mapToLong(s -> WorkTable.hash(SourceIndex.key(s))).toArray();
        }
        if (remembering) {
            used.put(file, known);
        }
        return known;
    }

    /** The sort key of the work that {@code first}, its first citing entry, describes; safe to call from several threads. */
    String sortKey(SourceEntry first) {
        if (!remembering) {
            return SourceIndex.sortKey(first);
        }
        String identity = SourceIndex.key(first);
        String known = usedSortKeys.get(identity);
        if (known == null) {
            known = sortKeys.get(identity);
        }
        if (known == null) {
            known = SourceIndex.sortKey(first);
        }
        usedSortKeys.put(identity, known);
        return known;
    }

    /**
     * The {@code gathered} works sorted by their keys ({@code keyOf} gives work {@code i}'s),
     * remembered with the {@code reviews} they come from for {@link #updatedWorks}.
     */
    WorkList index(List<ReviewEntry> reviews, WorkList.Gathering gathered, IntFunction<String> keyOf) {
        // Entries of deleted or edited files are forgotten.
        identities = used;
        used = Collections.synchronizedMap(new IdentityHashMap<>());
        int[] order = samePlaces(gathered.size(), keyOf);
        if (order == null) {
            order = KeyedSort.order(gathered.size(), keyOf);
            if (remembering) {
                Map<String, Integer> newRanks = new HashMap<>(order.length * 2);
                for (int rank = 0; rank < order.length; rank++) {
                    newRanks.put(keyOf.apply(order[rank]), rank);
                }
                ranks = newRanks;
            }
        }
        // So are the sort keys of works no longer cited.
        sortKeys = usedSortKeys;
        usedSortKeys = new ConcurrentHashMap<>();
        WorkList sorted = WorkList.ordered(reviews, gathered, order);
        if (remembering) {
            indexedReviews = reviews;
            indexedWorks = sorted;
        }
        return sorted;
    }

    /** Each rank's work, in the places the works had last time, or null when the set of works changed. */
    private int[] samePlaces(int count, IntFunction<String> keyOf) {
        if (count != ranks.size()) {
            return null;
        }
        int[] order = new int[count];
        Arrays.fill(order, -1);
        for (int i = 0; i < count; i++) {
            Integer rank = ranks.get(keyOf.apply(i));
            if (rank == null || order[rank] != -1) {
                return null;
            }
            order[rank] = i;
        }
        return order;
    }
}
