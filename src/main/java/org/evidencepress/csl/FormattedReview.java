package org.evidencepress.csl;

import java.util.List;

/**
 * A review's citations and bibliography as the style renders them.
 *
 * @param bibliography the entries in the style's order (empty when the style has no bibliography)
 * @param clusters     one per given cluster, in the same order
 * @param numeric      whether the style numbers its sources
 * @param problems     what the processor could not render (an unknown item, an error of the style);
 *                     empty when all went well
 */
public record FormattedReview(List<Entry> bibliography, List<FormattedCluster> clusters, boolean numeric,
                              List<String> problems) {
    public FormattedReview {
        bibliography = List.copyOf(bibliography);
        clusters = List.copyOf(clusters);
        problems = List.copyOf(problems);
    }
}
