package org.evidencepress.export;

import org.evidencepress.site.ReviewEntry;
import org.evidencepress.site.SiteConfig;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    /** Where {@link #files} puts them, known without making them: what a build cache reuses by. */
    public static List<String> paths(ReviewEntry review) {
        List<String> paths = new ArrayList<>();
        bases(review).forEach(base -> FORMATS.forEach(format -> paths.add(base + "." + format)));
        return paths;
    }

    /** Site path to contents, in a fixed order: cite.*, and references.* when the review has Sources. */
    public static Map<String, byte[]> files(ReviewEntry review, SiteConfig site) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> bases = bases(review);
        add(files, bases.get(0), List.of(Items.review(review, site)));
        if (bases.size() > 1) {
            add(files, bases.get(1), Items.sources(review.sources()));
        }
        return files;
    }

    private static List<String> bases(ReviewEntry review) {
        return review.sources().isEmpty() ? List.of(review.url() + "cite")
                : List.of(review.url() + "cite", review.url() + "references");
    }

    private static void add(Map<String, byte[]> files, String base, List<Item> items) {
        files.put(base + ".bib", BibTex.write(items).getBytes(StandardCharsets.UTF_8));
        files.put(base + ".ris", Ris.write(items).getBytes(StandardCharsets.UTF_8));
        files.put(base + ".json", CslJson.write(items).getBytes(StandardCharsets.UTF_8));
    }
}
