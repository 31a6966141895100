package org.evidencepress.site;

import org.evidencepress.frontmatter.SourceEntry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
        Map<String, List<Work.Citer>> citers = new LinkedHashMap<>();
        Map<String, SourceEntry> firstEntry = new LinkedHashMap<>();
        // Oldest review first, so a work is described as its earliest citer wrote it.
        for (int i = reviews.size() - 1; i >= 0; i--) {
            ReviewEntry review = reviews.get(i);
            List<String> keys = keysByReview.get(i);
            for (int j = 0; j < keys.size(); j++) {
                SourceEntry source = review.sources().get(j);
                firstEntry.putIfAbsent(keys.get(j), source);
                List<Work.Citer> list = citers.computeIfAbsent(keys.get(j), k -> new ArrayList<>(2));
                if (list.isEmpty() || list.get(list.size() - 1).review() != review) {
                    list.add(new Work.Citer(review, source.number()));
                }
            }
        }
        List<Work> works = new ArrayList<>(citers.size());
        String[] sortKeys = new String[citers.size()];
        citers.forEach((key, list) -> {
            SourceEntry s = firstEntry.get(key);
            List<Work.Citer> newestFirst = new ArrayList<>(list);
            Collections.reverse(newestFirst);
            sortKeys[works.size()] = memory.sortKey(key, s);
            works.add(new Work(s.title(), s.authors(), s.journal(), s.year(), s.doi(), s.url(),
                    List.copyOf(newestFirst)));
        });
        return memory.index(reviews, works, sortKeys);
    }

    /**
     * Case- and accent-blind title first, then the exact title, year and DOI to break ties,
     * compared as one plain string: a Collator, or a chain of comparators over records, made
     * sorting 100,000 works the slowest step of a build.
     */
    static String sortKey(SourceEntry s) {
        String year = s.year() == null ? "" : Integer.toString(s.year());
        return Term.foldForSorting(s.title()) + '\u0000' + s.title() + '\u0000'
                + "0".repeat(Math.max(0, 6 - year.length())) + year + '\u0000' + (s.doi() == null ? "" : s.doi());
    }

    /** Same DOI ignoring case is one work; without a DOI, the same normalised title and year. */
    static String key(SourceEntry source) {
        if (source.doi() != null) {
            return "doi:" + source.doi().toLowerCase(Locale.ROOT);
        }
        String title = Term.words(Term.foldForSorting(source.title()), ' ');
        return "title:" + title + "|" + (source.year() == null ? "" : source.year());
    }
}
