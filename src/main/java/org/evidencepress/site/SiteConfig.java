package org.evidencepress.site;

import org.evidencepress.frontmatter.References;
import org.evidencepress.frontmatter.Extra;

import java.net.URI;
import java.util.Map;

/**
 * The settings of {@code site.yaml}.
 *
 * @param baseUrl     absolute URL of the site root, without a trailing slash
 * @param retractions the local copy of the Retraction Watch database, where site.yaml names it; else null
 * @param extra       the free-form {@code extra:} mapping, read-only, for templates
 * @param references  the site-wide bibliography files and CSL style (paths relative to the site folder)
 * @param languageSet whether site.yaml names the {@code language}, rather than leaving the default: only
 *                    a language named overrides a CSL style's own {@code default-locale}
 */
public record SiteConfig(String title, String description, String baseUrl, String language, String publisher,
                         String author, int pageSize, int tocDepth, boolean unsafeHtml, int feedSize,
                         SiteFile retractions, Map<String, Object> extra, References references,
                         boolean languageSet) {

    /** No description unless the site gives one: an English default stood on every other language's home page. */
    public static final SiteConfig DEFAULTS = new SiteConfig("Evidence Reviews",
            null, "http://localhost:8080", "en",
            null, null, 20, 3, false, 20, null, Extra.NONE, References.NONE, false);

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, stripSlash(url), language, publisher, author, pageSize, tocDepth,
                unsafeHtml, feedSize, retractions, extra, references, languageSet);
    }

    static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The absolute URL of a site-relative path such as {@code reviews/x/}. */
    public String absolute(String path) {
        return baseUrl + "/" + path;
    }

    /**
     * The path of {@code baseUrl}, ending in '/': "/" for a site at a host's root,
     * "/evidence/" for one under https://user.github.io/evidence/ ("/" when the address is
     * malformed: the settings check reports it).
     */
    public String rootPath() {
        return rootPath(baseUrl);
    }

    public static String rootPath(String baseUrl) {
        String path = null;
        try {
            path = baseUrl == null ? null : URI.create(baseUrl.strip()).getRawPath();
        } catch (IllegalArgumentException notAUri) {
            // reported by the settings check
        }
        return path == null || path.isEmpty() ? "/" : path.endsWith("/") ? path : path + "/";
    }

    public String publisherName() {
        return publisher != null ? publisher : title;
    }
}
