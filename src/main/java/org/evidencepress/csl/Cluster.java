package org.evidencepress.csl;

import java.util.List;

/**
 * One citation: the works cited together, in the order written.
 *
 * @param noteIndex the number of the footnote it stands in, 0 for none; a note style tells
 *                  first, subsequent and "Ibid." citations by it
 * @param namesOnly only the authors' names, for a narrative citation whose work a note cites
 */
public record Cluster(List<CiteItem> items, int noteIndex, boolean namesOnly) {
    public Cluster {
        items = List.copyOf(items);
    }

    public Cluster(List<CiteItem> items) {
        this(items, 0, false);
    }

    public static Cluster of(CiteItem... items) {
        return new Cluster(List.of(items));
    }
}
