package org.evidencepress.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The preview server, on the JDK's own {@link HttpServer}: no dependency, starts in a few
 * milliseconds, and leaves HTTP parsing to well-tested code. It serves a {@link Snapshot}
 * from memory, so no URL is ever resolved against the file system; GET and HEAD only.
 * Open pages listen on {@value Injection#EVENTS_PATH} (server-sent events) for reloads,
 * saying which page they show, so that a rebuild can show those pages first.
 * Until the first build is published every request waits for it, so a browser opened at
 * start-up sees the site, never a 404 of a site not built yet.
 */
final class DevServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("pdf", "application/pdf"),
            // A review's citation downloads, by the types reference managers know them by.
            Map.entry("bib", "application/x-bibtex; charset=utf-8"),
            Map.entry("ris", "application/x-research-info-systems; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"));

    private final HttpServer server;
    private final ExecutorService executor;
    private final ScheduledExecutorService heartbeat;
    /**
     * How long a request waits for the first build before it is answered with a page that
     * retries by itself (a site of many thousands of reviews takes longer than this).
     */
    static final long FIRST_BUILD_WAIT_SECONDS = 20;

    /** Each open page's event stream, with the file it shows (empty when it did not say). */
    private final Map<OutputStream, Optional<String>> listeners = new ConcurrentHashMap<>();
    private final CountDownLatch firstBuild = new CountDownLatch(1);
    private volatile Snapshot snapshot;

    /** Listens at once (the site's address is part of what is built); requests wait for {@link #publish}. */
    DevServer(InetSocketAddress address) throws IOException {
        this.server = HttpServer.create(address, 0);
        this.executor = Executors.newCachedThreadPool(daemon("evpress-http"));
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("evpress-heartbeat"));
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        // A comment line now and then finds closed tabs, whose streams then fail and are dropped.
        heartbeat.scheduleAtFixedRate(() -> send(": ping\n\n"), 15, 15, TimeUnit.SECONDS);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Shows a new build, and tells every open page when its generation is new. */
    void publish(Snapshot next) {
        Snapshot before = snapshot;
        snapshot = next;
        firstBuild.countDown();
        if (before == null || before.generation() != next.generation()) {
            send("event: reload\ndata: " + next.generationName() + "\n\n");
        }
    }

    /** The files that open pages say they show, as site-relative paths ({@code reviews/x/index.html}). */
    Set<String> namedPages() {
        Set<String> pages = new HashSet<>();
        listeners.values().forEach(page -> page.ifPresent(pages::add));
        return pages;
    }

    /** Whether every open page said which it shows (a tab with an older script does not). */
    boolean everyPageNamed() {
        return listeners.values().stream().allMatch(Optional::isPresent);
    }

    private void send(String event) {
        byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners.keySet()) {
            try {
                synchronized (out) {
                    out.write(bytes);
                    out.flush();
                }
            } catch (IOException e) {
                listeners.remove(out);
                closeQuietly(out);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (!awaitFirstBuild(exchange)) {
            return;
        }
        String method = exchange.getRequestMethod();
        if (method.equals("GET") && exchange.getRequestURI().getRawPath().equals(Injection.EVENTS_PATH)) {
            openEvents(exchange);
            return;
        }
        try (exchange) {
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, "method not allowed\n", false);
                return;
            }
            Optional<String> path = RequestPath.parse(exchange.getRequestURI().getRawPath());
            if (path.isEmpty()) {
                sendText(exchange, 400, "bad request path\n", head);
                return;
            }
            serve(exchange, path.get(), head);
        }
    }

    private void serve(HttpExchange exchange, String path, boolean head) throws IOException {
        Snapshot current = snapshot;
        String file = fileOf(path);
        byte[] body = current.file(file);
        if (body == null && current.file(path + "/index.html") != null) {
            String query = exchange.getRequestURI().getRawQuery();
            exchange.getResponseHeaders().set("Location", "/" + path + "/" + (query == null ? "" : "?" + query));
            sendText(exchange, 301, "moved to /" + path + "/\n", head);
            return;
        }
        int status = 200;
        if (body == null) {
            status = 404;
            file = "404.html";
            body = current.file(file);
            if (body == null) {
                body = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                        + "<title>Not found</title></head><body><h1>Not found</h1></body></html>\n")
                        .getBytes(StandardCharsets.UTF_8);
            }
        }
        String type = contentType(file);
        if (type.startsWith("text/html")) {
            body = Injection.inject(body, current);
        }
        send(exchange, status, type, body, head);
    }

    /** Waits for the first build; false when the request was answered (or dropped) meanwhile. */
    private boolean awaitFirstBuild(HttpExchange exchange) throws IOException {
        try {
            if (firstBuild.await(FIRST_BUILD_WAIT_SECONDS, TimeUnit.SECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            // The server is closing.
            Thread.currentThread().interrupt();
            exchange.close();
            return false;
        }
        try (exchange) {
            exchange.getResponseHeaders().set("Retry-After", "1");
            send(exchange, 503, "text/html; charset=utf-8", ("<!DOCTYPE html><html lang=\"en\"><head>"
                    + "<meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"1\">"
                    + "<title>Building the site</title></head><body><p>Building the site; this page loads when it is"
                    + " ready.</p></body></html>\n").getBytes(StandardCharsets.UTF_8),
                    exchange.getRequestMethod().equals("HEAD"));
        }
        return false;
    }

    /** The file a site-relative request path names: a folder's {@code index.html}. */
    private static String fileOf(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /**
     * The file the page that opened an event stream shows, from its {@code page} parameter
     * (the page's own path, as the reload script sends it); empty when there is none.
     */
    static Optional<String> pageOf(String rawQuery) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String parameter : rawQuery.split("&")) {
            if (parameter.startsWith("page=")) {
                try {
                    String rawPath = URLDecoder.decode(parameter.substring("page=".length()), StandardCharsets.UTF_8);
                    return RequestPath.parse(rawPath).map(DevServer::fileOf);
                } catch (IllegalArgumentException malformed) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    static String contentType(String file) {
        int dot = file.lastIndexOf('.');
        String ext = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private void openEvents(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        // Listening before reading the generation: a build published meanwhile is announced twice, never missed.
        // The exchange stays open after this handler returns; publish() writes to it.
        synchronized (out) {
            listeners.put(out, pageOf(exchange.getRequestURI().getRawQuery()));
            out.write(("retry: 500\nevent: reload\ndata: " + snapshot.generationName() + "\n\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private static void sendText(HttpExchange exchange, int status, String text, boolean head) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), head);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException ignored) {
            // The tab is gone; nothing to tell anyone.
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        List.copyOf(listeners.keySet()).forEach(DevServer::closeQuietly);
        listeners.clear();
        server.stop(0);
        executor.shutdownNow();
    }
}
