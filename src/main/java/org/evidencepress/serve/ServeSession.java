package org.evidencepress.serve;

import org.evidencepress.pipeline.BuildOptions;
import org.evidencepress.pipeline.BuildReport;
import org.evidencepress.pipeline.LiveBuild;
import org.evidencepress.diagnostic.Diagnostic;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code evpress serve} as a whole: the preview server, the watcher and the live build.
 * Every change is rebuilt incrementally and announced to open pages; a build with errors
 * keeps the last good pages on show, with its errors laid over them. The site lives in
 * memory, so stopping leaves nothing behind on disk.
 */
public final class ServeSession implements AutoCloseable {
    /** @param port 0 for any free port */
    public record Options(Path source, String bind, int port, boolean drafts, boolean future, LocalDate today) {
    }

    private final Path source;
    private final DevServer server;
    private final LiveBuild build;
    private final Consumer<BuildReport> reports;
    private final String url;
    private final CountDownLatch closed = new CountDownLatch(1);
    private SiteWatcher watcher;
    private Map<String, byte[]> lastGood = Map.of();
    /** Whether {@link #lastGood} comes from a build without errors, not from failing first builds. */
    private boolean lastGoodClean;
    /** What the server shows, which open pages loaded. */
    private Snapshot showing = new Snapshot(Map.of(), List.of(), 0, false);
    private long generation;

    private ServeSession(Options options, Consumer<BuildReport> reports) throws IOException {
        this.source = options.source();
        this.reports = reports;
        this.server = new DevServer(new InetSocketAddress(options.bind(), options.port()));
        this.url = "http://" + host(options.bind()) + ":" + server.port();
        this.build = new LiveBuild(new BuildOptions(source, null, options.drafts(), options.future(), url, false,
                options.today()));
    }

    /**
     * The host of the site's address: 0.0.0.0 or :: listens on every address, but a browser
     * cannot always open it, so the address is localhost's, as Hugo's is.
     */
    private static String host(String bind) {
        if (isWildcard(bind)) {
            return "localhost";
        }
        return bind.contains(":") ? "[" + bind + "]" : bind;
    }

    /** Whether {@code bind} names every address of the machine, not one of them. */
    public static boolean isWildcard(String bind) {
        try {
            return InetAddress.getByName(bind).isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Binds, builds the site once and starts watching; {@code reports} hears of every build.
     *
     * @throws IOException when the address cannot be bound or the folders cannot be watched
     */
    public static ServeSession start(Options options, Consumer<BuildReport> reports) throws IOException {
        ServeSession session = new ServeSession(options, reports);
        try {
            // Watching first: an edit made during the first build is rebuilt right after it.
            session.watcher = new SiteWatcher(options.source(), session::rebuild);
            session.rebuild(LiveBuild.Change.everything(), () -> false);
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    /** The site's address, {@code http://<bind>:<port>} (localhost for every address), without a trailing slash. */
    public String url() {
        return url;
    }

    public int port() {
        return server.port();
    }

    private synchronized void rebuild(LiveBuild.Change change, BooleanSupplier overtaken) {
        // A newer generation by the end means this rebuild showed pages ahead.
        long generationAtStart = generation;
        BuildReport report;
        Map<String, byte[]> files;
        try {
            // Only Markdown edits show pages ahead: a page's styles, scripts and images come with the rest.
            LiveBuild.Result result = change.markdownOnly()
                    ? build.rebuild(change, written -> showAhead(written, overtaken)) : build.rebuild(change);
            report = result.report();
            files = result.files();
        } catch (RuntimeException e) {
            // A file vanished or changed under the build; the next save rebuilds, and no stack trace reaches anyone.
            report = new BuildReport(List.of(Diagnostic.error(".", 1, 1, "rebuild failed: " + e.getMessage())),
                    0, 0, 0, 0, false);
            files = null;
        }
        if (overtaken.getAsBoolean()) {
            // Half of a save, perhaps: the build state keeps this change, and the next rebuild is shown.
            return;
        }
        if (!report.failed() || !lastGoodClean && files != null) {
            // Before any good build, the pages this one did make are shown under its errors:
            // a browser sees the site with what is wrong, never a 404 at start-up, and an
            // author whose site started with an error elsewhere still sees each edit.
            lastGood = files;
            lastGoodClean = !report.failed();
        }
        List<Snapshot.ShownError> errors = shown(report.diagnostics());
        Map<String, byte[]> site = lastGood;
        // Open pages shown ahead by this rebuild, as it finished them, are not loaded again.
        boolean seen = generationAtStart != generation && errors.equals(showing.errors()) && server.everyPageNamed()
                && server.namedPages().stream().allMatch(page -> Arrays.equals(site.get(page), showing.file(page)));
        show(new Snapshot(site, errors, seen ? generation : ++generation, lastGoodClean));
        reports.accept(report);
    }

    /**
     * Shows the open pages this rebuild has rendered anew, before it goes on to the list
     * pages, feeds and checks: an author editing a review sees it as soon as its page is
     * ready (as Hugo's fast render does). Only over a site shown without errors, and only
     * when no newer edit is waiting. Should the rest of the rebuild change an open page again
     * or find an error, the page reloads once more.
     */
    private void showAhead(Function<String, byte[]> written, BooleanSupplier overtaken) {
        if (!showing.errors().isEmpty() || overtaken.getAsBoolean()) {
            return;
        }
        Map<String, byte[]> ahead = new HashMap<>(showing.ahead());
        boolean changed = false;
        for (String page : server.namedPages()) {
            byte[] now = written.apply(page);
            if (now != null && !Arrays.equals(now, showing.file(page))) {
                ahead.put(page, now);
                changed = true;
            }
        }
        if (changed) {
            show(new Snapshot(lastGood, Map.copyOf(ahead), List.of(), ++generation, lastGoodClean));
        }
    }

    private void show(Snapshot next) {
        showing = next;
        server.publish(next);
    }

    /** The errors with the lines they point at, read now so that the overlay shows what is on disk. */
    private List<Snapshot.ShownError> shown(List<Diagnostic> diagnostics) {
        Map<String, List<String>> lines = new HashMap<>();
        List<Snapshot.ShownError> shown = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (!d.isError()) {
                continue;
            }
            List<String> text = lines.computeIfAbsent(d.file(), this::readLines);
            String line = d.line() >= 1 && d.line() <= text.size() ? text.get(d.line() - 1) : null;
            shown.add(new Snapshot.ShownError(d, line));
        }
        return List.copyOf(shown);
    }

    private List<String> readLines(String file) {
        try {
            Path path = source.resolve(file);
            if (!path.normalize().startsWith(source) || !Files.isRegularFile(path) || Files.size(path) > 16 << 20) {
                return List.of();
            }
            return new String(Files.readAllBytes(path), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Blocks until {@link #close()}. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Stops watching and serving; safe to call more than once and from a shutdown hook. */
    @Override
    public void close() {
        synchronized (closed) {
            if (closed.getCount() == 0) {
                return;
            }
            if (watcher != null) {
                watcher.close();
            }
            server.close();
            closed.countDown();
        }
    }
}
