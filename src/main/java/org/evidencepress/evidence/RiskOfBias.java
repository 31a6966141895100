package org.evidencepress.evidence;

import java.util.List;

/** A traffic-light table of risk-of-bias judgements, one row per study. */
public record RiskOfBias(Tool tool, List<Row> rows) {

    /**
     * A study's judgement per domain, in the tool's words, and its overall judgement; the
     * label is null until named from its source when the author gave none and the source is not inline.
     */
    public record Row(SourceRef source, String label, String anchor, List<String> judgements, String overall) {
    }

    /**
     * The supported tools, their number of domains and their words from least to most severe.
     * The domains' names are the theme's labels {@code rob2_d1}..{@code rob2_d5} and
     * {@code robins_d1}..{@code robins_d7}, so they read in the page's language.
     */
    public enum Tool {
        ROB2("rob2", "RoB 2", 5, "rob2_d", List.of("low", "some", "high")),
        ROBINS_I("robins-i", "ROBINS-I", 7, "robins_d", List.of("low", "moderate", "serious", "critical"));

        /** ROBINS-I's word for a domain without enough to judge; it has no place in the severity order. */
        public static final String NO_INFORMATION = "no information";

        private final String key;
        private final String title;
        private final int domainCount;
        private final String domainLabel;
        private final List<String> severity;

        Tool(String key, String title, int domainCount, String domainLabel, List<String> severity) {
            this.key = key;
            this.title = title;
            this.domainCount = domainCount;
            this.domainLabel = domainLabel;
            this.severity = severity;
        }

        public String key() {
            return key;
        }

        public String title() {
            return title;
        }

        public int domainCount() {
            return domainCount;
        }

        /** The label key naming domain {@code number} (from 1). */
        public String domainLabel(int number) {
            return domainLabel + number;
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

        /**
         * The tool's word for a judgement as written: a word of the tool in any case, or the
         * phrase its own forms print, "Low risk", "Some concerns", "High risk" (RoB 2),
         * "Serious risk of bias" (ROBINS-I); null for any other text.
         */
        public String word(String written) {
            String w = written.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
            if (this == ROB2 && w.equals("some concerns")) {
                return "some";
            }
            if (w.endsWith(" risk of bias")) {
                w = w.substring(0, w.length() - " risk of bias".length());
            } else if (w.endsWith(" risk")) {
                w = w.substring(0, w.length() - " risk".length());
            }
            return words().contains(w) ? w : null;
        }

        /** The phrases {@link #word} also takes, for an error to show. */
        public String phrases() {
            return this == ROB2 ? "'Low risk', 'Some concerns', 'High risk'"
                    : "'Low risk', 'Moderate risk', 'Serious risk', 'Critical risk', 'No information'";
        }

        /** 0 for the least severe word; -1 for "no information". */
        public int severity(String word) {
            return severity.indexOf(word);
        }
    }
}
