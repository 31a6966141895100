package org.evidencepress.evidence;

import java.util.List;
import java.util.Map;

/**
 * One row of the GRADE summary of findings.
 *
 * @param downgrades reason to levels, in the order of the GRADE domains
 * @param upgrades   reason to levels
 */
public record GradeOutcome(String name, long studies, long participants, String design, String measure,
                           double estimate, double lower, double upper, Double baselineRisk,
                           Map<String, Integer> downgrades, Map<String, Integer> upgrades, Certainty certainty,
                           List<Note> notes) {

    public boolean ratio() {
        return Measures.RATIOS.contains(measure);
    }

    /** The certainty levels, lowest first. */
    public enum Certainty {
        VERY_LOW("very low"), LOW("low"), MODERATE("moderate"), HIGH("high");

        private final String word;

        Certainty(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        /** ⊕ for each level reached, ◯ for the rest. */
        public String symbols() {
            int filled = ordinal() + 1;
            return "⊕".repeat(filled) + "◯".repeat(4 - filled);
        }
    }
}
