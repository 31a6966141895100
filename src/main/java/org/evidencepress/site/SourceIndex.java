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
        // Keys are pure functions of each source: computed in parallel, merged in order.
        List<List<String>> keysByReview = reviews.parallelStream()
                .map(r -> r.sources().stream().map(SourceIndex::key).toList()).toList();
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
        citers.forEach((key, list) -> {
            SourceEntry s = firstEntry.get(key);
            List<Work.Citer> newestFirst = new ArrayList<>(list);
            Collections.reverse(newestFirst);
            works.add(new Work(s.title(), s.authors(), s.journal(), s.year(), s.doi(), s.url(),
                    List.copyOf(newestFirst)));
        });
        // A Collator compares hundreds of thousands of titles too slowly; a folded key per
        // work, computed once, gives the same case- and accent-blind order.
        List<Sortable> sortable = works.parallelStream().map(w -> new Sortable(Term.foldForSorting(w.title()), w))
                .toList();
        return sortable.stream().sorted(Comparator.comparing(Sortable::fold)
                        .thenComparing(k -> k.work().title())
                        .thenComparing(k -> k.work().year() == null ? 0 : k.work().year())
                        .thenComparing(k -> k.work().doi() == null ? "" : k.work().doi()))
                .map(Sortable::work).toList();
    }

    private record Sortable(String fold, Work work) {
    }

    /** Same DOI ignoring case is one work; without a DOI, the same normalised title and year. */
    static String key(SourceEntry source) {
        if (source.doi() != null) {
            return "doi:" + source.doi().toLowerCase(Locale.ROOT);
        }
        String folded = Term.foldForSorting(source.title());
        StringBuilder title = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && title.length() > 0) {
                    title.append(' ');
                }
                gap = false;
                title.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        return "title:" + title + "|" + (source.year() == null ? "" : source.year());
    }
}
