package org.evidencepress.render;

import org.evidencepress.bibliography.CslNames;
import org.evidencepress.frontmatter.CitableWork;
import org.evidencepress.frontmatter.SourceEntry;
import org.evidencepress.integrity.Doi;
import org.evidencepress.frontmatter.Study;
import org.evidencepress.site.ReviewEntry;
import org.evidencepress.site.SiteConfig;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Machine-readable descriptions of a review for search engines and scholarly indexers. */
public final class Metadata {
    private Metadata() {
    }

    /** schema.org JSON-LD: the review, the study it reports ({@code about}) and its sources. */
    public static String jsonLd(ReviewEntry review, SiteConfig site) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", "https://schema.org");
        doc.put("@type", "ScholarlyArticle");
        doc.put("headline", review.title());
        doc.put("name", review.title());
        doc.put("description", review.summary());
        doc.put("datePublished", review.dateIso());
        doc.put("url", site.absolute(review.url()));
        doc.put("mainEntityOfPage", site.absolute(review.url()));
        doc.put("inLanguage", review.file().languageOr(site.language()));
        CitableWork work = review.file().front().work();
        if (work.updated() != null) {
            doc.put("dateModified", work.updated().toString());
        }
        if (!work.namedAuthors().isEmpty()) {
            doc.put("author", work.namedAuthors().stream().map(Metadata::author).toList());
        } else if (site.author() != null) {
            doc.put("author", typed("Organization", "name", site.author()));
        }
        if (work.doi() != null) {
            doc.put("identifier", doi(work.doi()));
            doc.put("sameAs", Doi.href(work.doi()));
        }
        doc.put("publisher", typed("Organization", "name", site.publisherName()));
        if (!review.tags().isEmpty()) {
            doc.put("keywords", review.tags().stream().map(t -> t.name()).toList());
        }
        doc.put("about", study(review.study()));
        List<Object> citations = new ArrayList<>();
        for (SourceEntry source : review.sources()) {
            citations.add(work(source));
        }
        doc.put("citation", citations);
        return Json.write(doc);
    }

    private static Map<String, Object> study(Study study) {
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("@type", "ScholarlyArticle");
        about.put("description", study.results());
        about.put("datePublished", Integer.toString(study.year()));
        about.put("isPartOf", typed("Periodical", "name", study.journal()));
        if (!study.authors().isEmpty()) {
            about.put("author", study.authors().stream().map(Metadata::author).toList());
        }
        if (study.organization() != null) {
            about.put("sourceOrganization", typed("Organization", "name", study.organization()));
        }
        return about;
    }

    static Map<String, Object> work(SourceEntry source) {
        Map<String, Object> work = new LinkedHashMap<>();
        boolean chapter = "chapter".equals(source.details().type());
        work.put("@type", chapter ? "Chapter" : "ScholarlyArticle");
        work.put("name", source.plainTitle());
        if (!source.namedAuthors().isEmpty()) {
            work.put("author", source.namedAuthors().stream().map(Metadata::author).toList());
        }
        if (source.journal() != null) {
            // A chapter's container is its book, which schema.org's Chapter is part of; no Periodical.
            work.put("isPartOf", typed(chapter ? "Book" : "Periodical", "name", source.journal()));
        }
        if (source.year() != null) {
            work.put("datePublished", source.year().toString());
        }
        if (source.doi() != null) {
            work.put("identifier", doi(source.doi()));
        }
        work.put("url", source.href());
        return work;
    }

    private static Map<String, Object> doi(String doi) {
        Map<String, Object> identifier = typed("PropertyValue", "propertyID", "DOI");
        identifier.put("value", doi);
        return identifier;
    }

    /** Insertion-ordered, never Map.of: its order changes between JVM runs, and output must not. */
    /** An author as schema.org types it: a body's name ("World Health Organization") is an Organization. */
    private static Map<String, Object> author(String name) {
        return typed(CslNames.namesABody(name) ? "Organization" : "Person", "name", name);
    }

    private static Map<String, Object> typed(String type, String key, Object value) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("@type", type);
        map.put(key, value);
        return map;
    }

    /** One Highwire {@code citation_reference} value: "citation_title=...; citation_doi=...". */
    public static String citationReference(SourceEntry source) {
        StringBuilder out = new StringBuilder("citation_title=").append(clean(source.plainTitle()));
        for (String author : source.namedAuthors()) {
            out.append("; citation_author=").append(clean(author));
        }
        if (source.journal() != null) {
            // Google Scholar's field for a chapter's book, beside its journal title for an article.
            out.append("chapter".equals(source.details().type()) ? "; citation_inbook_title=" : "; citation_journal_title=")
                    .append(clean(source.journal()));
        }
        if (source.year() != null) {
            out.append("; citation_publication_date=").append(source.year());
        }
        if (source.doi() != null) {
            // A ';' ends the field, and a ',' in its place names another DOI (SICI DOIs hold one):
            // percent-encoded, it is the same DOI to a resolver.
            out.append("; citation_doi=").append(source.doi().replace(";", "%3B"));
        }
        return out.toString();
    }

    private static String clean(String value) {
        return value.replace(';', ',');
    }

    /** Keys in the order given: Map.of iterates in an order that changes from run to run. */
    private static Map<String, Object> ordered(String... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
