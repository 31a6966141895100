package org.evidencepress.evidence;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the {@code risk_of_bias} block and checks each study's judgements against its tool (SPEC 9.4). */
final class RiskOfBiasParser {
    private final Yaml yaml;
    /** Each source id with the label a row gets when it has none of its own. */
    private final Map<String, String> studyLabels;
    /** Every source a row names, collected for the check that each is known. */
    private final List<SourceRef> sourcesNamed;

    RiskOfBiasParser(Yaml yaml, Map<String, String> studyLabels, List<SourceRef> sourcesNamed) {
        this.sourcesNamed = sourcesNamed;
        this.yaml = yaml;
        this.studyLabels = studyLabels;
    }

    RiskOfBias parse(Node node) {
        Map<String, Node> f = yaml.mapping(node, "risk_of_bias", List.of("tool", "studies"), List.of("tool",
                "studies"));
        if (f == null) {
            return null;
        }
        RiskOfBias.Tool tool = f.get("tool") == null ? null : tool(f.get("tool"));
        List<Node> items = f.get("studies") == null ? null : yaml.list(f.get("studies"), "risk_of_bias.studies");
        if (items == null) {
            return null;
        }
        if (items.isEmpty()) {
            yaml.error(f.get("studies"), "'risk_of_bias.studies' is empty");
            return null;
        }
        List<RiskOfBias.Row> rows = new ArrayList<>();
        boolean ok = true;
        RowNames names = new RowNames();
        for (int i = 0; i < items.size(); i++) {
            RiskOfBias.Row row = row(items.get(i), "risk_of_bias.studies[" + (i + 1) + "]", tool,
                    EvidenceBlocks.ROB_ANCHOR + "-study-" + (i + 1));
            if (row == null) {
                ok = false;
                continue;
            }
            rows.add(row);
            String clash = names.clash("risk_of_bias", i, row.label(), row.source().id());
            if (clash != null) {
                yaml.warn(items.get(i), clash);
            }
        }
        return ok && tool != null ? new RiskOfBias(tool, List.copyOf(rows)) : null;
    }

