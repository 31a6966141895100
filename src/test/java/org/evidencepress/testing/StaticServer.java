package org.evidencepress.testing;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A built site served over HTTP as a static host would serve it, with no compression
 * and nothing injected (unlike {@code serve}), so a browser's resource timings give the
 * bytes a page really fetches.
 */
public final class StaticServer implements AutoCloseable {
    private final HttpServer server;

    private StaticServer(HttpServer server) {
        this.server = server;
    }

    public static StaticServer start(Path root) {
        try {
            Path top = root.toAbsolutePath().normalize();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                Path file = top.resolve(path.substring(1)).normalize();
                if (Files.isDirectory(file)) {
                    file = file.resolve("index.html");
                }
                if (!file.startsWith(top) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                    return;
                }
                byte[] body = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                exchange.getResponseHeaders().set("Content-Type", name.endsWith(".js") ? "text/javascript"
                        : name.endsWith(".css") ? "text/css" : "text/html; charset=utf-8");
                // Resource timing reports sizes of other origins only with this header; harmless here.
                exchange.getResponseHeaders().set("Timing-Allow-Origin", "*");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return new StaticServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
