package org.evidencepress.search;

import org.evidencepress.render.Json;
import org.evidencepress.site.ReviewEntry;
import org.evidencepress.site.Term;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code search-index.json}: one entry per review, newest first, with what a list of
 * reviews shows (title, address, date, summary, tags, journal, year), for tools outside
 * the site. The search page does not read it: it fetches the sharded index of
 * {@link SearchIndex}, which a query needs only a few pieces of.
 */
public final class ReviewCatalogue {
    public static final String PATH = "search-index.json";

    private ReviewCatalogue() {
    }

    /** The file's bytes, ending in a newline; written review by review so no whole-site string is built. */
    public static byte[] json(List<ReviewEntry> reviews) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + reviews.size() * 512);
        out.writeBytes("{\"reviews\":[".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < reviews.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(Json.write(entry(reviews.get(i))).getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes("]}\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static Map<String, Object> entry(ReviewEntry review) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("title", review.title());
        entry.put("url", review.url());
        entry.put("date", review.dateIso());
        entry.put("kind", review.kind());
        entry.put("summary", review.summary());
        entry.put("tags", review.tags().stream().map(Term::name).toList());
        entry.put("journal", review.study().journal());
        entry.put("year", review.study().year());
        return entry;
    }
}
