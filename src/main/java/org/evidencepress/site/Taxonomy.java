package org.evidencepress.site;

import java.util.List;

/**
 * A way of browsing: tags, journals or study years.
 *
 * @param key   URL segment, {@code tags}
 * @param title heading of its index page, "Tags"
 * @param label heading prefix of one term's page, "Tag"
 */
public record Taxonomy(String key, String title, String label, List<TermGroup> groups) {
}
