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
     * @param words        the sections' own words in the page's language
     * @param sourceNumber a source id's number in the review's Sources list (null: unknown)
     * @param noteHtml     the summary-of-findings footnotes rendered inline, in {@link EvidenceBlocks#notes()} order
     */
    public static Rendered render(EvidenceBlocks blocks, EvidenceWords words, Function<String, Integer> sourceNumber,
                                  List<String> noteHtml) {
        if (blocks.isEmpty()) {
            return Rendered.NONE;
        }
        List<Heading> toc = new ArrayList<>();
        StringBuilder html = new StringBuilder();
        if (blocks.prisma() != null) {
            open(html, toc, "prisma", EvidenceBlocks.PRISMA_ANCHOR, words.text("prisma_title"));
            html.append("<figure class=\"prisma-figure\">\n")
                    .append(Text.scrollBox("evidence-scroll", words.text("prisma_region")))
                    .append(PrismaRenderer.render(blocks.prisma(), words)).append("</div>\n<figcaption>")
                    .append(escape(words.text("prisma_caption")))
                    .append("</figcaption>\n</figure>\n<details class=\"evidence-text\">\n<summary>")
                    .append(escape(words.text("prisma_as_text"))).append("</summary>\n")
                    .append(PrismaRenderer.textList(blocks.prisma(), words)).append("\n</details>\n</section>\n");
        }
        for (ForestAnalysis a : blocks.analyses()) {
            open(html, toc, "forest", a.anchor(), words.fill("forest_title", "n", a.number(), "outcome", a.outcome()));
            html.append("<div class=\"forest\">\n<figure class=\"forest-figure\">\n")
                    .append(Text.scrollBox("evidence-scroll", words.fill("forest_plot_of", "n", a.number())))
                    .append(ForestRenderer.svg(a, words)).append("</div>\n<figcaption>")
                    .append(escape(words.fill("forest_caption", "measure", ForestRenderer.measureName(a, words))))
                    .append("</figcaption>\n</figure>\n")
                    .append(ForestRenderer.table(a, words, sourceNumber)).append("\n</div>\n</section>\n");
        }
        if (!blocks.outcomes().isEmpty()) {
            open(html, toc, "sof", EvidenceBlocks.SOF_ANCHOR, words.text("sof_title"));
            html.append(SofRenderer.render(blocks.outcomes(), words, noteHtml)).append("\n</section>\n");
        }
        if (blocks.riskOfBias() != null) {
            open(html, toc, "rob", EvidenceBlocks.ROB_ANCHOR, words.text("rob_title"));
            html.append(RobRenderer.render(blocks.riskOfBias(), words, sourceNumber)).append("\n</section>\n");
        }
        return new Rendered(List.copyOf(toc), html.toString());
    }

    private static void open(StringBuilder html, List<Heading> toc, String kind, String anchor, String title) {
        toc.add(new Heading(title, anchor));
        html.append("<section class=\"evidence evidence-").append(kind).append("\" aria-labelledby=\"").append(anchor)
                .append("\">\n<h2 id=\"").append(anchor).append("\">").append(escape(title)).append("</h2>\n");
    }
}
