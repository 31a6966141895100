package org.evidencepress.site;

import java.util.List;

/**
 * Everything known about the site before any page is rendered: the reviews to publish
 * (newest first), the plain pages, the taxonomies and the cross-review source index.
 */
public record SiteModel(SiteConfig config, List<ReviewEntry> reviews, List<PageEntry> pages,
                        List<Taxonomy> taxonomies, List<Work> works) {
}
