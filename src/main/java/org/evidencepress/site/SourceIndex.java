package org.evidencepress.site;

import org.evidencepress.frontmatter.SourceEntry;
import org.evidencepress.integrity.Doi;

import java.util.ArrayList;
import java.util.Collections;
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
                Gathered work = gathered.computeIfAbsent(keys.get(j), k -> new Gathered(source));
                if (work.citers.isEmpty() || work.citers.get(work.citers.size() - 1).review() != review) {
                    work.citers.add(new Work.Citer(review, source.number()));
                }
            }
        }
        List<Work> works = new ArrayList<>(gathered.size());
        String[] sortKeys = new String[gathered.size()];
        gathered.forEach((key, work) -> {
            SourceEntry s = work.first;
            List<Work.Citer> newestFirst = new ArrayList<>(work.citers);
            Collections.reverse(newestFirst);
            sortKeys[works.size()] = memory.sortKey(key, s);
            works.add(new Work(s.title(), s.authors(), s.journal(), s.year(), s.doi(), s.url(),
                    List.copyOf(newestFirst)));
        });
        return memory.index(reviews, works, sortKeys);
    }

    /** A work as the index gathers it: the entry that describes it, and its citers, oldest first. */
    private static final class Gathered {
        final SourceEntry first;
        final List<Work.Citer> citers = new ArrayList<>(2);

        Gathered(SourceEntry first) {
            this.first = first;
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
