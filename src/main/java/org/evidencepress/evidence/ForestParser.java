package org.evidencepress.evidence;

import org.evidencepress.statistics.Effect;
import org.evidencepress.statistics.EffectSizes;
import org.evidencepress.statistics.Pooling;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the {@code meta_analysis} block, checks each study's numbers and computes the analyses (SPEC 9.2). */
final class ForestParser {
    /** More studies than any forest plot can show legibly; also bounds the page's size. */
    static final int MAX_STUDIES = 1000;
    private static final double MIN_VARIANCE = 1e-100;
    /** Hedges' g needs n1 + n2 - 2 above 1 degree of freedom. */
    private static final int SMD_MIN_PARTICIPANTS = 4;
    private static final List<String> KEYS = List.of("outcome", "measure", "effect", "model", "favours", "studies");
    private static final List<String> STUDY_KEYS = List.of("label", "source", "treatment", "control", "estimate",
            "ci");
    private static final List<String> BINARY_ARM = List.of("events", "total");
    private static final List<String> CONTINUOUS_ARM = List.of("mean", "sd", "n");

    private final Yaml yaml;
    /** Each source id with the label a study gets when it has none of its own. */
    private final Map<String, String> studyLabels;
    /** Every source a study names, collected for the check that each is known. */
    private final List<SourceRef> sourcesNamed;

    ForestParser(Yaml yaml, Map<String, String> studyLabels, List<SourceRef> sourcesNamed) {
        this.sourcesNamed = sourcesNamed;
        this.yaml = yaml;
        this.studyLabels = studyLabels;
    }

