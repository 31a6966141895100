package org.evidencepress.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evidencepress.csl.CiteItem;
import org.evidencepress.csl.Cluster;
import org.evidencepress.csl.CslFormatter;
import org.evidencepress.csl.CslStyles;
import org.evidencepress.csl.FormattedReview;
import org.evidencepress.csl.FormatterLookup;
import org.evidencepress.csl.StyleLookup;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Benchmark, not a test: what formatting one review through CSL costs, per style. Each
 * review cites 10 of the comparison test's real works (a different selection and order per
 * review, some with locators), as a site of many reviews citing the same works would; with
 * {@code --distinct} every review's works are distinct from all others' (each title gets the
 * review's number), the worst case for reuse.
 *
 * <pre>CslBench [--distinct] [REVIEWS] [STYLE...]</pre>
 */
public final class CslBench {
    private CslBench() {
    }

    public static void main(String[] arguments) throws Exception {
        boolean distinct = arguments.length > 0 && arguments[0].equals("--distinct");
        String[] args = distinct ? java.util.Arrays.copyOfRange(arguments, 1, arguments.length) : arguments;
        int reviews = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        List<String> styles = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("vancouver", "apa");
        List<Map<String, Object>> works;
        try (InputStream in = CslBench.class.getResourceAsStream("/org/evidencepress/csl/works.json")) {
            works = new ObjectMapper().readValue(in, new TypeReference<>() { });
        }
        for (String id : styles) {
            long started = System.nanoTime();
            StyleLookup lookup = CslStyles.resolve(id, Path.of("."));
            if (!(lookup instanceof StyleLookup.Found found)) {
                System.out.println(id + ": " + lookup);
                continue;
            }
            FormatterLookup created = CslFormatter.create(found.style(), null);
            if (!(created instanceof FormatterLookup.Ready ready)) {
                System.out.println(id + ": " + created);
                continue;
            }
            CslFormatter formatter = ready.formatter();
            System.out.printf("%s: engine ready in %d ms%n", id, (System.nanoTime() - started) / 1_000_000);
            int warmUp = Math.min(200, reviews);
            run(formatter, works, warmUp, 0, distinct);
            long before = System.nanoTime();
            run(formatter, works, reviews, warmUp, distinct);
            double perReview = (System.nanoTime() - before) / 1e6 / reviews;
            System.out.printf("%s: %.3f ms per review (%d reviews of 10 %s works, after %d warm-up reviews)%n",
                    id, perReview, reviews, distinct ? "distinct" : "shared", warmUp);
        }
    }

    private static void run(CslFormatter formatter, List<Map<String, Object>> works, int reviews, int offset,
                            boolean distinct) {
        for (int r = 0; r < reviews; r++) {
            int seed = r + offset;
            List<Map<String, Object>> items = new ArrayList<>();
            List<Cluster> clusters = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Map<String, Object> work = works.get((seed * 7 + i * 3) % works.size());
                if (items.stream().anyMatch(item -> item.get("id").equals(work.get("id")))) {
                    continue;
                }
                if (distinct) {
                    Map<String, Object> copy = new java.util.HashMap<>(work);
                    copy.put("title", work.get("title") + " " + seed);
                    items.add(copy);
                } else {
                    items.add(work);
                }
                String id = work.get("id").toString();
                clusters.add(i % 3 == 0
                        ? Cluster.of(new CiteItem(id, String.valueOf(1 + (seed + i) % 9), "page", null, null, false, false))
                        : Cluster.of(CiteItem.of(id)));
            }
            clusters.add(new Cluster(clusters.stream().limit(3).flatMap(c -> c.items().stream()).toList()));
            FormattedReview review = formatter.format(items, clusters, List.of());
            if (!review.problems().isEmpty()) {
                throw new IllegalStateException(review.problems().toString());
            }
        }
    }
}
