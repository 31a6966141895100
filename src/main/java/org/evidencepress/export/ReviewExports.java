package org.evidencepress.export;

import org.evidencepress.site.ReviewEntry;
import org.evidencepress.site.SiteConfig;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files a review offers next to its page: {@code cite.bib}, {@code cite.ris} and
 * {@code cite.json} for the review itself, and {@code references.*} for its Sources.
 */
public final class ReviewExports {
    public static final List<String> FORMATS = List.of("bib", "ris", "json");

    private ReviewExports() {
    }

    /** Site path to contents, in a fixed order: cite.*, and references.* when the review has Sources. */
    public static Map<String, byte[]> files(ReviewEntry review, SiteConfig site) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        add(files, review.url() + "cite", List.of(Items.review(review, site)));
        if (!review.sources().isEmpty()) {
            add(files, review.url() + "references", Items.sources(review.sources()));
        }
        return files;
    }

    private static void add(Map<String, byte[]> files, String base, List<Item> items) {
        files.put(base + ".bib", BibTex.write(items).getBytes(StandardCharsets.UTF_8));
        files.put(base + ".ris", Ris.write(items).getBytes(StandardCharsets.UTF_8));
        files.put(base + ".json", CslJson.write(items).getBytes(StandardCharsets.UTF_8));
    }
}
