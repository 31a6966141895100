package org.evidencepress.evidence.render;

import org.evidencepress.evidence.ForestAnalysis;
import org.evidencepress.evidence.ForestStudy;
import org.evidencepress.statistics.Pooling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.evidencepress.evidence.render.Text.escape;
import static org.evidencepress.evidence.render.Text.px;

/**
 * A meta-analysis as an SVG forest plot (labels, CIs, squares sized by weight, the pooled
 * diamond, the line of no effect, ticks and "favours" labels) and a table of the same numbers.
 */
final class ForestRenderer {
    private static final int ROW_H = 22;
    private static final int PLOT_X = 200;
    private static final int PLOT_W = 300;
    /** The labels' column, left of the plot with a gap before it. */
    private static final int LABEL_ROOM = PLOT_X - 8;
    private static final int EFFECT_X = 520;
    private static final int WEIGHT_X = 700;
    private static final int WIDTH = 710;
    /** Room for the weights when none is wider than "81.8%" or the total's "100%" in bold, with the gap before them. */
    private static final int WEIGHT_ROOM = 46;
    private static final int WEIGHT_GAP = 9;
    private static final int TOP = 34;
    private static final double MAX_SQUARE = 14;
    private static final double MIN_SQUARE = 4;

    private ForestRenderer() {
    }

