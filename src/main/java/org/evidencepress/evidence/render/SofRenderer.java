package org.evidencepress.evidence.render;

import org.evidencepress.evidence.EvidenceBlocks;
import org.evidencepress.evidence.GradeOutcome;
import org.evidencepress.evidence.Note;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.evidencepress.evidence.render.Text.escape;

/**
 * The GRADE summary of findings table: participants (studies), the relative effect, the
 * assumed and corresponding risks per 1,000 when a baseline risk is given, the certainty as
 * symbols and words, and numbered footnotes with the reasons.
 */
final class SofRenderer {
    private SofRenderer() {
    }

    /**
     * @param noteHtml the footnotes' Markdown rendered inline, in {@link EvidenceBlocks#notes()} order
     */
    static String render(List<GradeOutcome> outcomes, List<String> noteHtml) {
        StringBuilder t = new StringBuilder();
        t.append(Text.scrollBox("table-wrap", "Summary of findings table")).append("<table class=\"sof-table\">\n<thead><tr>")
                .append("<th scope=\"col\">Outcome</th>")
                .append("<th scope=\"col\">Participants (studies)</th>")
                .append("<th scope=\"col\">Relative effect (95% CI)</th>")
                .append("<th scope=\"col\">Risk without intervention</th>")
                .append("<th scope=\"col\">Risk with intervention (95% CI)</th>")
                .append("<th scope=\"col\">Certainty of the evidence (GRADE)</th>")
                .append("</tr></thead>\n<tbody>\n");
        int noteNumber = 0;
        List<String> footnotes = new ArrayList<>();
        for (GradeOutcome o : outcomes) {
            t.append("<tr><th scope=\"row\">").append(escape(o.name())).append("</th><td>")
                    .append(Text.count(o.participants())).append(" (").append(Text.count(o.studies()))
                    .append(o.studies() == 1 ? " study" : " studies").append(o.design().equals("rct")
                            ? ", randomised" : ", observational").append(")</td><td>")
                    .append(o.measure()).append(' ').append(Text.effect(o.estimate())).append(" (")
                    .append(Text.effect(o.lower())).append(" to ").append(Text.effect(o.upper())).append(")</td>");
            if (o.baselineRisk() != null) {
                double acr = o.baselineRisk();
                t.append("<td>").append(perThousand(acr)).append(" per 1,000</td><td>")
                        .append(perThousand(corresponding(o.measure(), acr, o.estimate()))).append(" per 1,000 (")
                        .append(perThousand(corresponding(o.measure(), acr, o.lower()))).append(" to ")
                        .append(perThousand(corresponding(o.measure(), acr, o.upper()))).append(")</td>");
            } else {
                t.append("<td>—</td><td>—</td>");
            }
            GradeOutcome.Certainty c = o.certainty();
            t.append("<td class=\"grade grade-").append(c.name().toLowerCase().replace('_', '-'))
                    .append("\"><span class=\"grade-symbols\" aria-hidden=\"true\">").append(c.symbols())
                    .append("</span> <span class=\"grade-word\">").append(capitalised(c.word())).append("</span>");
            if (!o.notes().isEmpty()) {
                t.append("<sup class=\"sof-note-ref\">");
            }
            for (Note note : o.notes()) {
                noteNumber++;
                t.append(note == o.notes().get(0) ? "" : ", ").append("<a href=\"#")
                        .append(EvidenceBlocks.noteAnchor(noteNumber)).append("\" aria-label=\"Footnote ")
                        .append(noteNumber).append("\">").append(noteNumber).append("</a>");
                footnotes.add("<li id=\"" + EvidenceBlocks.noteAnchor(noteNumber) + "\"><span class=\"sof-note-key\">"
                        + escape(capitalised(note.key().replace('_', ' '))) + level(o, note.key()) + ":</span> "
                        + noteHtml.get(noteNumber - 1) + "</li>");
            }
            if (!o.notes().isEmpty()) {
                t.append("</sup>");
            }
            String reasons = reasons(o);
            if (!reasons.isEmpty()) {
                t.append("<br><span class=\"grade-reasons\">").append(escape(reasons)).append("</span>");
            }
            t.append("</td></tr>\n");
        }
        t.append("</tbody>\n</table></div>\n");
        if (!footnotes.isEmpty()) {
            t.append("<ol class=\"sof-notes\" aria-label=\"Footnotes to the summary of findings\">\n");
            footnotes.forEach(f -> t.append(f).append('\n'));
            t.append("</ol>\n");
        }
        t.append("<p class=\"sof-legend\">Certainty: ⊕⊕⊕⊕ high, ⊕⊕⊕◯ moderate, ⊕⊕◯◯ low, ⊕◯◯◯ very low. "
                + "Randomised trials start at high certainty and observational studies at low; each serious "
                + "concern lowers it one level (two if very serious).</p>");
        return t.toString();
    }

    /** The risk with intervention for an assumed control risk: RR x ACR, or through the odds for an OR. */
    static double corresponding(String measure, double acr, double effect) {
        if (measure.equals("OR")) {
            return effect * acr / (1 - acr + effect * acr);
        }
        return effect * acr;
    }

    private static String perThousand(double risk) {
        return Text.count(Math.round(1000 * risk));
    }

    private static String level(GradeOutcome o, String key) {
        Integer down = o.downgrades().get(key);
        Integer up = o.upgrades().get(key);
        if (down != null && down > 0) {
            return " (downgraded " + (down == 1 ? "one level" : "two levels") + ")";
        }
        if (up != null && up > 0) {
            return " (upgraded " + (up == 1 ? "one level" : "two levels") + ")";
        }
        return "";
    }

    private static String reasons(GradeOutcome o) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> e : o.downgrades().entrySet()) {
            if (e.getValue() > 0) {
                parts.add("−" + e.getValue() + " " + e.getKey().replace('_', ' '));
            }
        }
        for (Map.Entry<String, Integer> e : o.upgrades().entrySet()) {
            if (e.getValue() > 0) {
                parts.add("+" + e.getValue() + " " + e.getKey().replace('_', ' '));
            }
        }
        return String.join("; ", parts);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
