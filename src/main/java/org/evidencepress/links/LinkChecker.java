package org.evidencepress.links;

import org.evidencepress.content.ContentLoader;
import org.evidencepress.diagnostic.Diagnostics;
import org.evidencepress.markdown.LinkRef;
import org.evidencepress.markdown.Urls;
import org.evidencepress.output.OutputSink;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks every internal link written in Markdown against the finished output: the target
 * must exist and a fragment must be an id on the target page. Errors point at the
 * Markdown that wrote the link.
 */
public final class LinkChecker {
    private static final String INDEX = "index.html";

    private LinkChecker() {
    }

    /**
     * @param checkedOnly facts of files left out of the site for errors in their front matter:
     *                    their links are checked, and no link leads to them
     * @param withErrors content files that exist but failed to load: a link to one is not
     *                   reported again, the file's own errors say what to fix
     * @param unpublished content files left out of this build (drafts, future dates)
     * @param unwritten   output paths of pages whose template failed: a link to one is not
     *                    reported either, the template's error says what to fix
     * @param leftOut     output paths of pages left out for their errors (in front matter, or
     *                    a URL another page has) and of their bundles' files: a link to one
     *                    follows from the page's error and is not reported
     * @param rootPath    the path of the site's root under its base URL, "/evidence/" or "/"
     */
    public static void check(List<PageFacts> pages, List<PageFacts> checkedOnly, OutputSink output,
                             Set<String> withErrors, Set<String> unpublished, Set<String> unwritten,
                             Set<String> leftOut, String rootPath, Diagnostics diagnostics) {
        Map<String, Set<String>> anchorsByUrl = anchorsByUrl(pages);
        // Pages the templates make (the home page, /sources/, a tag's page) have their ids read from
        // what was written, and only when a link names one of their fragments.
        Map<String, Set<String>> writtenIds = new HashMap<>();
        Function<String, Set<String>> anchorsOf = url -> {
            Set<String> anchors = anchorsByUrl.get(url);
            return anchors != null ? anchors : writtenIds.computeIfAbsent(url, u -> idsWritten(output, u));
        };
        Map<String, String> urlByPath = new HashMap<>();
        pages.forEach(p -> urlByPath.put(p.path(), p.url()));
        Map<String, PageFacts> checkedByPath = new HashMap<>();
        checkedOnly.forEach(p -> checkedByPath.put(p.path(), p));
        List<PageFacts> linking = new ArrayList<>(pages);
        linking.addAll(checkedOnly);
        for (PageFacts page : linking) {
            for (LinkRef link : page.links()) {
                if (link.external()) {
                    continue; // left to ExternalLinkChecker, which needs the network
                }
                String problem = problem(page, link, output, anchorsOf, urlByPath, checkedByPath, withErrors,
                        unpublished, unwritten, leftOut, rootPath);
                if (problem != null) {
                    diagnostics.error(page.path(), link.line(), link.column(), problem);
                }
            }
        }
    }

    /** The anchors of each content page, by its URL. */
    public static Map<String, Set<String>> anchorsByUrl(List<PageFacts> pages) {
        Map<String, Set<String>> anchorsByUrl = new HashMap<>();
        pages.forEach(p -> anchorsByUrl.put(p.url(), p.anchors()));
        return anchorsByUrl;
    }

    /** The ids of the HTML page written at site-relative {@code url}, or null when it is no HTML page. */
    private static Set<String> idsWritten(OutputSink output, String url) {
        String file = Urls.fileOf(url);
        if (!file.endsWith(".html") || !output.contains(file)) {
            return null;
        }
        return TemplateLinks.idsOf(output.read(file));
    }

    /**
     * The URL of the page at site-relative {@code path}, by which its anchors are known: a link
     * may name the page {@code reviews/a/} by its file, {@code reviews/a/index.html}.
     */
    static String pageUrl(String path) {
        return path.equals(INDEX) || path.endsWith("/" + INDEX) ? path.substring(0, path.length() - INDEX.length())
                : path;
    }

    /**
     * Whether site-relative {@code url} is one of {@code paths} (output paths of pages or
     * files that are not written for an error elsewhere, such as a failed template): that
     * error says what to fix, not a link to it.
     */
    static boolean leadsTo(Set<String> paths, String url) {
        return paths.contains(Urls.fileOf(url)) || paths.contains(url + "/index.html");
    }

    /**
     * The URL of what site-relative {@code resolved} reaches in the written site: a file, or a
     * folder's page ({@code reviews/a} is {@code reviews/a/}); null when it reaches nothing.
     */
    private static String reached(OutputSink output, String resolved) {
        if (output.contains(Urls.fileOf(resolved))) {
            return pageUrl(resolved);
        }
        return !resolved.endsWith("/") && output.contains(resolved + "/index.html") ? resolved + "/" : null;
    }

