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

    static String render(RiskOfBias rob, EvidenceWords words, Function<String, Integer> sourceNumber) {
        RiskOfBias.Tool tool = rob.tool();
        StringBuilder t = new StringBuilder();
        t.append(Text.scrollBox("table-wrap", words.text("rob_table"))).append("<table class=\"rob-table\">\n<caption>")
                .append(escape(words.fill("rob_caption", "tool", tool.title()))).append("</caption>\n<thead><tr>")
                .append("<th scope=\"col\">").append(escape(words.text("rob_study"))).append("</th>");
        for (int i = 1; i <= tool.domainCount(); i++) {
            t.append("<th scope=\"col\"><abbr title=\"").append(escape(words.text(tool.domainLabel(i))))
                    .append("\">D").append(i).append("</abbr></th>");
        }
        t.append("<th scope=\"col\">").append(escape(words.text("rob_overall"))).append("</th></tr></thead>\n<tbody>\n");
        for (RiskOfBias.Row row : rob.rows()) {
            Integer number = sourceNumber.apply(row.source().id());
            t.append("<tr id=\"").append(row.anchor()).append("\"><th scope=\"row\">");
            if (number != null) {
                t.append("<a href=\"#source-").append(number).append("\">").append(escape(row.label())).append("</a>");
            } else {
                t.append(escape(row.label()));
            }
            t.append("</th>");
            row.judgements().forEach(j -> t.append(cell(j, words)));
            t.append(cell(row.overall(), words)).append("</tr>\n");
        }
        t.append("</tbody>\n</table></div>\n<dl class=\"rob-legend\">\n");
        for (int i = 1; i <= tool.domainCount(); i++) {
            t.append("<div><dt>D").append(i).append("</dt><dd>").append(escape(words.text(tool.domainLabel(i))))
                    .append("</dd></div>\n");
        }
        t.append("</dl>\n<p class=\"rob-key\">").append(escape(words.text("rob_judgements"))).append(' ');
        for (String w : tool.words()) {
            t.append("<span class=\"rob rob-").append(cssName(w)).append("\"><span class=\"rob-symbol\" "
                    + "aria-hidden=\"true\">").append(symbol(w)).append("</span> ")
                    .append(escape(word(w, words))).append("</span> ");
        }
        return t.append("</p>").toString();
    }

    private static String cell(String judgement, EvidenceWords words) {
        return "<td class=\"rob rob-" + cssName(judgement) + "\"><span class=\"rob-symbol\" aria-hidden=\"true\">"
                + symbol(judgement) + "</span> " + escape(word(judgement, words)) + "</td>";
    }

    /** How a judgement reads in full, in the page's language: "Some concerns" for {@code some}. */
    private static String word(String judgement, EvidenceWords words) {
        return words.text("rob_" + cssName(judgement).replace('-', '_'));
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
