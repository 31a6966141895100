package org.evidencepress.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evidencepress.search.DocTerms;
import org.evidencepress.search.SearchIndex;
import org.evidencepress.testing.Browser;
import org.evidencepress.testing.StaticServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Benchmark, not a test: the bytes the search page fetches for one query, measured with
 * Chromium's resource timings on a built site served over HTTP (uncompressed). Then the
 * same on an index of SCALE copies of the site's reviews, made from its decoded shards,
 * which gives the bytes a query fetches at SCALE times the size. Run by bench/search-bytes.sh.
 *
 * <pre>SearchBytesBench BUILT_SITE_DIR [SCALE]</pre>
 */
public final class SearchBytesBench {
    private static final List<String> QUERIES = List.of("muscle strength", "tnf", "zürich", "metformin",
            "sleep deprivation children", "case-control study", "effect", "nature walks anxiety", "randomized",
            "mindfulness training children anxiety");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchBytesBench() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath().normalize();
        int scale = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        try (Browser browser = Browser.start()) {
            report(browser.driver(), site, "built site");
            Path scaled = Files.createTempDirectory("evpress-search-scaled-");
            try {
                int docs = scaleIndex(site, scale, scaled);
                report(browser.driver(), scaled, docs + " reviews (" + scale + " copies)");
            } finally {
                try (Stream<Path> walk = Files.walk(scaled)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static void report(ChromeDriver driver, Path site, String label) throws IOException {
        System.out.printf("%n== %s: %s%n", label, site);
        sizes("term shards", site.resolve("search/t"));
        sizes("document chunks", site.resolve("search/d"));
        System.out.printf("search/index.js: %d bytes, js/search.js: %d bytes%n",
                Files.size(site.resolve("search/index.js")), Files.size(site.resolve("js/search.js")));
        List<Long> totals = new ArrayList<>();
        try (StaticServer server = StaticServer.start(site)) {
            for (String query : QUERIES) {
                driver.get(server.url() + "/search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
                new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElement(By.id("search-status"))
                        .getText().contains("\u201c" + query + "\u201d"));
                @SuppressWarnings("unchecked")
                List<List<Object>> entries = (List<List<Object>>) ((JavascriptExecutor) driver).executeScript(
                        "return performance.getEntriesByType('resource').map(function (e) {"
                                + " return [e.name, e.transferSize, e.decodedBodySize]; });");
                long search = 0;
                long all = 0;
                int files = 0;
                for (List<Object> e : entries) {
                    long bytes = ((Number) e.get(1)).longValue();
                    all += bytes;
                    String name = (String) e.get(0);
                    if (name.contains("/search/") || name.endsWith("/js/search.js")) {
                        search += bytes;
                        files++;
                    }
                }
                totals.add(search);
                WebElement status = driver.findElement(By.id("search-status"));
                System.out.printf("%-40s %8d bytes in %2d search files (%8d with css), %s%n", query, search, files,
                        all, status.getText());
            }
        }
        totals.sort(null);
        System.out.printf("bytes per query: median %d, max %d%n", totals.get(totals.size() / 2),
                totals.get(totals.size() - 1));
    }

    private static void sizes(String label, Path dir) throws IOException {
        long[] sizes;
        try (Stream<Path> files = Files.list(dir)) {
            sizes = files.mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sorted().toArray();
        }
        long total = Arrays.stream(sizes).sum();
        System.out.printf("%s: %d files, %d bytes; min %d, median %d, p90 %d, p99 %d, max %d%n", label, sizes.length,
                total, sizes[0], sizes[sizes.length / 2], sizes[(int) (sizes.length * 0.9)],
                sizes[(int) (sizes.length * 0.99)], sizes[sizes.length - 1]);
    }

    /** Writes search/ for SCALE copies of the site's reviews, with its search page, script and style. */
    private static int scaleIndex(Path site, int scale, Path out) throws IOException {
        Map<Integer, TreeMap<String, Integer>> byDoc = new TreeMap<>();
        try (Stream<Path> files = Files.list(site.resolve("search/t"))) {
            for (Path shard : files.toList()) {
                JsonNode args = arguments(shard);
                JsonNode terms = args.get(1);
                byte[] data = Base64.getDecoder().decode(args.get(2).asText());
                int[] pos = {0};
                for (JsonNode term : terms) {
                    int length = varint(data, pos);
                    int end = pos[0] + length;
                    decode(data, pos, (doc, value) -> byDoc.computeIfAbsent(doc, d -> new TreeMap<>())
                            .put(term.asText(), value));
                    pos[0] = end;
                }
            }
        }
        List<JsonNode> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(site.resolve("search/d"))) {
            for (Path chunk : files.sorted(Comparator.comparingInt(SearchBytesBench::number)).toList()) {
                arguments(chunk).get(1).forEach(rows::add);
            }
        }
        int docs = rows.size();
        SearchIndex index = SearchIndex.forOneBuild();
        byDoc.forEach((doc, terms) -> {
            String[] t = terms.keySet().toArray(new String[0]);
            byte[] v = new byte[t.length];
            for (int i = 0; i < t.length; i++) {
                v[i] = terms.get(t[i]).byteValue();
            }
            for (int copy = 0; copy < scale; copy++) {
                index.add(copy * docs + doc, DocTerms.of(t, v));
            }
        });
        index.writeRows(docs * scale, n -> {
            JsonNode row = rows.get(n % docs);
            List<Object> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(cell.isNumber() ? (Object) cell.asInt() : cell.asText()));
            return cells;
        }, (path, bytes) -> {
            try {
                Path file = out.resolve(path);
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        for (String copy : List.of("search/index.html", "js/search.js", "css/style.css")) {
            Files.createDirectories(out.resolve(copy).getParent());
            Files.copy(site.resolve(copy), out.resolve(copy));
        }
        return docs * scale;
    }

    private static int number(Path file) {
        String name = file.getFileName().toString();
        return Integer.parseInt(name.substring(0, name.indexOf('.')));
    }

    /** The arguments of {@code evpressSearch.f(...);} as a JSON array. */
    private static JsonNode arguments(Path file) throws IOException {
        String text = Files.readString(file).strip();
        return JSON.readTree("[" + text.substring(text.indexOf('(') + 1, text.length() - 2) + "]");
    }

    private interface Posting {
        void accept(int doc, int value);
    }

    private static void decode(byte[] data, int[] pos, Posting sink) {
        int groups = varint(data, pos);
        for (int g = 0; g < groups; g++) {
            int value = data[pos[0]++];
            int head = varint(data, pos);
            int count = head >>> 1;
            if ((head & 1) == 0) {
                int id = 0;
                for (int i = 0; i < count; i++) {
                    id += varint(data, pos);
                    sink.accept(id, value);
                }
            } else {
                int start = varint(data, pos) * 8;
                int length = varint(data, pos);
                for (int j = 0; j < length; j++) {
                    int bits = data[pos[0]++] & 0xff;
                    for (int bit = 0; bit < 8; bit++) {
                        if ((bits & 1 << bit) != 0) {
                            sink.accept(start + j * 8 + bit, value);
                        }
                    }
                }
            }
        }
    }

    private static int varint(byte[] data, int[] pos) {
        int value = 0;
        int shift = 0;
        int b;
        do {
            b = data[pos[0]++] & 0xff;
            value |= (b & 0x7f) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return value;
    }
}
