package org.evidencepress.evidence;

import org.evidencepress.diagnostic.Diagnostic;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
     * @param pieces    where a scalar's text stands in the file, as {@link Note#lines}; null when it runs on
     *                  from the scalar's start as it is
     * @param sources   the review's sources, which studies may cite and which name studies that have no label
     */
    public static EvidenceBlocks parse(String path, int firstLine, Function<ScalarNode, int[]> pieces, Node prisma, Node metaAnalysis, Node outcomes,
                                       Node riskOfBias, List<StudyLabels.Source> sources, List<Diagnostic> problems) {
        if (prisma == null && metaAnalysis == null && outcomes == null && riskOfBias == null) {
            return EvidenceBlocks.NONE;
        }
        Yaml yaml = new Yaml(path, firstLine, pieces, problems);
        Map<String, String> studyLabels = StudyLabels.of(sources);
        List<SourceRef> sourcesNamed = new ArrayList<>();
        List<Note> unshownNotes = new ArrayList<>();
        return new EvidenceBlocks(
                prisma == null ? null : new PrismaParser(yaml).parse(prisma),
                metaAnalysis == null ? List.of() : new ForestParser(yaml, studyLabels, sourcesNamed).parse(metaAnalysis),
                outcomes == null ? List.of() : new OutcomeParser(yaml, unshownNotes).parse(outcomes),
                riskOfBias == null ? null : new RiskOfBiasParser(yaml, studyLabels, sourcesNamed).parse(riskOfBias),
                List.copyOf(sourcesNamed), List.copyOf(unshownNotes));
    }
}
