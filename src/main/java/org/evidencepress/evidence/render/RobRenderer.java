package org.evidencepress.evidence.render;

import org.evidencepress.evidence.RiskOfBias;

import java.util.function.Function;

import static org.evidencepress.evidence.render.Text.escape;

/**
 * The traffic-light table: each judgement as a symbol, a colour and a word, so it reads
 * without colour; domain names in a legend and in each header's abbreviation.
 */
final class RobRenderer {
    private RobRenderer() {
    }

    static String render(RiskOfBias rob, Function<String, Integer> sourceNumber) {
        RiskOfBias.Tool tool = rob.tool();
        StringBuilder t = new StringBuilder();
        t.append(Text.scrollBox("table-wrap", "Risk of bias table")).append("<table class=\"rob-table\">\n<caption>")
                .append(escape(tool.title())).append(" judgements per domain</caption>\n<thead><tr>")
                .append("<th scope=\"col\">Study</th>");
        for (int i = 0; i < tool.domains().size(); i++) {
            t.append("<th scope=\"col\"><abbr title=\"").append(escape(tool.domains().get(i))).append("\">D")
                    .append(i + 1).append("</abbr></th>");
        }
        t.append("<th scope=\"col\">Overall</th></tr></thead>\n<tbody>\n");
        for (RiskOfBias.Row row : rob.rows()) {
            Integer number = sourceNumber.apply(row.source());
            t.append("<tr id=\"").append(row.anchor()).append("\"><th scope=\"row\">");
            if (number != null) {
                t.append("<a href=\"#source-").append(number).append("\">").append(escape(row.label())).append("</a>");
            } else {
                t.append(escape(row.label()));
            }
            t.append("</th>");
            row.judgements().forEach(j -> t.append(cell(j)));
            t.append(cell(row.overall())).append("</tr>\n");
        }
        t.append("</tbody>\n</table></div>\n<dl class=\"rob-legend\">\n");
        for (int i = 0; i < tool.domains().size(); i++) {
            t.append("<div><dt>D").append(i + 1).append("</dt><dd>").append(escape(tool.domains().get(i)))
                    .append("</dd></div>\n");
        }
        t.append("</dl>\n<p class=\"rob-key\">Judgements: ");
        for (String w : tool.words()) {
            t.append("<span class=\"rob rob-").append(cssName(w)).append("\"><span class=\"rob-symbol\" "
                    + "aria-hidden=\"true\">").append(symbol(w)).append("</span> ")
                    .append(RiskOfBias.Tool.label(w)).append("</span> ");
        }
        return t.append("</p>").toString();
    }

    private static String cell(String judgement) {
        return "<td class=\"rob rob-" + cssName(judgement) + "\"><span class=\"rob-symbol\" aria-hidden=\"true\">"
                + symbol(judgement) + "</span> " + RiskOfBias.Tool.label(judgement) + "</td>";
    }

    private static String cssName(String word) {
        return word.replace(' ', '-');
    }

    /** The symbols robvis uses, so readers of published figures recognise them. */
    private static String symbol(String word) {
        return switch (word) {
            case "low" -> "+";
            case "some", "moderate" -> "−";
            case "high", "serious" -> "×";
            case "critical" -> "!";
            default -> "?";
        };
    }
}
