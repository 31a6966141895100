package org.evidencepress.bench;

import org.evidencepress.serve.ServeSession;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Benchmark, not a test: edit-to-reload time of {@code serve}, from writing a review file
 * to an event-stream client, listening for the review's page, receiving the reload event. Run by bench/serve-reload.sh.
 * Without a URL it serves the site itself, in this JVM; with one, it edits the site that a
 * running {@code evpress serve} at that address watches.
 *
 * <pre>ServeReloadBench SITE_DIR [EDITS [title|body [URL]]]</pre>
 */
public final class ServeReloadBench {
    private static final int WARM_UP = 5;

    private ServeReloadBench() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath().normalize();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        boolean body = args.length > 2 && args[2].equals("body");
        if (args.length > 3) {
            measure(site, args[3], edits, body);
            return;
        }
        long started = System.nanoTime();
        try (ServeSession session = ServeSession.start(new ServeSession.Options(site, "127.0.0.1", 0, false, true,
                LocalDate.now()), report -> { })) {
            System.out.printf("%s: first build and start in %d ms%n", site.getFileName(),
                    (System.nanoTime() - started) / 1_000_000);
            measure(site, session.url(), edits, body);
        }
    }

    /**
     * Edits a review's title (or appends to its body) and times each reload from the server at
     * {@code url}, listening as the review's open page does: naming the page, and taking only
     * a generation other than the last one as a reload. Each reload's page must show the edit.
     */
    private static void measure(Path site, String url, int edits, boolean body) throws Exception {
        Path review = firstReview(site);
        String page = "/reviews/" + review.getFileName().toString().replaceFirst("\\.md$", "") + "/";
        BlockingQueue<Long> reloads = new LinkedBlockingQueue<>();
        AtomicReference<String> generation = new AtomicReference<>();
        HttpClient http = HttpClient.newHttpClient();
        http.sendAsync(HttpRequest.newBuilder(URI.create(url + "/__evpress/events?page="
                + URLEncoder.encode(page, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().filter(line -> line.startsWith("data: "))
                        .forEach(line -> {
                            if (!line.equals(generation.getAndSet(line))) {
                                reloads.add(System.nanoTime());
                            }
                        }));
        next(reloads);

        String original = Files.readString(review);
        List<Double> millis = new ArrayList<>();
        try {
            for (int i = 0; i < WARM_UP + edits; i++) {
                // Stay clear of the watcher's quiet window, so each edit is a burst of its own.
                reloads.poll(100, TimeUnit.MILLISECONDS);
                reloads.clear();
                // Inside the quotes of a quoted title: after them, the edit would be a YAML error.
                String mark = body ? "Edit " + i + "." : "(edit " + i + ")";
                String edited = body ? original + "\n" + mark + "\n"
                        : original.replaceFirst("(?m)^title: (\"?)(.*?)(\"?)$", "title: $1$2 " + mark + "$3");
                long before = System.nanoTime();
                Files.writeString(review, edited);
                long after = next(reloads);
                String shown = http.send(HttpRequest.newBuilder(URI.create(url + page)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                if (!shown.contains(mark)) {
                    throw new IllegalStateException("the reloaded page " + page + " does not show " + mark);
                }
                if (i >= WARM_UP) {
                    millis.add((after - before) / 1e6);
                }
            }
        } finally {
            Files.writeString(review, original);
        }
        Collections.sort(millis);
        System.out.printf("%s: %d %s edits, edit-to-reload median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms%n",
                site.getFileName(), millis.size(), body ? "body" : "title", percentile(millis, 50),
                percentile(millis, 90), millis.get(0), millis.get(millis.size() - 1));
    }

    private static long next(BlockingQueue<Long> reloads) throws InterruptedException {
        Long at = reloads.poll(30, TimeUnit.SECONDS);
        if (at == null) {
            throw new IllegalStateException("no reload event within 30 s");
        }
        return at;
    }

    private static Path firstReview(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("content/reviews"))) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
