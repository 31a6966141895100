package org.evidencepress.csl;

import java.util.List;

/** One in-text citation: the works cited together, in the order written. */
public record Cluster(List<CiteItem> items) {
    public Cluster {
        items = List.copyOf(items);
    }

    public static Cluster of(CiteItem... items) {
        return new Cluster(List.of(items));
    }
}
