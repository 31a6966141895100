package org.evidencepress.links;

import org.evidencepress.diagnostic.Diagnostics;
import org.evidencepress.integrity.Doi;
import org.evidencepress.markdown.LinkRef;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import javax.net.ssl.SSLException;

/**
 * Asks every external http(s) link of the site whether it still answers ({@code
 * --check-external}). Each URL is asked once per run however often it is written, at
 * most {@link #DEFAULT_CONCURRENCY} at a time so that a site with many links to one host
 * does not hammer it; a broken link is an error at the Markdown that wrote it.
 */
public final class ExternalLinkChecker {
    static final int DEFAULT_CONCURRENCY = 8;
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client;
    /** For DOI links: the resolver's redirect is the answer, publishers often refuse robots. */
    private final HttpClient resolverClient;
    private final Semaphore permits;
    private final Duration timeout;
    /** The answer for each URL already asked: the problem, or empty when it answers. */
    private final Map<String, CompletableFuture<Optional<String>>> cache = new ConcurrentHashMap<>();

    ExternalLinkChecker(int concurrency, Duration timeout) {
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(timeout)
                .build();
        this.resolverClient = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
        this.permits = new Semaphore(concurrency);
        this.timeout = timeout;
    }

    public static ExternalLinkChecker standard() {
        return new ExternalLinkChecker(DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT);
    }

    public void check(List<PageFacts> pages, Diagnostics diagnostics) {
        check(pages, List.of(), diagnostics);
    }

    /**
     * A link written in front matter rather than in Markdown: a source's url or DOI link.
     * For a DOI ({@code resolver}), the resolver's redirect counts as an answer: it says
     * the DOI exists, and the publisher behind it often turns robots away.
     */
    public record SourceLink(String path, int line, int column, String what, String url, boolean resolver) {
    }

    /** Checks the external links of the pages and the source links, each URL once. */
    public void check(List<PageFacts> pages, List<SourceLink> sources, Diagnostics diagnostics) {
        Map<LinkAt, CompletableFuture<Optional<String>>> pending = new LinkedHashMap<>();
        for (PageFacts page : pages) {
            for (LinkRef link : page.links()) {
                if (link.external()) {
                    pending.put(new LinkAt(page.path(), link), answer(link.href(), false));
                }
            }
        }
        Map<SourceLink, CompletableFuture<Optional<String>>> sourceAnswers = new LinkedHashMap<>();
        for (SourceLink link : sources) {
            sourceAnswers.put(link, answer(link.url(), link.resolver()));
        }
        pending.forEach((at, answer) -> answer.join().ifPresent(problem -> diagnostics.error(at.path(),
                at.link().line(), at.link().column(), "external link '" + at.link().destination() + "' " + problem)));
        sourceAnswers.forEach((link, answer) -> answer.join().ifPresent(problem -> diagnostics.error(link.path(),
                link.line(), link.column(), link.what() + " '" + link.url() + "' " + problem)));
    }

    private CompletableFuture<Optional<String>> answer(String url, boolean resolver) {
        return resolver || asksTheResolver(url) ? probeResolver(url) : probe(url);
    }

    /**
     * Whether {@code url} is a DOI's resolver link ("https://doi.org/10.1136/bmj.n71"), written
     * in the body or as a source's url: its redirect answers for it as for a source's DOI,
     * since the publisher behind it often turns robots away with 403.
     */
    static boolean asksTheResolver(String url) {
        return Doi.ofResolverUrl(url) != null;
    }

    /** The problem with a DOI resolver link, asked without following its redirect. */
    CompletableFuture<Optional<String>> probeResolver(String url) {
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        CompletableFuture<Optional<String>> earlier = cache.putIfAbsent("resolver " + url, answer);
        if (earlier != null) {
            return earlier;
        }
        ask(url, resolverClient, true).thenAccept(answer::complete);
        return answer;
    }

    private record LinkAt(String path, LinkRef link) {
    }

    /** The problem with {@code url}, or empty when it answers with a success. */
    CompletableFuture<Optional<String>> probe(String url) {
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        CompletableFuture<Optional<String>> earlier = cache.putIfAbsent(url, answer);
        if (earlier != null) {
            return earlier;
        }
        // Outside the map's lock: ask() may wait for a permit.
        ask(url, client, false).thenAccept(answer::complete);
        return answer;
    }

    private CompletableFuture<Optional<String>> ask(String url, HttpClient via, boolean redirectAnswers) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(Optional.of("is not a valid URL"));
        }
        if (uri.getHost() == null) {
            return CompletableFuture.completedFuture(Optional.of("has no host name"));
        }
        permits.acquireUninterruptibly();
        // Some servers refuse HEAD (405, 403) yet serve the page: only a failed GET counts.
        return send(via, uri, "HEAD")
                .thenCompose(status -> status < 400 ? CompletableFuture.completedFuture(status)
                        : send(via, uri, "GET"))
                .handle((status, failure) -> redirectAnswers && failure == null && status >= 300 && status < 400
                        ? Optional.<String>empty() : verdict(uri, status, failure))
                .whenComplete((verdict, ignored) -> permits.release());
    }

    private CompletableFuture<Integer> send(HttpClient via, URI uri, String method) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(timeout)
                .header("User-Agent", "Evidence Press link checker")
                .build();
        // The body is never read: closing the stream at once ends a large download early.
        return via.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()).thenApply(response -> {
            try (InputStream body = response.body()) {
                return response.statusCode();
            } catch (IOException e) {
                return response.statusCode();
            }
        });
    }

    /**
     * What went wrong, in words: the HTTP client reports a refused connection or an unknown host as a
     * bare {@code ConnectException}, whose class name means nothing to an author.
     */
    static String reason(Throwable failure, URI uri) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "unknown host " + uri.getHost() + " (no network, or a misspelt name)";
            }
            if (t instanceof SSLException) {
                return "the secure (TLS) connection failed"
                        + (t.getMessage() == null || t.getMessage().isBlank() ? "" : " (" + t.getMessage() + ")");
            }
        }
        // A refused connection comes with no message; other connect failures name themselves.
        String message = failure.getMessage();
        if (failure instanceof ConnectException
                && (message == null || message.isBlank() || message.startsWith("Connection refused"))) {
            return "the connection was refused";
        }
        return message == null || message.isBlank() ? "the connection failed" : message;
    }

    private Optional<String> verdict(URI uri, Integer status, Throwable failure) {
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof HttpTimeoutException) {
                return Optional.of("did not answer within " + timeout.toSeconds() + " s");
            }
            return Optional.of("cannot be reached: " + reason(cause, uri));
        }
        if (status >= 400) {
            return Optional.of("is broken: the server answers HTTP " + status);
        }
        if (status >= 300) {
            return Optional.of("redirects too many times (last answer HTTP " + status + ")");
        }
        return Optional.empty();
    }
}
