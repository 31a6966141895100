package org.evidencepress.site;

import org.evidencepress.frontmatter.SourceEntry;

import java.text.Normalizer;
import java.util.ArrayList;
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
        Map<String, List<Work.Citer>> citers = new LinkedHashMap<>();
        Map<String, SourceEntry> firstEntry = new LinkedHashMap<>();
        // Oldest review first, so a work is described as its earliest citer wrote it.
        for (int i = reviews.size() - 1; i >= 0; i--) {
            ReviewEntry review = reviews.get(i);
            for (SourceEntry source : review.sources()) {
                String key = key(source);
                firstEntry.putIfAbsent(key, source);
                List<Work.Citer> list = citers.computeIfAbsent(key, k -> new ArrayList<>());
                if (list.stream().noneMatch(c -> c.review() == review)) {
                    list.add(new Work.Citer(review, source.number()));
                }
            }
        }
        List<Work> works = new ArrayList<>(citers.size());
        citers.forEach((key, list) -> {
            SourceEntry s = firstEntry.get(key);
            List<Work.Citer> newestFirst = new ArrayList<>(list);
            java.util.Collections.reverse(newestFirst);
            works.add(new Work(s.title(), s.authors(), s.journal(), s.year(), s.doi(), s.url(),
                    List.copyOf(newestFirst)));
        });
        // A Collator compares hundreds of thousands of titles too slowly; a folded key per
        // work, computed once, gives the same case- and accent-blind order.
        Map<Work, String> keys = new java.util.IdentityHashMap<>();
        works.forEach(w -> keys.put(w, Term.foldForSorting(w.title())));
        works.sort(Comparator.comparing((Work w) -> keys.get(w))
                .thenComparing(Work::title)
                .thenComparing(w -> w.year() == null ? 0 : w.year())
                .thenComparing(w -> w.doi() == null ? "" : w.doi()));
        return List.copyOf(works);
    }

    /** Same DOI ignoring case is one work; without a DOI, the same normalised title and year. */
    static String key(SourceEntry source) {
        if (source.doi() != null) {
            return "doi:" + source.doi().toLowerCase(Locale.ROOT);
        }
        String title = Normalizer.normalize(source.title(), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return "title:" + title + "|" + (source.year() == null ? "" : source.year());
    }
}
