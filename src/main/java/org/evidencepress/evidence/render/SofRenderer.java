package org.evidencepress.evidence.render;

import org.evidencepress.evidence.EvidenceBlocks;
import org.evidencepress.evidence.GradeOutcome;
import org.evidencepress.evidence.Note;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    static String render(List<GradeOutcome> outcomes, EvidenceWords words, List<String> noteHtml) {
        StringBuilder t = new StringBuilder();
        t.append(Text.scrollBox("table-wrap", words.text("sof_table"))).append("<table class=\"sof-table\">\n<caption>")
                .append(escape(words.text("sof_caption"))).append("</caption>\n<thead><tr>");
        for (String key : List.of("sof_outcome", "sof_participants", "sof_relative_effect", "sof_risk_without",
                "sof_risk_with", "sof_certainty")) {
            t.append("<th scope=\"col\">").append(escape(words.text(key))).append("</th>");
        }
        t.append("</tr></thead>\n<tbody>\n");
        String to = " " + escape(words.text("sof_to")) + " ";
        int noteNumber = 0;
        List<String> footnotes = new ArrayList<>();
        for (GradeOutcome o : outcomes) {
            t.append("<tr><th scope=\"row\">").append(escape(o.name())).append("</th><td>")
                    .append(words.count(o.participants())).append(" (")
                    .append(escape(words.counted("sof_study", o.studies()))).append(", ")
                    .append(escape(words.counted(o.design().equals("rct") ? "sof_randomised" : "sof_observational",
                            o.studies())))
                    .append(")</td><td>");
            List<String> effect = Text.givenRow(o.ratio(), o.estimate(), o.lower(), o.upper());
            t.append(o.measure()).append(' ').append(words.number(effect.get(0))).append(" (")
                    .append(words.number(effect.get(1))).append(to).append(words.number(effect.get(2))).append(")</td>");
            if (o.baselineRisk() != null) {
                double acr = o.baselineRisk();
                t.append("<td>").append(perThousand(words, acr)).append("</td><td>")
                        .append(perThousand(words, corresponding(o.measure(), acr, o.estimate()))).append(" (")
                        .append(number(words, corresponding(o.measure(), acr, o.lower()))).append(to)
                        .append(number(words, corresponding(o.measure(), acr, o.upper()))).append(")</td>");
            } else {
                t.append("<td>—</td><td>—</td>");
            }
            GradeOutcome.Certainty c = o.certainty();
            t.append("<td class=\"grade grade-").append(c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .append("\"><span class=\"grade-symbols\" aria-hidden=\"true\">").append(c.symbols())
                    .append("</span> <span class=\"grade-word\">")
                    .append(escape(EvidenceWords.capitalised(certainty(c, words)))).append("</span>");
            if (!o.notes().isEmpty()) {
                t.append("<sup class=\"sof-note-ref\">");
            }
            for (Note note : o.notes()) {
                noteNumber++;
                t.append(note == o.notes().get(0) ? "" : ", ").append("<a href=\"#")
                        .append(EvidenceBlocks.noteAnchor(noteNumber)).append("\" aria-label=\"")
                        .append(escape(words.fill("sof_footnote", "n", noteNumber))).append("\">").append(noteNumber)
                        .append("</a>");
                footnotes.add("<li id=\"" + EvidenceBlocks.noteAnchor(noteNumber) + "\"><span class=\"sof-note-key\">"
                        + escape(EvidenceWords.capitalised(domain(note.key(), words)) + level(o, note.key(), words))
                        + escape(words.text("colon")) + "</span> " + noteHtml.get(noteNumber - 1) + "</li>");
            }
            if (!o.notes().isEmpty()) {
                t.append("</sup>");
            }
            String reasons = reasons(o, words);
            if (!reasons.isEmpty()) {
                t.append("<br><span class=\"grade-reasons\">").append(escape(reasons)).append("</span>");
            }
            t.append("</td></tr>\n");
        }
        t.append("</tbody>\n</table></div>\n");
        if (!footnotes.isEmpty()) {
            t.append("<ol class=\"sof-notes\" aria-label=\"").append(escape(words.text("sof_footnotes")))
                    .append("\">\n");
            footnotes.forEach(f -> t.append(f).append('\n'));
            t.append("</ol>\n");
        }
        List<String> levels = new ArrayList<>();
        for (int i = GradeOutcome.Certainty.values().length - 1; i >= 0; i--) {
            GradeOutcome.Certainty c = GradeOutcome.Certainty.values()[i];
            levels.add(c.symbols() + " " + certainty(c, words));
        }
        t.append("<p class=\"sof-legend\">").append(escape(words.text("sof_legend_certainty") + " "
                + String.join(", ", levels) + ". " + words.text("sof_legend_rules"))).append("</p>");
        return t.toString();
    }

    /** The risk with intervention for an assumed control risk: RR x ACR, or through the odds for an OR. */
    static double corresponding(String measure, double acr, double effect) {
        if (measure.equals("OR")) {
            return effect * acr / (1 - acr + effect * acr);
        }
        return effect * acr;
    }

    private static String perThousand(EvidenceWords words, double risk) {
        return escape(words.fill("sof_per_1000", "n", number(words, risk), "thousand", words.count(1000)));
    }

    private static String number(EvidenceWords words, double risk) {
        return words.count(Math.round(1000 * risk));
    }

    /** A certainty level's word in the page's language: "moderate". */
    private static String certainty(GradeOutcome.Certainty c, EvidenceWords words) {
        return words.text("grade_" + c.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** A GRADE domain's name as it reads inside a sentence: "risk of bias". */
    private static String domain(String key, EvidenceWords words) {
        return words.text("grade_" + key);
    }

    private static String level(GradeOutcome o, String key, EvidenceWords words) {
        Integer down = o.downgrades().get(key);
        Integer up = o.upgrades().get(key);
        if (down != null && down > 0) {
            return " (" + words.text(down == 1 ? "grade_downgraded_one" : "grade_downgraded_two") + ")";
        }
        if (up != null && up > 0) {
            return " (" + words.text(up == 1 ? "grade_upgraded_one" : "grade_upgraded_two") + ")";
        }
        return "";
    }

    private static String reasons(GradeOutcome o, EvidenceWords words) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> e : o.downgrades().entrySet()) {
            if (e.getValue() > 0) {
                parts.add("−" + e.getValue() + " " + domain(e.getKey(), words));
            }
        }
        for (Map.Entry<String, Integer> e : o.upgrades().entrySet()) {
            if (e.getValue() > 0) {
                parts.add("+" + e.getValue() + " " + domain(e.getKey(), words));
            }
        }
        return String.join(words.semicolon(), parts);
    }
}
