package org.evidencepress.evidence;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.evidencepress.evidence.ForestParser.num;

/** Reads the {@code outcomes} block (GRADE summary of findings) and checks each certainty (SPEC 9.3). */
final class OutcomeParser {
    private static final List<String> KEYS = List.of("name", "studies", "participants", "design", "effect",
            "baseline_risk", "downgrades", "upgrades", "certainty", "notes");
    static final List<String> DOWNGRADES = List.of("risk_of_bias", "inconsistency", "indirectness", "imprecision",
            "publication_bias");
    static final List<String> UPGRADES = List.of("large_effect", "dose_response", "confounding");

    private final Yaml yaml;
    /** The notes of outcomes left out for their errors, collected so that their citations are checked too. */
    private final List<Note> unshownNotes;

    OutcomeParser(Yaml yaml, List<Note> unshownNotes) {
        this.yaml = yaml;
        this.unshownNotes = unshownNotes;
    }

    List<GradeOutcome> parse(Node node) {
        List<Node> items = yaml.list(node, "outcomes");
        if (items == null) {
            return List.of();
        }
        List<GradeOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<Note> notes = new ArrayList<>();
            GradeOutcome o = outcome(items.get(i), "outcomes[" + (i + 1) + "]", notes);
            if (o != null) {
                outcomes.add(o);
            } else {
                unshownNotes.addAll(notes);
            }
        }
        return List.copyOf(outcomes);
    }

    private GradeOutcome outcome(Node node, String name, List<Note> notesRead) {
        Map<String, Node> f = yaml.mapping(node, name, KEYS, List.of("name", "studies", "participants", "design",
                "effect", "certainty"));
        if (f == null) {
            return null;
        }
        String title = yaml.text(f.get("name"), name + ".name");
        Long studies = yaml.count(f.get("studies"), name + ".studies");
        Long participants = yaml.count(f.get("participants"), name + ".participants");
        if (studies != null && studies == 0) {
            yaml.error(f.get("studies"), "'" + name + ".studies' is 0, but its effect is estimated from at least one"
                    + " study");
        } else if (studies != null && participants != null && participants < studies) {
            yaml.error(f.get("participants"), "'" + name + ".participants' is " + Yaml.format(participants) + " but '"
                    + name + ".studies' is " + Yaml.format(studies) + "; each study has at least one participant");
        }
        String design = yaml.choice(f.get("design"), name + ".design", List.of("rct", "observational"));
        Map<String, Node> effect = f.get("effect") == null ? null
                : yaml.mapping(f.get("effect"), name + ".effect", List.of("measure", "estimate", "ci"),
                List.of("measure", "estimate", "ci"));
        String measure = effect == null ? null
                : yaml.choice(effect.get("measure"), name + ".effect.measure", Measures.OUTCOME);
        Double estimate = effect == null ? null : yaml.number(effect.get("estimate"), name + ".effect.estimate");
        Node ciNode = effect == null ? null : effect.get("ci");
        List<Node> ci = ciNode == null ? null : yaml.interval(ciNode, name + ".effect.ci");
        Double lower = ci == null ? null : yaml.number(ci.get(0), name + ".effect.ci[1]");
        Double upper = ci == null ? null : yaml.number(ci.get(1), name + ".effect.ci[2]");
        if (estimate != null && lower != null && upper != null) {
            if (measure != null && Measures.RATIOS.contains(measure) && !(estimate > 0 && lower > 0 && upper > 0)) {
                yaml.error(estimate > 0 ? ciNode : effect.get("estimate"), "'" + name + ".effect': a ratio ("
                        + measure + ") and its CI must be positive, got " + num(estimate) + " [" + num(lower) + ", "
                        + num(upper) + "]");
            } else if (lower > upper) {
                yaml.error(ciNode, "'" + name + ".effect.ci' [" + num(lower) + ", " + num(upper) + "] has its bounds"
                        + " reversed; write the lower first: [" + num(upper) + ", " + num(lower) + "]");
            } else if (!(lower <= estimate && estimate <= upper)) {
                yaml.error(ciNode, "'" + name + ".effect.ci' [" + num(lower) + ", " + num(upper)
                        + "] does not contain the estimate " + num(estimate));
            }
        }
        Double baseline = null;
        if (f.get("baseline_risk") != null) {
            baseline = percent(f.get("baseline_risk"), name + ".baseline_risk") ? null
                    : yaml.number(f.get("baseline_risk"), name + ".baseline_risk");
            if (baseline != null && !(baseline > 0 && baseline < 1)) {
                yaml.error(f.get("baseline_risk"), "'" + name + ".baseline_risk' is " + num(baseline)
                        + "; a risk is a proportion between 0 and 1 (0.20 for 200 per 1,000)");
                baseline = null;
            } else if (baseline != null && measure != null && !measure.equals("RR") && !measure.equals("OR")) {
                yaml.warn(f.get("baseline_risk"), "'" + name + ".baseline_risk' gives risks per 1,000 only for RR "
                        + "and OR, not " + measure + "; it is ignored");
                baseline = null;
            } else if (baseline != null && "RR".equals(measure) && upper != null && baseline * upper > 1) {
                // 1000 x ACR x RR is the contract's formula; past 1,000 per 1,000 it describes no one.
                boolean estimateOver = estimate != null && baseline * estimate > 1;
                yaml.warn(f.get("baseline_risk"), "'" + name + ".baseline_risk' " + num(baseline) + " times the risk"
                        + " ratio's " + (estimateOver ? "estimate " + num(estimate) : "upper bound " + num(upper))
                        + " is a risk above 1,000 per 1,000");
            }
        }
        Map<String, Node> ratedDown = new LinkedHashMap<>();
        Map<String, Node> ratedUp = new LinkedHashMap<>();
        Map<String, Integer> downgrades = levels(f.get("downgrades"), name + ".downgrades", DOWNGRADES, ratedDown);
        Map<String, Integer> upgrades = levels(f.get("upgrades"), name + ".upgrades", UPGRADES, ratedUp);
        if (upgrades != null && upgrades.get("large_effect") > 0 && estimate != null && estimate > 0
                && measure != null && Measures.RATIOS.contains(measure)) {
            checkLargeEffect(f.get("upgrades"), name, measure, estimate, upgrades.get("large_effect"));
        }
        GradeOutcome.Certainty certainty = certainty(f.get("certainty"), name + ".certainty");
        List<Note> notes = notes(f.get("notes"), name + ".notes");
        notesRead.addAll(notes);
        explained(ratedDown, notes, name, "downgrades", downgrades, "down");
        explained(ratedUp, notes, name, "upgrades", upgrades, "up");
        if (design == null || downgrades == null || upgrades == null || certainty == null) {
            return null;
        }
        int down = downgrades.values().stream().mapToInt(Integer::intValue).sum();
        int up = upgrades.values().stream().mapToInt(Integer::intValue).sum();
        int start = design.equals("rct") ? GradeOutcome.Certainty.HIGH.ordinal() : GradeOutcome.Certainty.LOW.ordinal();
        int level = Math.max(0, Math.min(GradeOutcome.Certainty.HIGH.ordinal(), start - down + up));
        GradeOutcome.Certainty expected = GradeOutcome.Certainty.values()[level];
        if (certainty != expected) {
            yaml.error(f.get("certainty"), "certainty is '" + certainty.word() + "' but " + design + " starts at "
                    + GradeOutcome.Certainty.values()[start].word() + ", minus " + down + " downgrade"
                    + (down == 1 ? "" : "s") + " plus " + up + " upgrade" + (up == 1 ? "" : "s") + " = '"
                    + expected.word() + "'");
        }
        if (title == null || studies == null || participants == null || measure == null || estimate == null
                || lower == null || upper == null) {
            return null;
        }
        return new GradeOutcome(title, studies, participants, design, measure, estimate, lower, upper, baseline,
                downgrades, upgrades, certainty, notes);
    }

    /** A risk written in percent ("20%"), an error that gives the proportion to write; false for anything else. */
    private boolean percent(Node node, String name) {
        if (!(node instanceof ScalarNode scalar)) {
            return false;
        }
        Matcher m = PERCENT.matcher(scalar.getValue().strip());
        if (!m.matches()) {
            return false;
        }
        yaml.error(node, "'" + name + "' is " + scalar.getValue().strip() + "; a risk is a proportion between 0 and"
                + " 1: write " + new BigDecimal(m.group(1)).movePointLeft(2).stripTrailingZeros().toPlainString());
        return true;
    }

    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");

    /**
     * A rating down or up without a footnote is a warning: GRADE asks for the reason of each
     * (Guyatt et al., GRADE guidelines 12), and a reader of the table cannot see it otherwise.
     */
    private void explained(Map<String, Node> rated, List<Note> notes, String name, String kind,
            Map<String, Integer> levels, String direction) {
        for (var e : rated.entrySet()) {
            if (levels == null || levels.get(e.getKey()) == 0
                    || notes.stream().anyMatch(n -> n.key().equals(e.getKey()))) {
                continue;
            }
            yaml.warn(e.getValue(), "'" + name + "." + kind + "." + e.getKey() + "' rates " + direction
                    + " without a reason: give it as '" + name + ".notes." + e.getKey() + "', as GRADE asks for the"
                    + " reason of each rating " + direction);
        }
    }

    /** Each key's level, 0 when not given; the node of each given level goes into {@code rated}. */
    private Map<String, Integer> levels(Node node, String name, List<String> keys, Map<String, Node> rated) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        keys.forEach(k -> levels.put(k, 0));
        if (node == null) {
            return levels;
        }
        Map<String, Node> f = yaml.mapping(node, name, keys, List.of());
        if (f == null) {
            return null;
        }
        boolean ok = true;
        for (String key : keys) {
            if (f.get(key) == null) {
                continue;
            }
            long max = key.equals("dose_response") || key.equals("confounding") ? 1 : 2;
            Long n = yaml.integer(f.get(key), name + "." + key, 0, max);
            if (n == null) {
                ok = false;
            } else {
                levels.put(key, n.intValue());
                rated.put(key, f.get(key));
            }
        }
        return ok ? levels : null;
    }

    /**
     * GRADE rates up for a large effect from a ratio of 2 or 0.5 on, and by two levels for a very
     * large one, from 5 or 0.2 on (Guyatt et al., GRADE guidelines 9): a warning, as the
     * thresholds are guidance and the CI and confounding weigh in too.
     */
    private void checkLargeEffect(Node upgrades, String name, String measure, double estimate, int levels) {
        double threshold = levels == 2 ? 5 : 2;
        if (estimate >= threshold || estimate <= 1 / threshold) {
            return;
        }
        Node at = upgrades;
        if (upgrades instanceof MappingNode mapping) {
            for (NodeTuple t : mapping.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode key && key.getValue().equals("large_effect")) {
                    at = t.getValueNode();
                }
            }
        }
        yaml.warn(at, "'" + name + ".upgrades.large_effect' is " + levels + " but the " + measure + " is "
                + num(estimate) + "; GRADE rates up " + (levels == 2 ? "two levels for a very large effect, a"
                + " ratio of 5 or more, or 0.2 or less" : "for a large effect, a ratio of 2 or more, or 0.5 or less"));
    }

    private GradeOutcome.Certainty certainty(Node node, String name) {
        String word = yaml.choice(node, name, List.of("very low", "low", "moderate", "high"));
        if (word == null) {
            return null;
        }
        for (GradeOutcome.Certainty c : GradeOutcome.Certainty.values()) {
            if (c.word().equals(word)) {
                return c;
            }
        }
        return null;
    }

    private List<Note> notes(Node node, String name) {
        if (node == null) {
            return List.of();
        }
        List<String> known = new ArrayList<>(DOWNGRADES);
        known.addAll(UPGRADES);
        Map<String, Node> f = yaml.mapping(node, name, known, List.of());
        if (f == null) {
            return List.of();
        }
        List<Note> notes = new ArrayList<>();
        for (var e : f.entrySet()) {
            if (!known.contains(e.getKey())) {
                continue; // warned as unknown: a footnote names the GRADE reason it explains
            }
            String text = yaml.text(e.getValue(), name + "." + e.getKey());
            if (text != null) {
                // Quoted scalars start one column after their quote mark.
                int quoteShift = ((ScalarNode) e.getValue()).getScalarStyle().getChar() == null ? 0 : 1;
                ScalarNode scalar = (ScalarNode) e.getValue();
                notes.add(new Note(e.getKey(), text, yaml.line(scalar), yaml.column(scalar) + quoteShift,
                        yaml.pieces(scalar)));
            }
        }
        return List.copyOf(notes);
    }
}