    /** One study's row; without a valid {@code tool} (null) only its source and label can be checked. */
    private RiskOfBias.Row row(Node node, String name, RiskOfBias.Tool tool, String anchor) {
        Map<String, Node> f = yaml.mapping(node, name, List.of("source", "label", "judgements", "overall"),
                List.of("source", "judgements", "overall"));
        if (f == null) {
            return null;
        }
        // Whether the source is known is checked with the review's citations, its bibliography files read.
        String id = yaml.text(f.get("source"), name + ".source");
        SourceRef source = id == null ? null : new SourceRef(id, yaml.line(f.get("source")), yaml.column(f.get("source")));
        if (source != null) {
            sourcesNamed.add(source);
        }
        String label = f.get("label") == null ? (source == null ? null : studyLabels.get(id))
                : yaml.text(f.get("label"), name + ".label");
        List<Node> items = f.get("judgements") == null ? null
                : f.get("judgements") instanceof MappingNode byDomain ? byDomain(byDomain, name + ".judgements")
                : yaml.list(f.get("judgements"), name + ".judgements");
        if (tool == null) {
            return null;
        }
        List<String> judgements = new ArrayList<>();
        boolean ok = items != null;
        if (items != null && items.size() != tool.domainCount()) {
            yaml.error(f.get("judgements"), "'" + name + ".judgements' has " + items.size() + " judgement"
                    + (items.size() == 1 ? "" : "s") + " but " + tool.title() + " has " + tool.domainCount()
                    + " domains (D1-D" + tool.domainCount() + ")");
            ok = false;
        }
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                String word = judgement(items.get(i), name + ".judgements[D" + (i + 1) + "]", tool);
                ok &= word != null;
                judgements.add(word);
            }
        }
        String overall = f.get("overall") == null ? null
                : judgement(f.get("overall"), name + ".overall", tool);
        if (!ok || overall == null) {
            return null;
        }
        int worst = -1;
        int worstDomain = -1;
        for (int i = 0; i < judgements.size(); i++) {
            int s = tool.severity(judgements.get(i));
            if (s > worst) {
                worst = s;
                worstDomain = i;
            }
        }
        if (tool == RiskOfBias.Tool.ROB2) {
            checkRob2(f.get("overall"), overall, judgements, worst, worstDomain);
        } else {
            checkRobinsI(f.get("overall"), overall, judgements, worst, worstDomain);
        }
        return source == null ? null
                : new RiskOfBias.Row(source, label, anchor, List.copyOf(judgements), overall);
    }

    /** The tool by its key, or by its name as its authors write it ("RoB 2", "ROBINS-I"), in any case. */
    private RiskOfBias.Tool tool(Node node) {
        String value = yaml.text(node, "risk_of_bias.tool");
        if (value == null) {
            return null;
        }
        String bare = value.replaceAll("[\\s_-]", "").toLowerCase(java.util.Locale.ROOT);
        for (RiskOfBias.Tool t : RiskOfBias.Tool.values()) {
            if (t.key().replace("-", "").equals(bare)) {
                return t;
            }
        }
        yaml.error(node, "'risk_of_bias.tool' is '" + value + "'; expected one of rob2, robins-i");
        return null;
    }

    /** A judgement in the tool's words, as this tool writes them ("some") or as its forms print them ("Some concerns"). */
    private String judgement(Node node, String name, RiskOfBias.Tool tool) {
        String value = yaml.text(node, name);
        if (value == null) {
            return null;
        }
        String word = tool.word(value);
        if (word == null) {
            yaml.error(node, "'" + name + "' is '" + value + "'; expected one of " + String.join(", ", tool.words())
                    + " (or " + tool.title() + "'s " + tool.phrases() + ")");
        }
        return word;
    }

    /**
     * RoB 2's overall judgement as its guidance defines it: low only when every domain is low;
     * some concerns when a domain raises some and none is high; high when a domain is high or
     * several raise some concerns.
     */
    /**
     * Judgements keyed by domain, as robvis's table has them ({D1: low, D2: some}): an error
     * that shows the list to write, in the domains' order; always null.
     */
    private List<Node> byDomain(MappingNode mapping, String name) {
        Map<Integer, String> words = new TreeMap<>();
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode key && key.getValue().matches("(?i)D[1-9]")
                    && t.getValueNode() instanceof ScalarNode word) {
                words.put(Integer.parseInt(key.getValue().substring(1)), word.getValue().strip());
            } else {
                words.clear();
                break;
            }
        }
        yaml.error(mapping, "'" + name + "' must be a list in the order of the tool's domains, not a mapping"
                + (words.isEmpty() ? "" : "; write " + key(name) + ": [" + String.join(", ", words.values()) + "]"));
        return null;
    }

    /** The last key of a dotted name, "judgements" of "risk_of_bias.studies[1].judgements". */
    private static String key(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private void checkRob2(Node at, String overall, List<String> judgements, int worst, int worstDomain) {
        int given = RiskOfBias.Tool.ROB2.severity(overall);
        List<Integer> some = domainsJudged(judgements, "some");
        if (given < worst) {
            yaml.error(at, "overall is '" + overall + "' but D" + (worstDomain + 1) + " is '"
                    + judgements.get(worstDomain) + "'; the overall judgement is at least as severe as the worst domain");
        } else if (given > 0 && worst == 0) {
            yaml.error(at, "overall is '" + overall + "' but every domain is 'low'; RoB 2's overall judgement is"
                    + " 'low' when all domains are low");
        } else if (given == 2 && worst == 1 && some.size() == 1) {
            yaml.error(at, "overall is 'high' but no domain is 'high' and only D" + (some.get(0) + 1)
                    + " is 'some'; RoB 2's overall judgement is 'high' for a domain at high risk or some"
                    + " concerns in several domains, otherwise 'some'");
        }
    }

    /**
     * ROBINS-I's overall judgement as its guidance defines it: the most severe domain's once a
     * domain is serious or critical; otherwise low or moderate only when every domain is judged,
     * and "no information" only when a domain lacks it.
     */
    private void checkRobinsI(Node at, String overall, List<String> judgements, int worst, int worstDomain) {
        RiskOfBias.Tool tool = RiskOfBias.Tool.ROBINS_I;
        int given = tool.severity(overall);
        String domainWord = worstDomain < 0 ? null : judgements.get(worstDomain);
        boolean noInformation = overall.equals(RiskOfBias.Tool.NO_INFORMATION);
        List<Integer> missing = domainsJudged(judgements, RiskOfBias.Tool.NO_INFORMATION);
        String missingNames = domainNames(missing);
        if (worst >= tool.severity("serious") || missing.isEmpty() || worst < 0) {
            String expected = worst < 0 ? RiskOfBias.Tool.NO_INFORMATION : domainWord;
            if (!overall.equals(expected)) {
                yaml.error(at, "overall is '" + overall + "' but "
                        + (worst < 0 ? "every domain is 'no information'" : "the most severe domain, D"
                        + (worstDomain + 1) + ", is '" + domainWord + "'") + "; ROBINS-I's overall judgement is '"
                        + expected + "'");
            }
        } else if (!noInformation && given < worst) {
            yaml.error(at, "overall is '" + overall + "' but the most severe domain, D" + (worstDomain + 1) + ", is '"
                    + domainWord + "'; ROBINS-I's overall judgement is at least as severe as every domain");
        } else if (given == 0) {
            // "Low" means low in every domain; a domain without information is not known to be low.
            yaml.error(at, "overall is 'low' but " + missingNames + (missing.size() == 1 ? " is" : " are")
                    + " 'no information'; ROBINS-I's overall judgement is 'low' only when every domain is low,"
                    + " and 'no information' when a key domain lacks it");
        } else if (given >= tool.severity("serious")) {
            yaml.error(at, "overall is '" + overall + "' but the most severe domain, D" + (worstDomain + 1) + ", is '"
                    + domainWord + "'; ROBINS-I's overall judgement is '" + overall + "' only for a domain at '"
                    + overall + "' risk");
        } else if (!noInformation) {
            // The guidance leaves to the reviewers whether the domain lacking information is a key one.
            yaml.warn(at, "overall is '" + overall + "' but " + missingNames + (missing.size() == 1 ? " is" : " are")
                    + " 'no information'; ROBINS-I's overall judgement is 'no information' when a key domain"
                    + " lacks information");
        }
    }

    /** The indexes (from 0) of the domains judged {@code word}. */
    private static List<Integer> domainsJudged(List<String> judgements, String word) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < judgements.size(); i++) {
            if (word.equals(judgements.get(i))) {
                found.add(i);
            }
        }
        return found;
    }

    /** "D3" or "D3 and D6" or "D2, D3 and D6". */
    private static String domainNames(List<Integer> domains) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < domains.size(); i++) {
            names.append(i == 0 ? "" : i == domains.size() - 1 ? " and " : ", ").append("D").append(domains.get(i) + 1);
        }
        return names.toString();
    }
}
