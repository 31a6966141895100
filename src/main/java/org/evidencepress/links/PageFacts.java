package org.evidencepress.links;

import org.evidencepress.markdown.LinkRef;

import java.util.List;
import java.util.Set;

/**
 * What remains of a rendered content page once its HTML is written: enough to check
 * links across the site. Every page's facts live until the last page is rendered, so the
 * anchors are packed.
 */
public record PageFacts(String path, String url, Set<String> anchors, List<LinkRef> links) {
    public PageFacts {
        anchors = PackedStrings.of(anchors);
    }
}