    /**
     * For {@code other.md} where {@code other/index.md} is the page (a review moved into a
     * bundle): what to write instead, "other/index.md" read from the Markdown file.
     */
    private static String bundleHint(String file, String written, Map<String, String> urlByPath) {
        String index = file.substring(0, file.length() - ".md".length()) + "/" + ContentLoader.BUNDLE_INDEX;
        if (!urlByPath.containsKey(index)) {
            return "";
        }
        int hash = written.indexOf('#');
        String target = hash < 0 ? written : written.substring(0, hash);
        return "; " + index + " is that page's file: write '" + target.substring(0, target.length() - ".md".length())
                + "/index.md" + (hash < 0 ? "" : written.substring(hash)) + "'";
    }

    /** What is wrong with the link, worded with the destination the author wrote, or null. */
    private static String problem(PageFacts page, LinkRef link, OutputSink output,
                                  Function<String, Set<String>> anchorsOf, Map<String, String> urlByPath,
                                  Map<String, PageFacts> checkedByPath,
                                  Set<String> withErrors, Set<String> unpublished, Set<String> unwritten,
                                  Set<String> leftOut, String rootPath) {
        String href = link.href();
        String written = link.destination();
        int hash = href.indexOf('#');
        String target = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? null : href.substring(hash + 1);
        int query = target.indexOf('?');
        if (query >= 0) {
            target = target.substring(0, query);
        }
        String url = page.url();
        if (!target.isEmpty()) {
            String resolved = Urls.resolve(page.url(), target);
            if (resolved == null) {
                return "link '" + written + "' points above the site root";
            }
            if (leadsTo(unwritten, resolved) || leadsTo(leftOut, resolved)) {
                return null;
            }
            String reached = reached(output, resolved);
            if (reached != null) {
                url = reached;
            } else if (target.endsWith(".md")) {
                boolean fromContent = target.startsWith(Urls.CONTENT_ROOT);
                String folder = fromContent ? "content/" : page.path().substring(0, page.path().lastIndexOf('/') + 1);
                String file = Urls.resolve(folder, fromContent ? target.substring(Urls.CONTENT_ROOT.length()) : target);
                if (withErrors.contains(file)) {
                    // The file's own errors say what to fix; its headings were read all the same.
                    PageFacts checked = checkedByPath.get(file);
                    return checked == null ? null : missingAnchor(written, fragment, checked.anchors(), checked.url());
                }
                if (urlByPath.containsKey(file)) {
                    // Markdown's links to a content file lead to its page by now; raw HTML's stay as written.
                    return "link '" + written + "' in HTML is written as it is: the page of " + file + " is '"
                            + Urls.relative(page.url(), urlByPath.get(file)) + "'; link to it, or write a Markdown link";
                }
                return unpublished.contains(file)
                        ? "link '" + written + "' names " + file + ", which is not published (a draft or dated in the future)"
                        : "link '" + written + "' names no content file" + (file == null ? "" : ": " + file
                        + " does not exist" + bundleHint(file, written, urlByPath));
            } else {
                return "link '" + written + "' points to nothing in the site" + withinRoot(written, rootPath, output);
            }
        }
        if (fragment != null && !fragment.isEmpty()) {
            // A page left out of the site for its front matter's errors has its own anchors all the same.
            Set<String> anchors = target.isEmpty() ? page.anchors() : anchorsOf.apply(url);
            if (anchors != null) {
                return missingAnchor(written, fragment, anchors, url.equals(page.url()) ? null : url);
            }
        }
        return null;
    }

    /**
     * For a root-relative link that names the site's path again ({@code /evidence/about/} under
     * {@code https://user.github.io/evidence/}, as Hugo's Markdown needs it), what to write instead;
     * else nothing.
     */
    private static String withinRoot(String written, String rootPath, OutputSink output) {
        if (rootPath.equals("/") || !written.startsWith(rootPath)) {
            return "";
        }
        String within = "/" + written.substring(rootPath.length());
        String path = Urls.resolve("", within.replaceFirst("[?#].*", ""));
        boolean found = path != null && reached(output, path) != null;
        return found ? ": a link from '/' starts at the site's root, " + rootPath + " under its baseUrl; write '"
                + within + "'" : "";
    }

    /** What is wrong with a link's fragment on the page at {@code url} (null: this page), or null. */
    private static String missingAnchor(String written, String fragment, Set<String> anchors, String url) {
        // A browser looks the fragment up percent-decoded: #caf%C3%A9 finds id="café", as copied from its address bar.
        if (fragment == null || fragment.isEmpty() || anchors.contains(fragment)
                || anchors.contains(TemplateLinks.decode(fragment))) {
            return null;
        }
        return "link '" + written + "': no heading or anchor '" + fragment + "' on "
                + (url == null ? "this page" : "the page " + url);
    }
}
