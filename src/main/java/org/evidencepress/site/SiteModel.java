package org.evidencepress.site;

import org.evidencepress.frontmatter.ParsedFile;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Everything known about the site before any page is rendered: the reviews to publish
 * (newest first), the plain pages, the taxonomies and the cross-review source index.
 */
public record SiteModel(SiteConfig config, List<ReviewEntry> reviews, List<PageEntry> pages,
                        List<Taxonomy> taxonomies, List<Work> works) {

    /** Every language the site's pages are in: the site's, and any a review or page sets for itself. */
    public Set<String> languages() {
        Set<String> languages = new TreeSet<>();
        languages.add(config.language());
        reviews.forEach(r -> addOwn(languages, r.file()));
        pages.forEach(p -> addOwn(languages, p.file()));
        return languages;
    }

    /**
     * The site-relative file that names {@code language}: site.yaml when it does, else the
     * first review or page that sets it for itself; null for the default language.
     */
    public String declaringFile(String language) {
        if (config.languageSet() && config.language().equalsIgnoreCase(language)) {
            return SiteConfigParser.FILE;
        }
        return Stream.concat(reviews.stream().map(ReviewEntry::file), pages.stream().map(PageEntry::file))
                .filter(f -> language.equalsIgnoreCase(f.front().language())).map(ParsedFile::path).findFirst()
                .orElse(null);
    }

    /**
     * The plain pages of the main navigation: all but those with {@code menu: false}, lighter
     * {@code weight} first, and pages without one (or with 0) last, as Hugo orders them.
     */
    public List<PageEntry> menu() {
        return pages.stream().filter(p -> p.file().front().menu().shown())
                .sorted(Comparator.comparing((PageEntry p) -> p.file().front().menu().weight() == 0)
                        .thenComparingInt(p -> p.file().front().menu().weight())).toList();
    }

    private static void addOwn(Set<String> languages, ParsedFile file) {
        if (file.front().language() != null) {
            languages.add(file.front().language());
        }
    }
}
