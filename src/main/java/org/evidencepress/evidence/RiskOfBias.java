package org.evidencepress.evidence;

import java.util.List;

/** A traffic-light table of risk-of-bias judgements, one row per study. */
public record RiskOfBias(Tool tool, List<Row> rows) {

    /** A study's judgement per domain, in the tool's words, and its overall judgement. */
    public record Row(String source, String label, String anchor, List<String> judgements, String overall) {
    }

    /** The supported tools, their domains and their words from least to most severe. */
    public enum Tool {
        ROB2("rob2", "RoB 2", List.of("Randomisation process", "Deviations from intended interventions",
                "Missing outcome data", "Measurement of the outcome", "Selection of the reported result"),
                List.of("low", "some", "high")),
        ROBINS_I("robins-i", "ROBINS-I", List.of("Confounding", "Selection of participants",
                "Classification of interventions", "Deviations from intended interventions", "Missing data",
                "Measurement of outcomes", "Selection of the reported result"),
                List.of("low", "moderate", "serious", "critical"));

        /** ROBINS-I's word for a domain without enough to judge; it has no place in the severity order. */
        public static final String NO_INFORMATION = "no information";

        private final String key;
        private final String title;
        private final List<String> domains;
        private final List<String> severity;

        Tool(String key, String title, List<String> domains, List<String> severity) {
            this.key = key;
            this.title = title;
            this.domains = domains;
            this.severity = severity;
        }

        public String key() {
            return key;
        }

        public String title() {
            return title;
        }

        public List<String> domains() {
            return domains;
        }

        /** The tool's words, from least to most severe, "no information" last for ROBINS-I. */
        public List<String> words() {
            if (this == ROBINS_I) {
                List<String> all = new java.util.ArrayList<>(severity);
                all.add(NO_INFORMATION);
                return List.copyOf(all);
            }
            return severity;
        }

        /** 0 for the least severe word; -1 for "no information". */
        public int severity(String word) {
            return severity.indexOf(word);
        }

        /** How the judgement reads in full. */
        public static String label(String word) {
            return switch (word) {
                case "low" -> "Low";
                case "some" -> "Some concerns";
                case "high" -> "High";
                case "moderate" -> "Moderate";
                case "serious" -> "Serious";
                case "critical" -> "Critical";
                default -> "No information";
            };
        }
    }
}
