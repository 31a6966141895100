package org.evidencepress.site;

/**
 * The settings of {@code site.yaml}.
 *
 * @param baseUrl     absolute URL of the site root, without a trailing slash
 * @param retractions the local copy of the Retraction Watch database, where site.yaml names it; else null
 */
public record SiteConfig(String title, String description, String baseUrl, String language, String publisher,
                         String author, int pageSize, int tocDepth, boolean unsafeHtml, int feedSize,
                         SiteFile retractions) {

    public static final SiteConfig DEFAULTS = new SiteConfig("Evidence Reviews",
            "What the research literature says, one question at a time.", "http://localhost:8080", "en",
            null, null, 20, 3, false, 20, null);

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, stripSlash(url), language, publisher, author, pageSize, tocDepth,
                unsafeHtml, feedSize, retractions);
    }

    static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The absolute URL of a site-relative path such as {@code reviews/x/}. */
    public String absolute(String path) {
        return baseUrl + "/" + path;
    }

    public String publisherName() {
        return publisher != null ? publisher : title;
    }
}
