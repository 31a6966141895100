package org.evidencepress.csl;

import java.util.List;

/** A formatted in-text citation; its segments joined are exactly the style's text. */
public record FormattedCluster(List<Segment> segments) {
    public FormattedCluster {
        segments = List.copyOf(segments);
    }

    public String html() {
        StringBuilder html = new StringBuilder();
        for (Segment segment : segments) {
            html.append(segment.html());
        }
        return html.toString();
    }
}
