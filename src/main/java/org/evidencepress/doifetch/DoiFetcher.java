package org.evidencepress.doifetch;

import org.evidencepress.json.JsonReader;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks a DOI resolver for a work's metadata as CSL-JSON by content negotiation: {@code GET
 * <resolver>/<doi>} with {@code Accept: application/vnd.citationstyles.csl+json}. The
 * answer is the item, or one line saying what went wrong.
 */
public final class DoiFetcher {
    public static final String DEFAULT_RESOLVER = "https://doi.org";
    static final String CSL_JSON = "application/vnd.citationstyles.csl+json";

    private final HttpClient client;
    private final String resolver;
    private final Duration timeout;

    public DoiFetcher(String resolver, Duration timeout) {
        this.resolver = resolver.endsWith("/") ? resolver.substring(0, resolver.length() - 1) : resolver;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(timeout)
                .build();
    }

    /** The CSL-JSON item, or the problem. */
    public record Answer(Map<String, Object> item, String problem) {
    }

    public Answer fetch(String doi) {
        URI uri;
        try {
            uri = URI.create(resolver + "/" + pathEncode(doi));
        } catch (IllegalArgumentException e) {
            return new Answer(null, "the resolver URL '" + resolver + "' is not a valid URL");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", CSL_JSON)
                .header("User-Agent", "evidence-press").GET().build();
        // The request's own timeout ends once the headers arrive; a body that then stalls
        // must not hold the command for ever, so the whole answer has one deadline.
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request,
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> response;
        try {
            response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            return new Answer(null, "no answer from " + uri.getHost() + " within " + seconds());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof HttpConnectTimeoutException) {
                return new Answer(null, "no connection to " + uri.getHost() + " within " + seconds());
            }
            if (cause instanceof HttpTimeoutException) {
                return new Answer(null, "no answer from " + uri.getHost() + " within " + seconds());
            }
            if (cause instanceof ConnectException) {
                return new Answer(null, "cannot connect to " + uri.getHost()
                        + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
            }
            return new Answer(null, "request to " + uri.getHost() + " failed: "
                    + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            return new Answer(null, "interrupted");
        }
        int status = response.statusCode();
        if (status == 404) {
            return new Answer(null, "not found (HTTP 404): no such DOI at " + resolver);
        }
        if (status != 200) {
            return new Answer(null, "the resolver answered HTTP " + status);
        }
        String body = new String(response.body(), StandardCharsets.UTF_8);
        Object json;
        try {
            json = JsonReader.read(body);
        } catch (JsonReader.Malformed e) {
            String type = response.headers().firstValue("Content-Type").orElse("no content type");
            return new Answer(null, "the answer is not CSL-JSON (" + type + "): " + e.getMessage() + " at line "
                    + e.line() + ", column " + e.column());
        }
        if (!(json instanceof Map<?, ?> map) || !(map.get("title") instanceof String)) {
            return new Answer(null, "the answer is JSON but not a CSL-JSON item with a title");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) map;
        return new Answer(FetchedMarkup.cleanTitles(item), null);
    }

    private String seconds() {
        long ms = timeout.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    /** A DOI as one URL path: characters outside the unreserved set and a few safe ones are percent-encoded. */
    static String pathEncode(String doi) {
        StringBuilder out = new StringBuilder();
        for (byte b : doi.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/():;".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