    List<ForestAnalysis> parse(Node node) {
        List<Node> items = yaml.list(node, "meta_analysis");
        if (items == null) {
            return List.of();
        }
        List<ForestAnalysis> analyses = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ForestAnalysis a = analysis(items.get(i), i + 1);
            if (a != null) {
                analyses.add(a);
            }
        }
        return List.copyOf(analyses);
    }

    private ForestAnalysis analysis(Node node, int number) {
        String name = "meta_analysis[" + number + "]";
        Map<String, Node> f = yaml.mapping(node, name, KEYS, List.of("outcome", "measure", "studies"));
        if (f == null) {
            return null;
        }
        String outcome = yaml.text(f.get("outcome"), name + ".outcome");
        String measure = f.get("measure") == null ? null
                : yaml.choice(f.get("measure"), name + ".measure", Measures.ANALYSIS);
        String effect = measure;
        if ("GIV".equals(measure)) {
            effect = f.get("effect") == null ? null : yaml.choice(f.get("effect"), name + ".effect", Measures.GIVEN);
            if (f.get("effect") == null) {
                yaml.error(node, "missing required field '" + name + ".effect' (HR, RR, OR or MD) for measure GIV");
            }
        } else if (f.get("effect") != null && measure != null) {
            yaml.warn(f.get("effect"), "'" + name + ".effect' is used only with measure GIV; it is ignored");
        }
        Pooling.Model model = Pooling.Model.RANDOM;
        if (f.get("model") != null) {
            String m = yaml.choice(f.get("model"), name + ".model", List.of("fixed", "random"));
            model = "fixed".equals(m) ? Pooling.Model.FIXED : Pooling.Model.RANDOM;
        }
        List<String> favours = favours(f.get("favours"), name + ".favours");
        if (f.get("studies") == null) {
            return null;
        }
        List<Node> studyNodes = yaml.list(f.get("studies"), name + ".studies");
        if (studyNodes == null) {
            return null;
        }
        if (studyNodes.isEmpty()) {
            yaml.error(f.get("studies"), "'" + name + ".studies' is empty: a meta-analysis needs at least one study");
            return null;
        }
        if (studyNodes.size() > MAX_STUDIES) {
            yaml.error(f.get("studies"), "'" + name + ".studies' lists " + Yaml.format(studyNodes.size())
                    + " studies; at most " + Yaml.format(MAX_STUDIES) + " fit one forest plot, split the analysis");
            return null;
        }
        String anchor = ForestAnalysis.anchorFor(number);
        List<ForestStudy> studies = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < studyNodes.size(); i++) {
            ForestStudy s = study(studyNodes.get(i), name + ".studies[" + (i + 1) + "]", measure, effect,
                    anchor + "-study-" + (i + 1));
            if (s == null) {
                ok = false;
            } else {
                studies.add(s);
            }
        }
        if (!ok || outcome == null || measure == null || effect == null) {
            return null;
        }
        sameLabels(studies, studyNodes, name);
        boolean ratio = Measures.RATIOS.contains(effect);
        List<Effect> pooledEffects = studies.stream().map(ForestStudy::effect).filter(e -> e != null).toList();
        Pooling.Result pooled = null;
        if (pooledEffects.isEmpty()) {
            yaml.warn(f.get("studies"), "no study of '" + outcome + "' can be pooled: each has no events in both "
                    + "arms or events for everyone in both arms");
        } else {
            pooled = Pooling.pool(pooledEffects, model);
            List<ForestStudy> weighted = new ArrayList<>();
            int w = 0;
            for (ForestStudy s : studies) {
                weighted.add(s.effect() == null ? s : new ForestStudy(s.label(), s.source(), s.anchor(), s.treatment(),
                        s.control(), s.given(), s.effect(), pooled.weightsPercent().get(w++)));
            }
            studies = weighted;
        }
        return new ForestAnalysis(number, anchor, outcome, measure, effect, ratio, model, favours,
                List.copyOf(studies), pooled);
    }

    /** Warns at each study named as an earlier one of the plot is (see {@link RowNames}). */
    private void sameLabels(List<ForestStudy> studies, List<Node> nodes, String name) {
        RowNames names = new RowNames();
        for (int i = 0; i < studies.size(); i++) {
            ForestStudy s = studies.get(i);
            String clash = names.clash(name, i, s.label(), s.source() == null ? null : s.source().id());
            if (clash != null) {
                yaml.warn(labelNode(nodes.get(i)), clash);
            }
        }
    }

    /** A study's label where it has one, else the study itself (named from its source). */
    private static Node labelNode(Node study) {
        if (study instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("label")) {
                    return t.getValueNode();
                }
            }
        }
        return study;
    }

    private List<String> favours(Node node, String name) {
        if (node == null) {
            // The theme's "Favours treatment" and "Favours control", in the page's language.
            return List.of();
        }
        List<Node> items = yaml.list(node, name);
        if (items == null) {
            return List.of();
        }
        if (items.size() != 2) {
            yaml.error(node, "'" + name + "' must name two sides, [left label, right label]; got " + items.size());
            return List.of();
        }
        String left = yaml.text(items.get(0), name + "[1]");
        String right = yaml.text(items.get(1), name + "[2]");
        return left == null || right == null ? List.of() : List.of(left, right);
    }

    /**
     * One study, checked as far as the analysis allows: without a valid {@code measure}
     * only its name and source can be, without a GIV {@code effect} not the ratio scale.
     *
     * @param measure the analysis's measure, null when it is missing or invalid
     * @param effect  the scale of the estimates (the measure, or GIV's effect), null when unknown
     */
    private ForestStudy study(Node node, String name, String measure, String effect, String anchor) {
        boolean given = "GIV".equals(measure);
        List<String> required = measure == null ? List.of()
                : given ? List.of("estimate", "ci") : List.of("treatment", "control");
        Map<String, Node> f = yaml.mapping(node, name, STUDY_KEYS, required);
        if (f == null) {
            return null;
        }
        SourceRef source = source(f.get("source"), name + ".source");
        if (f.get("label") == null && f.get("source") == null) {
            yaml.error(node, "missing required field '" + name + ".label': a study without a 'source' needs a label");
        }
        // Without a label the study is named from its source, "Aronson 1948", as risk-of-bias rows are.
        String label = f.get("label") != null ? yaml.text(f.get("label"), name + ".label")
                : source == null ? null : studyLabels.get(source.id());
        // A study without a name still has its numbers checked: every problem of it in one run.
        boolean named = label != null || source != null;
        if (measure == null) {
            return null;
        }
        if (given) {
            for (String key : List.of("treatment", "control")) {
                if (f.get(key) != null) {
                    yaml.warn(f.get(key), "'" + name + "." + key + "' is not used with measure GIV; it is ignored");
                }
            }
            ForestStudy study = givenStudy(f, name, label, source, effect, anchor, node);
            return named ? study : null;
        }
        for (String key : List.of("estimate", "ci")) {
            if (f.get(key) != null) {
                yaml.warn(f.get(key), "'" + name + "." + key + "' is used only with measure GIV; it is ignored");
            }
        }
        boolean binary = List.of("RR", "OR", "RD").contains(measure);
        Arm t = f.get("treatment") == null ? null : binary ? binaryArm(f.get("treatment"), name + ".treatment")
                : continuousArm(f.get("treatment"), name + ".treatment");
        Arm c = f.get("control") == null ? null : binary ? binaryArm(f.get("control"), name + ".control")
                : continuousArm(f.get("control"), name + ".control");
        if (measure.equals("SMD") && t != null && c != null && t.size() != null && c.size() != null
                && t.size() + c.size() < SMD_MIN_PARTICIPANTS) {
            yaml.error(node, "'" + name + "': a standardised mean difference needs at least "
                    + SMD_MIN_PARTICIPANTS + " participants in the two arms together, got " + (t.size() + c.size()));
            return null;
        }
        if (t == null || c == null || t.data() == null || c.data() == null) {
            return null;
        }
        ForestStudy.ArmData td = t.data();
        ForestStudy.ArmData cd = c.data();
        Effect result = switch (measure) {
            case "RR", "OR", "RD" -> EffectSizes.binary(EffectSizes.Binary.valueOf(measure), td.events(), td.total(),
                    cd.events(), cd.total());
            case "MD" -> EffectSizes.meanDifference(td.mean(), td.sd(), td.n(), cd.mean(), cd.sd(), cd.n());
            default -> EffectSizes.standardisedMeanDifference(td.mean(), td.sd(), td.n(), cd.mean(), cd.sd(), cd.n());
        };
        if (result != null && !usable(result)) {
            yaml.error(node, "'" + name + "': these numbers give no usable effect (estimate " + result.yi()
                    + ", variance " + result.vi() + ")");
            return null;
        }
        return named ? new ForestStudy(label, source, anchor, td, cd, null, result, null) : null;
    }

    private ForestStudy givenStudy(Map<String, Node> f, String name, String label, SourceRef source, String effect,
                                   String anchor, Node node) {
        Double estimate = yaml.number(f.get("estimate"), name + ".estimate");
        Node ciNode = f.get("ci");
        List<Node> ci = ciNode == null ? null : yaml.interval(ciNode, name + ".ci");
        Double lower = ci == null ? null : yaml.number(ci.get(0), name + ".ci[1]");
        Double upper = ci == null ? null : yaml.number(ci.get(1), name + ".ci[2]");
        if (estimate == null || lower == null || upper == null) {
            return null;
        }
        // Set.contains(null) throws, and an unknown scale is no ratio to check.
        boolean ratio = effect != null && Measures.RATIOS.contains(effect);
        if (ratio && !(estimate > 0 && lower > 0 && upper > 0)) {
            yaml.error(estimate > 0 ? ciNode : f.get("estimate"), "'" + name + "': a ratio and its CI must be "
                    + "positive, got " + num(estimate) + " [" + num(lower) + ", " + num(upper) + "]");
            return null;
        }
        if (lower > upper) {
            yaml.error(ciNode, "'" + name + ".ci' [" + num(lower) + ", " + num(upper) + "] has its bounds reversed;"
                    + " write the lower first: [" + num(upper) + ", " + num(lower) + "]");
            return null;
        }
        if (!(lower <= estimate && estimate <= upper)) {
            yaml.error(ciNode, "'" + name + "': the CI [" + num(lower) + ", " + num(upper)
                    + "] does not contain the estimate " + num(estimate));
            return null;
        }
        if (!(lower < upper)) {
            yaml.error(ciNode, "'" + name + "': the CI [" + num(lower) + ", " + num(upper)
                    + "] has no width, so the study's variance would be zero");
            return null;
        }
        if (effect == null) {
            return null; // on an unknown scale the variance cannot be computed
        }
        Effect result = EffectSizes.given(estimate, lower, upper, ratio);
        if (!usable(result)) {
            yaml.error(node, "'" + name + "': this CI gives no usable variance (" + result.vi() + ")");
            return null;
        }
        return new ForestStudy(label, source, anchor, null, null, new ForestStudy.Given(estimate, lower, upper),
                result, null);
    }

    private static boolean usable(Effect e) {
        // Below this, squared weights overflow; no real study is that precise.
        return Double.isFinite(e.yi()) && Double.isFinite(e.vi()) && e.vi() > MIN_VARIANCE;
    }

    /**
     * One arm as read: its data when every field is usable (null otherwise), and its number
     * of participants whenever that alone is usable, for the checks that need only it.
     */
    private record Arm(ForestStudy.ArmData data, Long size) {
    }

    private Arm binaryArm(Node node, String name) {
        Map<String, Node> f = yaml.mapping(node, name, BINARY_ARM, BINARY_ARM);
        if (f == null) {
            return null;
        }
        Long events = yaml.count(f.get("events"), name + ".events");
        Long total = yaml.count(f.get("total"), name + ".total");
        if (total != null && total == 0) {
            yaml.error(f.get("total"), "'" + name + ".total' is 0; an arm needs at least one participant");
            return new Arm(null, null);
        }
        if (events != null && total != null && events > total) {
            yaml.error(f.get("events"), "'" + name + ".events' is " + Yaml.format(events) + " but the arm has only "
                    + Yaml.format(total) + " participants");
            return new Arm(null, total);
        }
        return new Arm(events == null || total == null ? null
                : new ForestStudy.ArmData(events, total, null, null, null), total);
    }

    private Arm continuousArm(Node node, String name) {
        Map<String, Node> f = yaml.mapping(node, name, CONTINUOUS_ARM, CONTINUOUS_ARM);
        if (f == null) {
            return null;
        }
        Double mean = yaml.number(f.get("mean"), name + ".mean");
        Double sd = yaml.number(f.get("sd"), name + ".sd");
        Long n = yaml.count(f.get("n"), name + ".n");
        boolean usable = mean != null && sd != null && n != null;
        if (sd != null && !(sd > 0)) {
            yaml.error(f.get("sd"), "'" + name + ".sd' is " + ((ScalarNode) f.get("sd")).getValue().strip()
                    + "; a standard deviation must be above 0");
            usable = false;
        }
        if (n != null && n == 0) {
            yaml.error(f.get("n"), "'" + name + ".n' is 0; an arm needs at least one participant");
            return new Arm(null, null);
        }
        return new Arm(usable ? new ForestStudy.ArmData(null, null, mean, sd, n) : null, n);
    }

    /** The study's source; whether it is known is checked with the review's citations. */
    private SourceRef source(Node node, String name) {
        String id = yaml.text(node, name);
        if (id == null) {
            return null;
        }
        SourceRef source = new SourceRef(id, yaml.line(node), yaml.column(node));
        sourcesNamed.add(source);
        return source;
    }

    static String num(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString()
                .toLowerCase(Locale.ROOT);
    }
}
