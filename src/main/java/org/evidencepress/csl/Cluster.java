package org.evidencepress.csl;

import java.util.List;

/**
 * One citation: the works cited together, in the order written.
 *
 * @param noteIndex the number of the footnote it stands in, 0 for none; a note style tells
 *                  first, subsequent and "Ibid." citations by it
 */
public record Cluster(List<CiteItem> items, int noteIndex) {
    public Cluster {
        items = List.copyOf(items);
    }

    public Cluster(List<CiteItem> items) {
        this(items, 0);
    }

    public static Cluster of(CiteItem... items) {
        return new Cluster(List.of(items));
    }
}
