package org.evidencepress.site;

import org.evidencepress.frontmatter.SourceEntry;
import org.evidencepress.integrity.Doi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The cross-review index of cited works. */
final class SourceIndex {
    private SourceIndex() {
    }

    static List<Work> works(List<ReviewEntry> reviews) {
        return works(reviews, ModelMemory.forOneBuild());
    }

    static List<Work> works(List<ReviewEntry> reviews, ModelMemory memory) {
        List<Work> updated = memory.updatedWorks(reviews);
        if (updated != null) {
            return updated;
        }
        // Identity keys are pure functions of each source: computed in parallel, merged in order.
        List<List<String>> keysByReview = reviews.parallelStream()
                .map(r -> memory.identities(r.file(), r.sources())).toList();
        Map<String, Gathered> gathered = new LinkedHashMap<>();
        // Oldest review first, so a work is described as its earliest citer wrote it.
        for (int i = reviews.size() - 1; i >= 0; i--) {
            ReviewEntry review = reviews.get(i);
            List<String> keys = keysByReview.get(i);
            for (int j = 0; j < keys.size(); j++) {
                SourceEntry source = review.sources().get(j);
                Gathered work = gathered.get(keys.get(j));
                if (work == null) {
                    gathered.put(keys.get(j), new Gathered(source, new Work.Citer(review, source.number())));
                } else if (work.newest.review() != review) {
                    work.cites(new Work.Citer(review, source.number()));
                }
            }
        }
        List<Work> works = new ArrayList<>(gathered.size());
        String[] sortKeys = new String[gathered.size()];
        // Each work's gathering goes as its Work is made: the two are never all held at once.
        for (Iterator<Map.Entry<String, Gathered>> it = gathered.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Gathered> entry = it.next();
            it.remove();
            Gathered work = entry.getValue();
            SourceEntry s = work.first;
            sortKeys[works.size()] = memory.sortKey(entry.getKey(), s);
            works.add(new Work(s.title(), s.authors(), s.journal(), s.year(), s.doi(), s.url(), work.newestFirst()));
        }
        return memory.index(reviews, works, sortKeys);
    }

    /**
     * A work as the index gathers it: the entry that describes it and its citers. Most works
     * have one citer, which takes no list.
     */
    private static final class Gathered {
        final SourceEntry first;
        Work.Citer newest;
        /** The citers before {@link #newest}, oldest first; null while there are none. */
        List<Work.Citer> older;

        Gathered(SourceEntry first, Work.Citer citer) {
            this.first = first;
            this.newest = citer;
        }

        void cites(Work.Citer citer) {
            if (older == null) {
                older = new ArrayList<>(2);
            }
            older.add(newest);
            newest = citer;
        }

        List<Work.Citer> newestFirst() {
            if (older == null) {
                return List.of(newest);
            }
            List<Work.Citer> all = new ArrayList<>(older.size() + 1);
            all.add(newest);
            for (int i = older.size() - 1; i >= 0; i--) {
                all.add(older.get(i));
            }
            return List.copyOf(all);
        }
    }

    /**
     * Case- and accent-blind title first, then year and DOI to break ties, compared as one
     * plain string: a Collator, or a chain of comparators over records, made sorting 100,000
     * works the slowest step of a build. Two works always differ in it (their identity keys
     * differ in the DOI, or in the title's words or year), and it holds one copy of the title,
     * not two: the keys of 2.4 million works were the largest thing a build of 100,000
     * reviews held while it made the index.
     */
    static String sortKey(SourceEntry s) {
        String year = s.year() == null ? "" : Integer.toString(s.year());
        return Term.foldForSorting(s.title()) + '\u0000' + "0".repeat(Math.max(0, 6 - year.length())) + year
                + '\u0000' + (s.doi() == null ? "" : s.doi());
    }

    /**
     * Same DOI ignoring case is one work; without a DOI, the same normalised title and year.
     * A DOI is its own key (as written, when in lower case already: no copy per source).
     */
    static String key(SourceEntry source) {
        if (source.doi() != null) {
            String doi = Doi.key(source.doi());
            return doi.startsWith("10.") ? doi : "doi:" + doi;
        }
        String title = Term.words(Term.foldForSorting(source.title()), ' ');
        return "title:" + title + "|" + (source.year() == null ? "" : source.year());
    }
}
