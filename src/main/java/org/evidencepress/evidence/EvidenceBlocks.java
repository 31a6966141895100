package org.evidencepress.evidence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evidence structures of one review's front matter, each optional: the PRISMA flow,
 * the meta-analyses, the GRADE summary of findings and the risk-of-bias table.
 *
 * @param sourcesNamed every {@code source:} the tables name, rows left out for other errors
 *                     included, so that an unknown one is reported in the same run
 * @param unshownNotes the notes of outcomes left out for their errors, whose citations are checked still
 */
public record EvidenceBlocks(Prisma prisma, List<ForestAnalysis> analyses, List<GradeOutcome> outcomes,
                             RiskOfBias riskOfBias, List<SourceRef> sourcesNamed, List<Note> unshownNotes) {
    public static final EvidenceBlocks NONE = new EvidenceBlocks(null, List.of(), List.of(), null, List.of(),
            List.of());

    public static final String PRISMA_ANCHOR = "prisma-flow";
    public static final String SOF_ANCHOR = "summary-of-findings";
    public static final String ROB_ANCHOR = "risk-of-bias";

    public boolean isEmpty() {
        return prisma == null && analyses.isEmpty() && outcomes.isEmpty() && riskOfBias == null;
    }

    /** A table row that cites a source: the source links to the row, the row to the source. */
    public record Citing(String sourceId, String anchor) {
        static Citing of(SourceRef source, String anchor) {
            return new Citing(source.id(), anchor);
        }
    }

    /** Every row citing a source, in page order. */
    public List<Citing> citations() {
        List<Citing> list = new ArrayList<>(forestCitations());
        list.addAll(riskOfBiasCitations());
        return List.copyOf(list);
    }

    /** The meta-analyses' rows citing a source, in page order. */
    public List<Citing> forestCitations() {
        List<Citing> list = new ArrayList<>();
        for (ForestAnalysis a : analyses) {
            for (ForestStudy s : a.studies()) {
                if (s.source() != null) {
                    list.add(Citing.of(s.source(), s.anchor()));
                }
            }
        }
        return List.copyOf(list);
    }

    /** The risk-of-bias table's rows, each citing its source, in page order. */
    public List<Citing> riskOfBiasCitations() {
        return riskOfBias == null ? List.of()
                : riskOfBias.rows().stream().map(r -> Citing.of(r.source(), r.anchor())).toList();
    }

    /**
     * These blocks with every study named: a study without a label of its own and whose
     * source is a bibliography entry is named by {@code labels} (source id to label), once
     * the review's citations have found its entry; the id stands for a source found nowhere.
     */
    public EvidenceBlocks named(Map<String, String> labels) {
        if (citations().isEmpty()) {
            return this;
        }
        List<ForestAnalysis> named = new ArrayList<>();
        for (ForestAnalysis a : analyses) {
            List<ForestStudy> studies = new ArrayList<>();
            for (ForestStudy s : a.studies()) {
                studies.add(s.label() != null ? s : new ForestStudy(labels.getOrDefault(s.source().id(),
                        s.source().id()), s.source(), s.anchor(), s.treatment(), s.control(), s.given(), s.effect(),
                        s.weight()));
            }
            named.add(new ForestAnalysis(a.number(), a.anchor(), a.outcome(), a.measure(), a.effect(), a.ratio(),
                    a.model(), a.favours(), List.copyOf(studies), a.pooled()));
        }
        RiskOfBias rob = riskOfBias == null ? null : new RiskOfBias(riskOfBias.tool(), riskOfBias.rows().stream()
                .map(r -> r.label() != null ? r : new RiskOfBias.Row(r.source(),
                        labels.getOrDefault(r.source().id(), r.source().id()), r.anchor(), r.judgements(), r.overall()))
                .toList());
        return new EvidenceBlocks(prisma, List.copyOf(named), outcomes, rob, sourcesNamed, unshownNotes);
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
