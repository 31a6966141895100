package org.evidencepress.evidence.render;

import org.evidencepress.evidence.EvidenceBlocks;
import org.evidencepress.evidence.ForestAnalysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.evidencepress.evidence.render.Text.escape;

/** Renders a review's evidence structures as page sections, each with a heading the TOC lists. */
public final class EvidenceSections {
    private EvidenceSections() {
    }

    /** A TOC entry for one section. */
    public record Heading(String title, String anchor) {
    }

    /** The sections' HTML, empty when the review has none. */
    public record Rendered(List<Heading> toc, String html) {
        public static final Rendered NONE = new Rendered(List.of(), "");

        public boolean used() {
            return !html.isEmpty();
        }
    }

    /**
     * @param sourceNumber a source id's number in the review's Sources list (null: unknown)
     * @param noteHtml     the summary-of-findings footnotes rendered inline, in {@link EvidenceBlocks#notes()} order
     */
    public static Rendered render(EvidenceBlocks blocks, Function<String, Integer> sourceNumber,
                                  List<String> noteHtml) {
        if (blocks.isEmpty()) {
            return Rendered.NONE;
        }
        List<Heading> toc = new ArrayList<>();
        StringBuilder html = new StringBuilder();
        if (blocks.prisma() != null) {
            String title = "PRISMA Flow Diagram";
            open(html, toc, "prisma", EvidenceBlocks.PRISMA_ANCHOR, title);
            html.append("<figure class=\"prisma-figure\">\n").append(Text.scrollBox("evidence-scroll", "PRISMA flow diagram"))
                    .append(PrismaRenderer.render(blocks.prisma()))
                    .append("</div>\n<figcaption>Flow of records and reports through the review (PRISMA 2020)."
                            + "</figcaption>\n</figure>\n<details class=\"evidence-text\">\n<summary>The flow diagram "
                            + "as text</summary>\n")
                    .append(PrismaRenderer.textList(blocks.prisma())).append("\n</details>\n</section>\n");
        }
        for (ForestAnalysis a : blocks.analyses()) {
            String title = "Meta-analysis " + a.number() + ": " + a.outcome();
            open(html, toc, "forest", a.anchor(), title);
            html.append("<div class=\"forest\">\n<figure class=\"forest-figure\">\n")
                    .append(Text.scrollBox("evidence-scroll", "Forest plot of meta-analysis " + a.number()))
                    .append(ForestRenderer.svg(a)).append("</div>\n<figcaption>")
                    .append(escape(ForestRenderer.measureName(a))).append(" per study with 95% CI; squares sized "
                            + "by weight, the diamond is the pooled estimate.</figcaption>\n</figure>\n")
                    .append(ForestRenderer.table(a, sourceNumber)).append("\n</div>\n</section>\n");
        }
        if (!blocks.outcomes().isEmpty()) {
            open(html, toc, "sof", EvidenceBlocks.SOF_ANCHOR, "Summary of Findings");
            html.append(SofRenderer.render(blocks.outcomes(), noteHtml)).append("\n</section>\n");
        }
        if (blocks.riskOfBias() != null) {
            open(html, toc, "rob", EvidenceBlocks.ROB_ANCHOR, "Risk of Bias");
            html.append(RobRenderer.render(blocks.riskOfBias(), sourceNumber)).append("\n</section>\n");
        }
        return new Rendered(List.copyOf(toc), html.toString());
    }

    private static void open(StringBuilder html, List<Heading> toc, String kind, String anchor, String title) {
        toc.add(new Heading(title, anchor));
        html.append("<section class=\"evidence evidence-").append(kind).append("\" aria-labelledby=\"").append(anchor)
                .append("\">\n<h2 id=\"").append(anchor).append("\">").append(escape(title)).append("</h2>\n");
    }
}