    static String svg(ForestAnalysis a, EvidenceWords words) {
        List<Double> values = new ArrayList<>();
        // The weights stand right of the widest effect text: a cost of "−1729.80 [−3171.09, −288.51]" ran over them.
        double widest = textWidth(words.fill("forest_effect_ci", "effect", a.effect()), true);
        for (ForestStudy s : a.studies()) {
            if (s.effect() != null) {
                Shown shown = shown(a, s);
                values.add(shown.lower());
                values.add(shown.upper());
                widest = Math.max(widest, textWidth(interval(a, words, shown), false));
            }
        }
        Pooling.Result pooled = a.pooled();
        if (pooled != null) {
            values.add(scale(a, pooled.lower()));
            values.add(scale(a, pooled.upper()));
            widest = Math.max(widest, textWidth(interval(a, words, pooled.estimate(), pooled.lower(), pooled.upper()),
                    true));
        }
        Axis axis = Axis.covering(a.ratio(), values);
        int rows = a.studies().size();
        double pooledY = TOP + (rows + 0.5) * ROW_H + 6;
        double axisY = pooledY + ROW_H + 4;
        double height = axisY + 62;
        String id = a.anchor();

        // The weights, right-aligned, need their own widest text: "0,767 %" is wider than "81.8%".
        double widestWeight = Math.max(WEIGHT_ROOM - WEIGHT_GAP, textWidth(words.hundredPercent(), true));
        for (ForestStudy s : a.studies()) {
            if (s.weight() != null) {
                widestWeight = Math.max(widestWeight, textWidth(words.percent(s.weight()), false));
            }
        }
        int weightX = Math.max(WEIGHT_X, EFFECT_X + (int) Math.ceil(widest + widestWeight) + WEIGHT_GAP);
        int width = weightX + WIDTH - WEIGHT_X;

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"forest-svg\" viewBox=\"0 0 ").append(width)
                .append(' ').append(px(height)).append("\" width=\"").append(width).append("\" height=\"")
                .append(px(height)).append("\" style=\"min-width:")
                .append(px(Math.round(width * PrismaRenderer.MIN_SCALE))).append("px\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title ")
                .append(id).append("-desc\" font-family=\"system-ui, sans-serif\" font-size=\"12\">\n");
        svg.append("<title id=\"").append(id).append("-title\">")
                .append(escape(words.fill("forest_svg_title", "outcome", a.outcome()))).append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description(a, words))).append("</desc>\n");
        svg.append("<g fill=\"currentColor\" font-weight=\"bold\"><text x=\"0\" y=\"18\">")
                .append(escape(words.text("forest_study"))).append("</text><text x=\"").append(EFFECT_X)
                .append("\" y=\"18\">").append(escape(words.fill("forest_effect_ci", "effect", a.effect())))
                .append("</text><text x=\"").append(weightX).append("\" y=\"18\" text-anchor=\"end\">")
                .append(escape(words.text("forest_weight"))).append("</text></g>\n");

        double plotTop = TOP - 4;
        double nullX = x(axis, axis.nullValue());
        svg.append("<line class=\"forest-null\" x1=\"").append(px(nullX)).append("\" y1=\"").append(px(plotTop))
                .append("\" x2=\"").append(px(nullX)).append("\" y2=\"").append(px(axisY))
                .append("\" stroke=\"currentColor\"/>\n");
        if (pooled != null) {
            double px = x(axis, clampToAxis(axis, scale(a, pooled.estimate())));
            svg.append("<line class=\"forest-pooled-line\" x1=\"").append(px(px)).append("\" y1=\"")
                    .append(px(plotTop)).append("\" x2=\"").append(px(px)).append("\" y2=\"").append(px(axisY))
                    .append("\" stroke=\"currentColor\" stroke-dasharray=\"3 3\" opacity=\"0.6\"/>\n");
        }

        double maxWeight = a.studies().stream().filter(s -> s.weight() != null).mapToDouble(ForestStudy::weight)
                .max().orElse(1);
        for (int i = 0; i < rows; i++) {
            ForestStudy s = a.studies().get(i);
            double y = TOP + (i + 0.5) * ROW_H;
            svg.append("<g class=\"forest-study\"><text x=\"0\" y=\"").append(px(y + 4))
                    .append("\" fill=\"currentColor\">").append(escape(fitted(s.label(), LABEL_ROOM, false))).append("</text>");
            if (s.effect() == null) {
                svg.append("<text x=\"").append(EFFECT_X).append("\" y=\"").append(px(y + 4))
                        .append("\" fill=\"currentColor\">").append(escape(words.text("forest_not_estimable"))).append("</text>");
            } else {
                Shown shown = shown(a, s);
                double lo = shown.lower();
                double hi = shown.upper();
                double est = shown.estimate();
                double x1 = x(axis, clampToAxis(axis, lo));
                double x2 = x(axis, clampToAxis(axis, hi));
                svg.append("<line class=\"forest-ci\" x1=\"").append(px(x1)).append("\" y1=\"").append(px(y))
                        .append("\" x2=\"").append(px(x2)).append("\" y2=\"").append(px(y))
                        .append("\" stroke=\"currentColor\"/>");
                if (!(lo >= axis.min)) {
                    svg.append(arrow(x1, y, -1));
                }
                if (hi > axis.max) {
                    svg.append(arrow(x2, y, 1));
                }
                if (est >= axis.min && est <= axis.max) {
                    double size = s.weight() == null ? MIN_SQUARE
                            : MIN_SQUARE + (MAX_SQUARE - MIN_SQUARE) * Math.sqrt(s.weight() / maxWeight);
                    svg.append("<rect class=\"forest-square\" x=\"").append(px(x(axis, est) - size / 2))
                            .append("\" y=\"").append(px(y - size / 2)).append("\" width=\"").append(px(size))
                            .append("\" height=\"").append(px(size)).append("\" fill=\"currentColor\"/>");
                }
                svg.append("<text x=\"").append(EFFECT_X).append("\" y=\"").append(px(y + 4))
                        .append("\" fill=\"currentColor\">").append(escape(studyInterval(a, words, s))).append("</text>");
                svg.append("<text x=\"").append(weightX).append("\" y=\"").append(px(y + 4))
                        .append("\" text-anchor=\"end\" fill=\"currentColor\">")
                        .append(s.weight() == null ? "" : escape(words.percent(s.weight()))).append("</text>");
            }
            svg.append("</g>\n");
        }
        if (pooled != null) {
            double lo = x(axis, clampToAxis(axis, scale(a, pooled.lower())));
            double hi = x(axis, clampToAxis(axis, scale(a, pooled.upper())));
            double mid = x(axis, clampToAxis(axis, scale(a, pooled.estimate())));
            svg.append("<g class=\"forest-pooled\"><text x=\"0\" y=\"").append(px(pooledY + 4))
                    .append("\" font-weight=\"bold\" fill=\"currentColor\">").append(escape(fitted(modelLabel(pooled, words), LABEL_ROOM, true)))
                    .append("</text><polygon class=\"forest-diamond\" points=\"").append(px(lo)).append(',')
                    .append(px(pooledY)).append(' ').append(px(mid)).append(',').append(px(pooledY - 7)).append(' ')
                    .append(px(hi)).append(',').append(px(pooledY)).append(' ').append(px(mid)).append(',')
                    .append(px(pooledY + 7)).append("\" fill=\"currentColor\"/><text x=\"").append(EFFECT_X)
                    .append("\" y=\"").append(px(pooledY + 4)).append("\" font-weight=\"bold\" fill=\"currentColor\">")
                    .append(escape(interval(a, words, pooled.estimate(), pooled.lower(), pooled.upper())))
                    .append("</text><text x=\"").append(weightX).append("\" y=\"").append(px(pooledY + 4))
                    .append("\" text-anchor=\"end\" font-weight=\"bold\" fill=\"currentColor\">").append(words.hundredPercent()).append("</text>");
            // A pooled CI wider than the axis is cut, with the arrows a study's CI gets there.
            if (!(scale(a, pooled.lower()) >= axis.min)) {
                svg.append(arrow(lo, pooledY, -1));
            }
            if (scale(a, pooled.upper()) > axis.max) {
                svg.append(arrow(hi, pooledY, 1));
            }
            svg.append("</g>\n");
        }
        // The axis, its ticks and the two "favours" labels under it.
        svg.append("<g class=\"forest-axis\" fill=\"currentColor\"><line x1=\"").append(PLOT_X).append("\" y1=\"")
                .append(px(axisY)).append("\" x2=\"").append(PLOT_X + PLOT_W).append("\" y2=\"").append(px(axisY))
                .append("\" stroke=\"currentColor\"/>");
        for (double t : axis.ticks) {
            double tx = x(axis, t);
            svg.append("<line x1=\"").append(px(tx)).append("\" y1=\"").append(px(axisY)).append("\" x2=\"")
                    .append(px(tx)).append("\" y2=\"").append(px(axisY + 5)).append("\" stroke=\"currentColor\"/>")
                    .append("<text x=\"").append(px(tx)).append("\" y=\"").append(px(axisY + 18))
                    .append("\" text-anchor=\"middle\">").append(escape(words.number(Axis.tickLabel(t)))).append("</text>");
        }
        // Each label has the width from the line of no effect to its edge of the plot, arrow included:
        // cut by characters, "WWW MMMM ..." ran past the edge when the line stood near it.
        List<String> favours = favours(a, words);
        double arrow = textWidth("← ", false);
        svg.append("<text class=\"forest-favours\" x=\"").append(px(nullX - 6)).append("\" y=\"")
                .append(px(axisY + 38)).append("\" text-anchor=\"end\">← ")
                .append(escape(fitted(favours.get(0), nullX - 6 - arrow, false)))
                .append("</text><text class=\"forest-favours\" x=\"").append(px(nullX + 6)).append("\" y=\"")
                .append(px(axisY + 38)).append("\">")
                .append(escape(fitted(favours.get(1), width - nullX - 6 - arrow, false))).append(" →</text>");
        svg.append("</g>\n</svg>");
        return svg.toString();
    }

    /** The table beside the plot: each study's data, effect, CI and weight, then the pooled row. */
    static String table(ForestAnalysis a, EvidenceWords words, Function<String, Integer> sourceNumber) {
        boolean binary = List.of("RR", "OR", "RD").contains(a.measure());
        boolean given = a.measure().equals("GIV");
        StringBuilder t = new StringBuilder();
        String model = words.text(a.model() == Pooling.Model.FIXED ? "forest_model_fixed" : "forest_model_random");
        t.append(Text.scrollBox("table-wrap", words.fill("forest_table_of", "n", a.number())))
                .append("<table class=\"forest-table\">\n<caption>")
                .append(escape(words.fill("forest_table_caption", "measure", measureName(a, words), "model", model,
                        "outcome", a.outcome())))
                .append("</caption>\n<thead><tr>").append(th(words.text("forest_study")));
        if (binary) {
            t.append(th(words.text("forest_treatment_events"))).append(th(words.text("forest_control_events")));
        } else if (!given) {
            t.append(th(words.text("forest_treatment_mean"))).append(th(words.text("forest_control_mean")));
        }
        t.append(th(words.fill("forest_effect_ci", "effect", a.effect()))).append(th(words.text("forest_weight")))
                .append("</tr></thead>\n<tbody>\n");
        for (ForestStudy s : a.studies()) {
            t.append("<tr id=\"").append(s.anchor()).append("\"><th scope=\"row\">");
            Integer number = s.source() == null ? null : sourceNumber.apply(s.source().id());
            if (number != null) {
                t.append("<a href=\"#source-").append(number).append("\">").append(escape(s.label())).append("</a>");
            } else {
                t.append(escape(s.label()));
            }
            t.append("</th>");
            if (binary) {
                t.append("<td>").append(words.count(s.treatment().events())).append(" / ")
                        .append(words.count(s.treatment().total())).append("</td><td>")
                        .append(words.count(s.control().events())).append(" / ")
                        .append(words.count(s.control().total())).append("</td>");
            } else if (!given) {
                t.append("<td>").append(arm(s.treatment(), words)).append("</td><td>").append(arm(s.control(), words))
                        .append("</td>");
            }
            t.append("<td>").append(s.effect() == null ? escape(words.text("forest_not_estimable"))
                    : escape(studyInterval(a, words, s))).append("</td><td>")
                    .append(s.weight() == null ? "—" : escape(words.percent(s.weight()))).append("</td></tr>\n");
        }
        t.append("</tbody>\n");
        Pooling.Result p = a.pooled();
        int columns = binary || !given ? 3 : 1;
        if (p != null) {
            t.append("<tfoot><tr><th scope=\"row\"").append(columns > 1 ? " colspan=\"" + columns + "\"" : "")
                    .append('>').append(escape(modelLabel(p, words))).append("</th><td>")
                    .append(escape(interval(a, words, p.estimate(), p.lower(), p.upper()))).append("</td><td>").append(words.hundredPercent()).append("</td></tr>")
                    .append("<tr><td colspan=\"").append(columns + 2).append("\">").append(escape(heterogeneity(p, words)))
                    .append("</td></tr></tfoot>\n");
        }
        return t.append("</table></div>").toString();
    }

    static String heterogeneity(Pooling.Result p, EvidenceWords words) {
        if (p.k() < 2) {
            return words.text("forest_heterogeneity_one");
        }
        return words.fill("forest_heterogeneity", "statistics", "Q " + Text.is(words.number(Text.significant(p.q(), 2)))
                + ", df = " + (p.k() - 1) + ", p " + words.number(Text.pValue(p.p())) + words.semicolon() + "I² "
                + Text.is(words.percent(p.i2()))
                // A fixed-effect model assumes no between-study variance: it estimates none, as metafor and RevMan print none.
                + (p.model() == Pooling.Model.FIXED ? ""
                : words.semicolon() + "τ² " + Text.is(words.number(Text.significant(p.tau2(), 4)))));
    }

    private static String description(ForestAnalysis a, EvidenceWords words) {
        StringBuilder d = new StringBuilder();
        d.append(words.counted("forest_desc", a.studies().size(), "measure", measureName(a, words)));
        for (ForestStudy s : a.studies()) {
            d.append(s.label()).append(words.text("colon")).append(' ');
            d.append(s.effect() == null ? words.text("forest_desc_not_estimable")
                    : words.fill("forest_desc_weight", "weight", words.percent(s.weight()), "interval",
                    studyInterval(a, words, s)));
            d.append(". ");
        }
        if (a.pooled() != null) {
            d.append(modelLabel(a.pooled(), words)).append(words.text("colon")).append(' ')
                    .append(interval(a, words, a.pooled().estimate(), a.pooled().lower(), a.pooled().upper())).append(". ")
                    .append(heterogeneity(a.pooled(), words)).append(". ");
        }
        List<String> favours = favours(a, words);
        // Each sentence above ends in a space; a theme's label may start with one of its own.
        d.append(words.fill("forest_desc_favours", "left", favours.get(0), "right", favours.get(1)).strip());
        return d.toString();
    }

    /** The two sides' labels: the author's, else the theme's "Favours treatment" and "Favours control". */
    private static List<String> favours(ForestAnalysis a, EvidenceWords words) {
        return a.favours().size() == 2 ? a.favours()
                : List.of(words.text("forest_favours_treatment"), words.text("forest_favours_control"));
    }

    static String measureName(ForestAnalysis a, EvidenceWords words) {
        return words.text("measure_" + switch (a.effect()) {
            case "RR", "OR", "RD", "MD", "SMD" -> a.effect().toLowerCase(Locale.ROOT);
            default -> "hr";
        }) + (a.measure().equals("GIV") ? words.text("measure_giv") : "");
    }

    private static String modelLabel(Pooling.Result p, EvidenceWords words) {
        return words.text(p.model() == Pooling.Model.FIXED ? "forest_total_fixed" : "forest_total_random");
    }

    private static String th(String text) {
        return "<th scope=\"col\">" + escape(text) + "</th>";
    }

    private static String arm(ForestStudy.ArmData arm, EvidenceWords words) {
        return escape(words.number(number(arm.mean())) + " (" + words.number(number(arm.sd())) + "), "
                + words.count(arm.n()));
    }

    private static String number(double v) {
        return Text.grouped(new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros()
                .toPlainString().replace('-', '−'));
    }

    /** "0.489 [0.344, 0.696]" on the scale readers expect (ratios back-transformed). */
    static String interval(ForestAnalysis a, EvidenceWords words, double yi, double lower, double upper) {
        return interval(a, words, new Shown(scale(a, yi), scale(a, lower), scale(a, upper), false));
    }

    private static String interval(ForestAnalysis a, EvidenceWords words, Shown shown) {
        List<String> n = shown.given() ? Text.givenRow(a.ratio(), shown.estimate(), shown.lower(), shown.upper())
                : Text.effects(!a.ratio(), shown.estimate(), shown.lower(), shown.upper());
        return words.number(n.get(0)) + " [" + words.number(n.get(1)) + words.boundSeparator()
                + words.number(n.get(2)) + "]";
    }

    /**
     * A study's estimate and CI on the scale a reader reads (ratios not logged); given ones keep
     * the author's digits, as a GRADE effect does ("0.41 [0.13, 1.26]", not "0.410 [0.130, 1.260]").
     */
    private record Shown(double estimate, double lower, double upper, boolean given) {
    }

    /**
     * A study's estimate and CI as the page shows and draws them: a GIV study's as the author
     * gave them, from its source (a published CI is seldom symmetric once rounded; the pooling
     * uses the standard error derived from it), any other's as computed from its arms.
     */
    private static Shown shown(ForestAnalysis a, ForestStudy s) {
        if (s.given() != null) {
            return new Shown(s.given().estimate(), s.given().lower(), s.given().upper(), true);
        }
        return new Shown(scale(a, s.effect().yi()), scale(a, s.effect().lower()), scale(a, s.effect().upper()), false);
    }

    /** How wide a text is at the plot's 12 px: {@link Text#width}. */
    static double textWidth(String text, boolean bold) {
        return Text.width(text, 12, bold);
    }

    /**
     * A text cut with "…" to fit {@code room} pixels: a study's label fits the column left of
     * the plot (the table beside the plot shows it in full).
     */
    static String fitted(String text, double room, boolean bold) {
        if (textWidth(text, bold) <= room) {
            return text;
        }
        int end = text.length();
        while (end > 0 && textWidth(text.substring(0, end).stripTrailing() + "…", bold) > room) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end).stripTrailing() + "…";
    }

    private static String studyInterval(ForestAnalysis a, EvidenceWords words, ForestStudy s) {
        return interval(a, words, shown(a, s));
    }

    private static double scale(ForestAnalysis a, double y) {
        return a.ratio() ? Math.exp(y) : y;
    }

    private static double clampToAxis(Axis axis, double v) {
        if (!(v > axis.min)) {
            return axis.min;
        }
        return Math.min(v, axis.max);
    }

    private static double x(Axis axis, double v) {
        return PLOT_X + PLOT_W * axis.fraction(v);
    }

    private static String arrow(double x, double y, int direction) {
        double tip = x + direction * 4;
        double base = x - direction * 3;
        return "<polygon class=\"forest-clip\" points=\"" + px(tip) + "," + px(y) + " " + px(base) + ","
                + px(y - 4) + " " + px(base) + "," + px(y + 4) + "\" fill=\"currentColor\"/>";
    }
}
