package org.evidencepress.evidence.render;

import org.evidencepress.evidence.Count;
import org.evidencepress.evidence.EvidenceBlocks;
import org.evidencepress.evidence.Prisma;

import java.util.ArrayList;
import java.util.List;

import static org.evidencepress.evidence.render.Text.escape;
import static org.evidencepress.evidence.render.Text.px;

/**
 * The PRISMA 2020 flow diagram as inline SVG, laid out like the template: a column of
 * boxes per arm (databases and registers; other methods; previous studies for an update),
 * each main box with its exclusions beside it, and the same boxes as a text list.
 */
final class PrismaRenderer {
    private static final int BOX_W = 180;
    private static final int ARROW_GAP = 28;
    private static final int ARM_GAP = 28;
    private static final int ROW_GAP = 32;
    private static final int LABEL_X = 8;
    private static final int LABEL_W = 26;
    private static final int LEFT = LABEL_X + LABEL_W + 14;
    private static final int LINE_H = 16;
    private static final int PAD = 9;
    /** The boxes' text size; "(n = 1,234)" is joined by no-break spaces so it never splits. */
    private static final int FONT_SIZE = 13;
    private static final int HEADER_H = 44;
    /** Narrower than this the text gets too small to read; the figure scrolls sideways instead. */
    static final double MIN_SCALE = 0.72;

    private PrismaRenderer() {
    }

    /** One box: its lines of text, the first being its heading. */
    private record Box(List<String> lines) {
    }

    private static final class Placed {
        final Box box;
        final double x;
        final double y;
        final double w;
        final double h;

        Placed(Box box, double x, double y, double w, double h) {
            this.box = box;
            this.x = x;
            this.y = y;
            this.w = w;
            this.h = h;
        }

        double cx() {
            return x + w / 2;
        }

        double cy() {
            return y + h / 2;
        }
    }

