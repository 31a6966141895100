package org.evidencepress.evidence;

import org.evidencepress.diagnostic.Diagnostic;
import org.yaml.snakeyaml.nodes.Node;

import java.util.List;
import java.util.Set;

/**
 * Reads the four evidence blocks of a review's front matter from their composed YAML
 * nodes, checks them, and computes the meta-analyses. Problems go to {@code problems} at
 * the node that has them; the caller discards the result when any is an error.
 */
public final class EvidenceParser {
    public static final List<String> KEYS = List.of("prisma", "meta_analysis", "outcomes", "risk_of_bias");

    private EvidenceParser() {
    }

    /**
     * @param firstLine the file line of the front matter's first YAML line
     * @param sourceIds the ids of the review's sources, which studies may cite
     */
    public static EvidenceBlocks parse(String path, int firstLine, Node prisma, Node metaAnalysis, Node outcomes,
                                       Node riskOfBias, Set<String> sourceIds, List<Diagnostic> problems) {
        if (prisma == null && metaAnalysis == null && outcomes == null && riskOfBias == null) {
            return EvidenceBlocks.NONE;
        }
        Yaml yaml = new Yaml(path, firstLine, problems);
        return new EvidenceBlocks(
                prisma == null ? null : new PrismaParser(yaml).parse(prisma),
                metaAnalysis == null ? List.of() : new ForestParser(yaml, sourceIds).parse(metaAnalysis),
                outcomes == null ? List.of() : new OutcomeParser(yaml).parse(outcomes),
                riskOfBias == null ? null : new RiskOfBiasParser(yaml, sourceIds).parse(riskOfBias));
    }
}
