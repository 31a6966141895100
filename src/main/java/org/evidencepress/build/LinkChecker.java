package org.evidencepress.build;

import org.evidencepress.diagnostic.Diagnostics;
import org.evidencepress.markdown.LinkRef;
import org.evidencepress.markdown.Urls;
import org.evidencepress.output.OutputSink;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every internal link written in Markdown against the finished output: the target
 * must exist and a fragment must be an id on the target page. Errors point at the
 * Markdown that wrote the link.
 */
final class LinkChecker {
    private LinkChecker() {
    }

    static void check(List<PageFacts> pages, OutputSink output, Diagnostics diagnostics) {
        Map<String, Set<String>> anchorsByUrl = new HashMap<>();
        pages.forEach(p -> anchorsByUrl.put(p.url(), p.anchors()));
        for (PageFacts page : pages) {
            for (LinkRef link : page.links()) {
                String problem = problem(page, link.href(), output, anchorsByUrl);
                if (problem != null) {
                    diagnostics.error(page.path(), link.line(), link.column(), problem);
                }
            }
        }
    }

    private static String problem(PageFacts page, String href, OutputSink output,
                                  Map<String, Set<String>> anchorsByUrl) {
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
                return "link '" + href + "' points above the site root";
            }
            if (output.contains(Urls.fileOf(resolved))) {
                url = resolved;
            } else if (!resolved.endsWith("/") && output.contains(resolved + "/index.html")) {
                url = resolved + "/";
            } else if (target.endsWith(".md")) {
                return "link '" + href + "' names no published review or page";
            } else {
                return "link '" + href + "' points to nothing in the site";
            }
        }
        if (fragment != null && !fragment.isEmpty()) {
            Set<String> anchors = anchorsByUrl.get(url);
            if (anchors != null && !anchors.contains(fragment)) {
                return "fragment '#" + fragment + "' of link '" + href + "' matches no id on " + (url.equals(page.url())
                        ? "this page" : url);
            }
        }
        return null;
    }
}