    static String render(Prisma p, EvidenceWords w) {
        Prisma.Arm db = p.databases();
        Prisma.Arm other = p.other();
        boolean previous = p.hasPrevious();

        Box dbIdentified = identified(db, w);
        Box dbRemoved = list(w.text("prisma_removed"), db.removed(), w);
        Box dbScreened = single(w.text("prisma_screened"), db.screened(), w);
        Box dbExcluded = single(w.text("prisma_excluded"), db.excluded(), w);
        Box dbSought = single(w.text("prisma_sought"), db.sought(), w);
        Box dbNotRetrieved = single(w.text("prisma_not_retrieved"), db.notRetrieved(), w);
        Box dbAssessed = single(w.text("prisma_assessed"), db.assessed(), w);
        Box dbExcludedReports = list(w.text("prisma_reports_excluded"), db.excludedReports(), w);
        Box included = new Box(List.of(
                w.text(previous ? "prisma_new_studies" : "prisma_included_studies") + n(p.includedStudies(), w),
                w.text(previous ? "prisma_new_reports" : "prisma_included_reports") + n(p.includedReports(), w)));
        Box otherIdentified = other == null ? null : identified(other, w);
        Box otherSought = other == null ? null : single(w.text("prisma_sought"), other.sought(), w);
        Box otherNotRetrieved = other == null ? null : single(w.text("prisma_not_retrieved"), other.notRetrieved(), w);
        Box otherAssessed = other == null ? null : single(w.text("prisma_assessed"), other.assessed(), w);
        Box otherExcluded = other == null ? null : list(w.text("prisma_reports_excluded"), other.excludedReports(), w);
        Box previousBox = !previous ? null : new Box(List.of(
                w.text("prisma_previous_studies") + n(p.previousStudies(), w),
                w.text("prisma_previous_reports") + n(p.previousReports(), w)));
        Box total = !previous ? null : new Box(List.of(
                w.text("prisma_total_studies") + n(p.previousStudies() + p.includedStudies(), w),
                w.text("prisma_total_reports") + n(p.previousReports() + p.includedReports(), w)));

        double prevX = LEFT;
        double dbX = previous ? prevX + BOX_W + ARM_GAP : LEFT;
        double dbSideX = dbX + BOX_W + ARROW_GAP;
        double otherX = dbSideX + BOX_W + ARM_GAP;
        double otherSideX = otherX + BOX_W + ARROW_GAP;
        double width = (other != null ? otherSideX : dbSideX) + BOX_W + 10;

        double y = 10 + HEADER_H + 14;
        double row1 = rowHeight(dbIdentified, dbRemoved, otherIdentified, previousBox);
        double r1 = y;
        y += row1 + ROW_GAP;
        double row2 = rowHeight(dbScreened, dbExcluded);
        double r2 = y;
        y += row2 + ROW_GAP;
        double row3 = rowHeight(dbSought, dbNotRetrieved, otherSought, otherNotRetrieved);
        double r3 = y;
        y += row3 + ROW_GAP;
        double row4 = rowHeight(dbAssessed, dbExcludedReports, otherAssessed, otherExcluded);
        double r4 = y;
        y += row4 + ROW_GAP;
        double row5 = rowHeight(included, total);
        double r5 = y;
        double height = r5 + row5 + 10;

        StringBuilder svg = new StringBuilder();
        String id = EvidenceBlocks.PRISMA_ANCHOR;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"prisma-svg\" viewBox=\"0 0 ").append(px(width))
                .append(' ').append(px(height)).append("\" width=\"").append(px(width)).append("\" height=\"")
                .append(px(height)).append("\" style=\"min-width:").append(px(Math.round(width * MIN_SCALE)))
                .append("px\" role=\"img\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\" font-family=\"system-ui, sans-serif\" font-size=\"").append(FONT_SIZE)
                .append("\">\n");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(w.text("prisma_diagram")))
                .append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description(p, w))).append("</desc>\n");
        svg.append("<defs><marker id=\"").append(id).append("-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" "
                + "markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path class=\"ev-arrowhead\" "
                + "d=\"M0 0 L10 5 L0 10 z\" fill=\"currentColor\"/></marker></defs>\n");

        // Arm headers across the top, as in the template.
        if (previous) {
            header(svg, prevX, BOX_W, w.text("prisma_header_previous"));
        }
        header(svg, dbX, dbSideX + BOX_W - dbX, w.text("prisma_header_databases"));
        if (other != null) {
            header(svg, otherX, otherSideX + BOX_W - otherX, w.text("prisma_header_other"));
        }
        stage(svg, r1, row1, w.text("prisma_stage_identification"));
        stage(svg, r2, r4 + row4 - r2, w.text("prisma_stage_screening"));
        stage(svg, r5, row5, w.text("prisma_stage_included"));

        Placed pPrev = previous ? place(svg, previousBox, prevX, r1, row1) : null;
        Placed pDbId = place(svg, dbIdentified, dbX, r1, row1);
        Placed pDbRem = place(svg, dbRemoved, dbSideX, r1, row1);
        Placed pDbScr = place(svg, dbScreened, dbX, r2, row2);
        Placed pDbExc = place(svg, dbExcluded, dbSideX, r2, row2);
        Placed pDbSou = place(svg, dbSought, dbX, r3, row3);
        Placed pDbNot = place(svg, dbNotRetrieved, dbSideX, r3, row3);
        Placed pDbAss = place(svg, dbAssessed, dbX, r4, row4);
        Placed pDbExR = place(svg, dbExcludedReports, dbSideX, r4, row4);
        Placed pInc = place(svg, included, dbX, r5, row5);
        Placed pTot = previous ? place(svg, total, prevX, r5, row5) : null;

        down(svg, pDbId, pDbScr);
        down(svg, pDbScr, pDbSou);
        down(svg, pDbSou, pDbAss);
        down(svg, pDbAss, pInc);
        right(svg, pDbId, pDbRem);
        right(svg, pDbScr, pDbExc);
        right(svg, pDbSou, pDbNot);
        right(svg, pDbAss, pDbExR);
        if (other != null) {
            Placed pOId = place(svg, otherIdentified, otherX, r1, row1);
            Placed pOSou = place(svg, otherSought, otherX, r3, row3);
            Placed pONot = place(svg, otherNotRetrieved, otherSideX, r3, row3);
            Placed pOAss = place(svg, otherAssessed, otherX, r4, row4);
            Placed pOExc = place(svg, otherExcluded, otherSideX, r4, row4);
            down(svg, pOId, pOSou);
            down(svg, pOSou, pOAss);
            right(svg, pOSou, pONot);
            right(svg, pOAss, pOExc);
            // Other methods join the included box from the right, below the exclusion boxes.
            svg.append("<path class=\"ev-arrow\" fill=\"none\" stroke=\"currentColor\" marker-end=\"url(#")
                    .append(id).append("-arrow)\" d=\"M").append(px(pOAss.cx())).append(' ')
                    .append(px(pOAss.y + pOAss.h)).append(" V").append(px(pInc.cy())).append(" H")
                    .append(px(pInc.x + pInc.w + 1)).append("\"/>\n");
        }
        if (previous) {
            down(svg, pPrev, pTot);
            line(svg, pInc.x, pInc.cy(), pTot.x + pTot.w + 1, pInc.cy());
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** The same boxes in reading order, for readers who cannot see the diagram. */
    static String textList(Prisma p, EvidenceWords w) {
        StringBuilder html = new StringBuilder("<ol class=\"prisma-text\">\n");
        for (List<String> box : boxesInOrder(p, w)) {
            html.append("<li>").append(escape(box.get(0)));
            if (box.size() > 1) {
                html.append("<ul>");
                for (String line : box.subList(1, box.size())) {
                    html.append("<li>").append(escape(line)).append("</li>");
                }
                html.append("</ul>");
            }
            html.append("</li>\n");
        }
        return html.append("</ol>").toString();
    }

    private static List<List<String>> boxesInOrder(Prisma p, EvidenceWords w) {
        List<List<String>> boxes = new ArrayList<>();
        if (p.hasPrevious()) {
            boxes.add(List.of(w.fill("prisma_text_previous", "studies", w.counted("prisma_studies", p.previousStudies()),
                    "reports", w.counted("prisma_reports", p.previousReports()))));
        }
        Prisma.Arm db = p.databases();
        boxes.add(prefixed(w.text("prisma_text_databases"), identified(db, w).lines()));
        boxes.add(list(w.text("prisma_removed"), db.removed(), w).lines());
        boxes.add(List.of(w.fill("prisma_text_screened", "screened", nIs(db.screened(), w), "excluded",
                nIs(db.excluded(), w))));
        boxes.add(List.of(w.fill("prisma_text_sought", "sought", nIs(db.sought(), w), "not_retrieved",
                nIs(db.notRetrieved(), w))));
        boxes.add(List.of(w.text("prisma_assessed") + n(db.assessed(), w)));
        boxes.add(list(w.text("prisma_reports_excluded"), db.excludedReports(), w).lines());
        Prisma.Arm other = p.other();
        if (other != null) {
            boxes.add(prefixed(w.text("prisma_text_other"), identified(other, w).lines()));
            boxes.add(List.of(w.fill("prisma_text_sought", "sought", nIs(other.sought(), w), "not_retrieved",
                    nIs(other.notRetrieved(), w))));
            boxes.add(List.of(w.text("prisma_assessed") + n(other.assessed(), w)));
            boxes.add(list(w.text("prisma_reports_excluded"), other.excludedReports(), w).lines());
        }
        boxes.add(List.of(w.fill(p.hasPrevious() ? "prisma_text_new_included" : "prisma_text_included", "studies",
                nIs(p.includedStudies(), w), "reports", w.counted("prisma_reports", p.includedReports()))));
        if (p.hasPrevious()) {
            boxes.add(List.of(w.fill("prisma_text_total", "studies", nIs(p.previousStudies() + p.includedStudies(), w),
                    "reports", w.counted("prisma_reports", p.previousReports() + p.includedReports()))));
        }
        return boxes;
    }

    /** " (n = 1,537)", joined by no-break spaces so that it never splits. */
    private static String n(long n, EvidenceWords w) {
        return " (" + nIs(n, w) + ")";
    }

    private static String nIs(long n, EvidenceWords w) {
        return "n\u00a0=\u00a0" + w.count(n);
    }

    private static List<String> prefixed(String prefix, List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        out.set(0, prefix + out.get(0));
        return out;
    }

    private static String description(Prisma p, EvidenceWords w) {
        StringBuilder d = new StringBuilder();
        for (List<String> box : boxesInOrder(p, w)) {
            d.append(String.join(", ", box)).append(". ");
        }
        return d.toString().replace(":,", ":").replace(".. ", ". ").strip();
    }

    private static Box identified(Prisma.Arm arm, EvidenceWords w) {
        List<String> lines = new ArrayList<>();
        lines.add(w.text("prisma_identified_from"));
        for (Count c : arm.identified()) {
            lines.add(label(c, w) + n(c.n(), w));
            for (Count part : c.parts()) {
                lines.add("– " + label(part, w) + n(part.n(), w));
            }
        }
        if (arm.identified().isEmpty()) {
            lines.add(w.text("prisma_none") + n(0, w));
        }
        return new Box(lines);
    }

    private static String label(Count c, EvidenceWords w) {
        return c.labelKey() != null ? w.text(c.labelKey()) : c.label();
    }

    private static Box single(String label, long n, EvidenceWords w) {
        return new Box(List.of(label + n(n, w)));
    }

    private static Box list(String label, List<Count> counts, EvidenceWords w) {
        if (counts.isEmpty()) {
            return single(label, 0, w);
        }
        List<String> lines = new ArrayList<>();
        lines.add(label + w.text("colon"));
        for (Count c : counts) {
            lines.add(label(c, w) + n(c.n(), w));
        }
        return new Box(lines);
    }

    private static List<String> wrapped(Box box) {
        List<String> out = new ArrayList<>();
        for (String line : box.lines()) {
            out.addAll(Text.wrap(line, BOX_W - 2 * PAD, FONT_SIZE, false));
        }
        return out;
    }

    private static double rowHeight(Box... boxes) {
        double h = 0;
        for (Box b : boxes) {
            if (b != null) {
                h = Math.max(h, wrapped(b).size() * LINE_H + 2 * PAD);
            }
        }
        return h;
    }

    private static Placed place(StringBuilder svg, Box box, double x, double y, double h) {
        List<String> lines = wrapped(box);
        svg.append("<g class=\"prisma-box\"><rect class=\"ev-box\" x=\"").append(px(x)).append("\" y=\"")
                .append(px(y)).append("\" width=\"").append(BOX_W).append("\" height=\"").append(px(h))
                .append("\" rx=\"4\" fill=\"none\" stroke=\"currentColor\"/>");
        svg.append("<text class=\"ev-text\" x=\"").append(px(x + PAD)).append("\" y=\"")
                .append(px(y + PAD + LINE_H - 4)).append("\" fill=\"currentColor\">");
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<tspan x=\"").append(px(x + PAD)).append("\"").append(i == 0 ? "" : " dy=\"" + LINE_H + "\"")
                    .append('>').append(escape(lines.get(i))).append("</tspan>");
        }
        svg.append("</text></g>\n");
        return new Placed(box, x, y, BOX_W, h);
    }

    private static void header(StringBuilder svg, double x, double w, String text) {
        svg.append("<rect class=\"prisma-header\" x=\"").append(px(x)).append("\" y=\"10\" width=\"").append(px(w))
                .append("\" height=\"").append(HEADER_H).append("\" rx=\"4\" fill=\"#f2c94c\"/>");
        List<String> lines = Text.wrap(text, w - 2 * PAD, FONT_SIZE, true);
        double y = 10 + HEADER_H / 2.0 - (lines.size() - 1) * LINE_H / 2.0 + 4;
        svg.append("<text class=\"prisma-header-text\" text-anchor=\"middle\" font-weight=\"bold\" y=\"")
                .append(px(y)).append("\">");
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<tspan x=\"").append(px(x + w / 2)).append("\"").append(i == 0 ? "" : " dy=\"" + LINE_H + "\"")
                    .append('>').append(escape(lines.get(i))).append("</tspan>");
        }
        svg.append("</text>\n");
    }

    private static void stage(StringBuilder svg, double y, double h, String text) {
        double cx = LABEL_X + LABEL_W / 2.0;
        double cy = y + h / 2;
        svg.append("<rect class=\"prisma-stage\" x=\"").append(LABEL_X).append("\" y=\"").append(px(y))
                .append("\" width=\"").append(LABEL_W).append("\" height=\"").append(px(h))
                .append("\" rx=\"4\" fill=\"#9ec5e8\"/><text class=\"prisma-stage-text\" text-anchor=\"middle\" "
                        + "font-weight=\"bold\" transform=\"rotate(-90 ").append(px(cx)).append(' ').append(px(cy))
                .append(")\" x=\"").append(px(cx)).append("\" y=\"").append(px(cy + 4)).append("\">")
                .append(escape(text)).append("</text>\n");
    }

    private static void down(StringBuilder svg, Placed from, Placed to) {
        line(svg, from.cx(), from.y + from.h, from.cx(), to.y - 1);
    }

    private static void right(StringBuilder svg, Placed from, Placed to) {
        line(svg, from.x + from.w, from.cy(), to.x - 1, from.cy());
    }

    private static void line(StringBuilder svg, double x1, double y1, double x2, double y2) {
        svg.append("<line class=\"ev-arrow\" x1=\"").append(px(x1)).append("\" y1=\"").append(px(y1))
                .append("\" x2=\"").append(px(x2)).append("\" y2=\"").append(px(y2))
                .append("\" stroke=\"currentColor\" marker-end=\"url(#").append(EvidenceBlocks.PRISMA_ANCHOR)
                .append("-arrow)\"/>\n");
    }
}
