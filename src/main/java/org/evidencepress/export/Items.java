package org.evidencepress.export;

import org.evidencepress.frontmatter.CitableWork;
import org.evidencepress.frontmatter.SourceEntry;
import org.evidencepress.site.ReviewEntry;
import org.evidencepress.site.SiteConfig;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reviews and their sources as {@link Item}s. */
public final class Items {
    private Items() {
    }

    /**
     * The review as a work: its own authors (or, when it names none, the site's author or
     * publisher as an organisation), the site as its container, its page or DOI.
     */
    public static Item review(ReviewEntry review, SiteConfig site) {
        CitableWork work = review.file().front().work();
        List<Name> authors = new ArrayList<>();
        for (String author : work.authors()) {
            if (!SourceEntry.standsForOthers(author)) {
                authors.add(Name.parse(author));
            }
        }
        if (authors.isEmpty()) {
            authors.add(Name.literal(site.author() != null ? site.author() : site.publisherName()));
        }
        boolean more = work.authors().stream().anyMatch(SourceEntry::standsForOthers);
        String key = CiteKeys.base(authors.get(0), review.date().getYear());
        return new Item(key, "article-journal", review.title(), List.copyOf(authors), more, site.title(),
                dateParts(review.date()), work.doi(), site.absolute(review.url()), site.publisherName());
    }

    /** A review's Sources, keyed by their citation ids (made valid and unique as BibTeX keys). */
    public static List<Item> sources(List<SourceEntry> sources) {
        List<Item> items = new ArrayList<>();
        CiteKeys keys = new CiteKeys();
        for (SourceEntry s : sources) {
            List<Name> authors = new ArrayList<>();
            boolean more = false;
            for (String author : s.authors()) {
                if (SourceEntry.standsForOthers(author)) {
                    more = true;
                } else {
                    authors.add(Name.parse(author));
                }
            }
            String type = s.journal() != null ? "article-journal" : s.doi() == null && s.url() != null ? "webpage"
                    : "article";
            items.add(new Item(keys.unique(CiteKeys.clean(s.id())), type, s.title(), List.copyOf(authors), more,
                    s.journal(), s.year() == null ? List.of() : List.of(s.year()), s.doi(), s.url(), null));
        }
        return List.copyOf(items);
    }

    private static List<Integer> dateParts(LocalDate date) {
        return List.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }
}
