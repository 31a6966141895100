package org.evidencepress.evidence.render;

import org.evidencepress.evidence.Count;
import org.evidencepress.evidence.EvidenceBlocks;
import org.evidencepress.evidence.Prisma;

import java.util.ArrayList;
import java.util.List;

import static org.evidencepress.evidence.render.Text.count;
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
    /** Characters per line in a box; "(n = 1,234)" is joined by no-break spaces so it never splits. */
    private static final int CHARS = 23;
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

    static String render(Prisma p) {
        Prisma.Arm db = p.databases();
        Prisma.Arm other = p.other();
        boolean previous = p.hasPrevious();

        Box dbIdentified = identified(db);
        Box dbRemoved = list("Records removed before screening", db.removed());
        Box dbScreened = single("Records screened", db.screened());
        Box dbExcluded = single("Records excluded", db.excluded());
        Box dbSought = single("Reports sought for retrieval", db.sought());
        Box dbNotRetrieved = single("Reports not retrieved", db.notRetrieved());
        Box dbAssessed = single("Reports assessed for eligibility", db.assessed());
        Box dbExcludedReports = list("Reports excluded", db.excludedReports());
        Box included = new Box(List.of(
                (previous ? "New studies included in review" : "Studies included in review") + " (n\u00a0=\u00a0"
                        + count(p.includedStudies()) + ")",
                (previous ? "Reports of new included studies" : "Reports of included studies") + " (n\u00a0=\u00a0"
                        + count(p.includedReports()) + ")"));
        Box otherIdentified = other == null ? null : identified(other);
        Box otherSought = other == null ? null : single("Reports sought for retrieval", other.sought());
        Box otherNotRetrieved = other == null ? null : single("Reports not retrieved", other.notRetrieved());
        Box otherAssessed = other == null ? null : single("Reports assessed for eligibility", other.assessed());
        Box otherExcluded = other == null ? null : list("Reports excluded", other.excludedReports());
        Box previousBox = !previous ? null : new Box(List.of(
                "Studies included in previous version of review (n\u00a0=\u00a0" + count(p.previousStudies()) + ")",
                "Reports of studies included in previous version of review (n\u00a0=\u00a0" + count(p.previousReports())
                        + ")"));
        Box total = !previous ? null : new Box(List.of(
                "Total studies included in review (n\u00a0=\u00a0" + count(p.previousStudies() + p.includedStudies()) + ")",
                "Reports of total included studies (n\u00a0=\u00a0" + count(p.previousReports() + p.includedReports())
                        + ")"));

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
                .append(id).append("-desc\" font-family=\"system-ui, sans-serif\" font-size=\"13\">\n");
        svg.append("<title id=\"").append(id).append("-title\">PRISMA 2020 flow diagram</title>\n");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description(p))).append("</desc>\n");
        svg.append("<defs><marker id=\"").append(id).append("-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" "
                + "markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path class=\"ev-arrowhead\" "
                + "d=\"M0 0 L10 5 L0 10 z\" fill=\"currentColor\"/></marker></defs>\n");

        // Arm headers across the top, as in the template.
        if (previous) {
            header(svg, prevX, BOX_W, "Previous studies");
        }
        header(svg, dbX, dbSideX + BOX_W - dbX, "Identification of new studies via databases and registers");
        if (other != null) {
            header(svg, otherX, otherSideX + BOX_W - otherX, "Identification of new studies via other methods");
        }
        stage(svg, r1, row1, "Identification");
        stage(svg, r2, r4 + row4 - r2, "Screening");
        stage(svg, r5, row5, "Included");

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
    static String textList(Prisma p) {
        StringBuilder html = new StringBuilder("<ol class=\"prisma-text\">\n");
        for (List<String> box : boxesInOrder(p)) {
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

    private static List<List<String>> boxesInOrder(Prisma p) {
        List<List<String>> boxes = new ArrayList<>();
        if (p.hasPrevious()) {
            boxes.add(List.of("Previous studies: " + count(p.previousStudies()) + " studies in "
                    + count(p.previousReports()) + " reports included in the previous version of the review"));
        }
        Prisma.Arm db = p.databases();
        boxes.add(prefixed("Databases and registers: ", identified(db).lines()));
        boxes.add(prefixed("", list("Records removed before screening", db.removed()).lines()));
        boxes.add(List.of("Records screened (n\u00a0=\u00a0" + count(db.screened()) + "); records excluded (n\u00a0=\u00a0"
                + count(db.excluded()) + ")"));
        boxes.add(List.of("Reports sought for retrieval (n\u00a0=\u00a0" + count(db.sought()) + "); reports not retrieved (n\u00a0=\u00a0"
                + count(db.notRetrieved()) + ")"));
        boxes.add(List.of("Reports assessed for eligibility (n\u00a0=\u00a0" + count(db.assessed()) + ")"));
        boxes.add(list("Reports excluded", db.excludedReports()).lines());
        Prisma.Arm other = p.other();
        if (other != null) {
            boxes.add(prefixed("Other methods: ", identified(other).lines()));
            boxes.add(List.of("Reports sought for retrieval (n\u00a0=\u00a0" + count(other.sought())
                    + "); reports not retrieved (n\u00a0=\u00a0" + count(other.notRetrieved()) + ")"));
            boxes.add(List.of("Reports assessed for eligibility (n\u00a0=\u00a0" + count(other.assessed()) + ")"));
            boxes.add(list("Reports excluded", other.excludedReports()).lines());
        }
        boxes.add(List.of((p.hasPrevious() ? "New studies included in review (n\u00a0=\u00a0" : "Studies included in review (n\u00a0=\u00a0")
                + count(p.includedStudies()) + "), in " + count(p.includedReports()) + " reports"));
        if (p.hasPrevious()) {
            boxes.add(List.of("Total studies included in review (n\u00a0=\u00a0" + count(p.previousStudies()
                    + p.includedStudies()) + "), in " + count(p.previousReports() + p.includedReports()) + " reports"));
        }
        return boxes;
    }

    private static List<String> prefixed(String prefix, List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        out.set(0, prefix + out.get(0));
        return out;
    }

    private static String description(Prisma p) {
        StringBuilder d = new StringBuilder();
        for (List<String> box : boxesInOrder(p)) {
            d.append(String.join(", ", box)).append(". ");
        }
        return d.toString().replace(":,", ":").replace(".. ", ". ").strip();
    }

    private static Box identified(Prisma.Arm arm) {
        List<String> lines = new ArrayList<>();
        lines.add("Records identified from:");
        for (Count c : arm.identified()) {
            lines.add(c.label() + " (n\u00a0=\u00a0" + count(c.n()) + ")");
            for (Count part : c.parts()) {
                lines.add("– " + part.label() + " (n\u00a0=\u00a0" + count(part.n()) + ")");
            }
        }
        if (arm.identified().isEmpty()) {
            lines.add("none (n\u00a0=\u00a00)");
        }
        return new Box(lines);
    }

    private static Box single(String label, long n) {
        return new Box(List.of(label + " (n\u00a0=\u00a0" + count(n) + ")"));
    }

    private static Box list(String label, List<Count> counts) {
        if (counts.isEmpty()) {
            return single(label, 0);
        }
        List<String> lines = new ArrayList<>();
        lines.add(label + ":");
        for (Count c : counts) {
            lines.add(c.label() + " (n\u00a0=\u00a0" + count(c.n()) + ")");
        }
        return new Box(lines);
    }

    private static List<String> wrapped(Box box) {
        List<String> out = new ArrayList<>();
        for (String line : box.lines()) {
            out.addAll(Text.wrap(line, CHARS));
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
        List<String> lines = Text.wrap(text, (int) (w / 7.2));
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
