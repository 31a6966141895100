package org.evidencepress.evidence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The evidence structures of one review's front matter, each optional: the PRISMA flow,
 * the meta-analyses, the GRADE summary of findings and the risk-of-bias table.
 */
public record EvidenceBlocks(Prisma prisma, List<ForestAnalysis> analyses, List<GradeOutcome> outcomes,
                             RiskOfBias riskOfBias) {
    public static final EvidenceBlocks NONE = new EvidenceBlocks(null, List.of(), List.of(), null);

    public static final String PRISMA_ANCHOR = "prisma-flow";
    public static final String SOF_ANCHOR = "summary-of-findings";
    public static final String ROB_ANCHOR = "risk-of-bias";

    public boolean isEmpty() {
        return prisma == null && analyses.isEmpty() && outcomes.isEmpty() && riskOfBias == null;
    }

    /** A table row that cites a source: the source links to the row, the row to the source. */
    public record Citing(String sourceId, String anchor) {
    }

    /** Every row citing a source, in page order. */
    public List<Citing> citations() {
        List<Citing> list = new ArrayList<>();
        for (ForestAnalysis a : analyses) {
            for (ForestStudy s : a.studies()) {
                if (s.source() != null) {
                    list.add(new Citing(s.source(), s.anchor()));
                }
            }
        }
        if (riskOfBias != null) {
            for (RiskOfBias.Row r : riskOfBias.rows()) {
                list.add(new Citing(r.source(), r.anchor()));
            }
        }
        return List.copyOf(list);
    }

    /** The ids these structures put on the page (sections, rows, SVG parts), which headings must not take. */
    public Set<String> anchors() {
        Set<String> ids = new LinkedHashSet<>();
        if (prisma != null) {
            ids.addAll(List.of(PRISMA_ANCHOR, PRISMA_ANCHOR + "-title", PRISMA_ANCHOR + "-desc",
                    PRISMA_ANCHOR + "-arrow"));
        }
        for (ForestAnalysis a : analyses) {
            ids.addAll(List.of(a.anchor(), a.anchor() + "-title", a.anchor() + "-desc"));
        }
        if (!outcomes.isEmpty()) {
            ids.add(SOF_ANCHOR);
            for (int i = 0; i < notes().size(); i++) {
                ids.add(noteAnchor(i + 1));
            }
        }
        if (riskOfBias != null) {
            ids.add(ROB_ANCHOR);
        }
        citations().forEach(c -> ids.add(c.anchor()));
        return ids;
    }

    /** The footnotes of the summary of findings, numbered in table order from 1. */
    public List<Note> notes() {
        List<Note> all = new ArrayList<>();
        outcomes.forEach(o -> all.addAll(o.notes()));
        return List.copyOf(all);
    }

    public static String noteAnchor(int number) {
        return "sof-note-" + number;
    }
}
