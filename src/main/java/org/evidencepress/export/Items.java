package org.evidencepress.export;

import org.evidencepress.bibliography.BibItem;
import org.evidencepress.bibliography.CslNames;
import org.evidencepress.bibliography.RichText;
import org.evidencepress.cite.BibSources;
import org.evidencepress.frontmatter.CitableWork;
import org.evidencepress.frontmatter.SourceEntry;
import org.evidencepress.site.ReviewEntry;
import org.evidencepress.site.SiteConfig;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        // In the review's language, or the site's when site.yaml names one.
        String language = review.file().languageOr(site.languageSet() ? site.language() : null);
        return new Item(key, "article-journal", review.title(), List.copyOf(authors), more, site.title(),
                dateParts(review.date()), work.doi(), site.absolute(review.url()), site.publisherName(),
                Item.Details.inLanguage(language));
    }

    /**
     * A review's Sources, keyed by their citation ids (made valid and unique as BibTeX keys),
     * with every field their CSL item has: a bibliography entry's own, or one made from an
     * inline source's fields.
     */
    public static List<Item> sources(List<SourceEntry> sources) {
        List<Item> items = new ArrayList<>();
        CiteKeys keys = new CiteKeys();
        for (SourceEntry s : sources) {
            Map<String, Object> csl = BibSources.cslItemWithoutInlineAuthors(s);
            List<Name> authors = new ArrayList<>();
            boolean more = false;
            if (s.details().csl() == null) {
                for (String author : s.authors()) {
                    if (SourceEntry.standsForOthers(author)) {
                        more = true;
                    } else {
                        authors.add(Name.parse(author));
                    }
                }
            } else {
                authors = cslNames(csl.get("author"));
                more = CslNames.endsWithOthers(csl.get("author"));
            }
            List<Name> editors = cslNames(csl.get("editor"));
            String type = text(csl, "type");
            if (type == null || s.details().csl() == null && s.details().type() == null) {
                type = s.journal() != null ? "article-journal" : s.doi() == null && s.url() != null ? "webpage"
                        : "article";
            }
            Item.Details details = new Item.Details(List.copyOf(editors), text(csl, "volume"), text(csl, "issue"),
                    text(csl, "page"), text(csl, "publisher-place"), text(csl, "edition"), text(csl, "ISBN"),
                    text(csl, "ISSN"), text(csl, "container-title-short"), text(csl, "genre"),
                    BibItem.dateParts(csl.get("accessed")), text(csl, "number"), text(csl, "collection-title"),
                    text(csl, "language"), s.details().csl());
            items.add(new Item(keys.unique(CiteKeys.clean(s.id())), type, s.plainTitle(), List.copyOf(authors), more,
                    s.journal(), issued(csl, s.year()), s.doi(), s.url(), text(csl, "publisher"), details));
        }
        return List.copyOf(items);
    }

    /** CSL-JSON names as names, leaving out the "others" that stands for names not given. */
    static List<Name> cslNames(Object names) {
        List<Name> out = new ArrayList<>();
        for (Object name : names instanceof List<?> list ? list : List.of()) {
            Name parsed = name instanceof Map<?, ?> parts ? Name.ofCsl(parts) : null;
            if (parsed != null && !(parsed.literal() != null && SourceEntry.standsForOthers(parsed.literal()))) {
                out.add(parsed);
            }
        }
        return out;
    }

    private static String text(Map<String, Object> csl, String field) {
        Object value = csl.get(field);
        return value == null || value.toString().isBlank() ? null : RichText.plain(value.toString().strip());
    }

    /** The date parts of {@code issued} as numbers, else the year alone. */
    private static List<Integer> issued(Map<String, Object> csl, Integer year) {
        List<Integer> parts = BibItem.dateParts(csl.get("issued"));
        return !parts.isEmpty() ? parts : year == null ? List.of() : List.of(year);
    }

    private static List<Integer> dateParts(LocalDate date) {
        return List.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }
}
