package org.evidencepress.evidence;

import java.util.HashMap;
import java.util.Map;

/**
 * The names of one plot's or table's study rows: two named alike cannot be told apart by a
 * reader, as RevMan asks each study of an analysis for its own name. A row named from its
 * source (its label read later from a bibliography) collides when it repeats another's source.
 */
final class RowNames {
    private final Map<String, Integer> first = new HashMap<>();

    /**
     * The warning for row {@code index} (from 0) of {@code field}'s studies, labelled
     * {@code label} or else named from the source {@code sourceId}; null while its name is its own.
     */
    String clash(String field, int index, String label, String sourceId) {
        String key = label != null ? "label " + label : sourceId == null ? null : "source " + sourceId;
        Integer before = key == null ? null : first.putIfAbsent(key, index);
        if (before == null) {
            return null;
        }
        return "'" + field + ".studies[" + (index + 1) + "]' is "
                + (label != null ? "named '" + label + "' as studies[" + (before + 1) + "] is"
                : "named from the same source as studies[" + (before + 1) + "]")
                + ": give each its own label, as 'Smith 2020a' and 'Smith 2020b'";
    }
}
