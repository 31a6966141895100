package org.evidencepress.bibliography;

import org.evidencepress.html.HtmlText;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markup CSL allows inside a field ({@code <i>Lactobacillus</i>}, {@code <sup>2</sup>},
 * {@code <span class="nocase">pH</span>}), as Zotero stores titles and as Crossref's
 * metadata carries them. citeproc-js reads it as markup; everything else shows the text
 * without the tags, or as the same emphasis in page HTML.
 */
public final class RichText {
    /** The tags of CSL's markup: emphasis, bold, super- and subscript, small capitals, nocase and nodecor spans. */
    public static final Pattern MARKUP = Pattern.compile("</?(?:i|b|sup|sub|sc)>|</span>"
            + "|<span (?:class=\"no(?:case|decor)\"|style=\"font-variant: ?small-caps;\")>");

    private RichText() {
    }

    /** The text without its markup; null stays null. */
    public static String plain(String rich) {
        if (rich == null || rich.indexOf('<') < 0) {
            return rich;
        }
        return MARKUP.matcher(rich).replaceAll("");
    }

    /** The text as page HTML (escaped as the templates escape text), with its emphasis, super- and subscripts and small capitals. */
    public static String html(String rich) {
        StringBuilder out = new StringBuilder(rich.length() + 16);
        if (rich.indexOf('<') < 0) {
            HtmlText.escape(rich, out);
            return out.toString();
        }
        Deque<String> closers = new ArrayDeque<>();
        Matcher tag = MARKUP.matcher(rich);
        int at = 0;
        while (tag.find()) {
            HtmlText.escape(rich.substring(at, tag.start()), out);
            at = tag.end();
            String t = tag.group();
            if (t.startsWith("</")) {
                if (!closers.isEmpty()) {
                    out.append(closers.pop());
                }
            } else if (t.startsWith("<span class")) {
                closers.push("");
            } else if (t.startsWith("<span") || t.equals("<sc>")) {
                out.append("<span class=\"small-caps\">");
                closers.push("</span>");
            } else {
                out.append(t);
                closers.push("</" + t.substring(1));
            }
        }
        HtmlText.escape(rich.substring(at), out);
        while (!closers.isEmpty()) {
            out.append(closers.pop());
        }
        return out.toString();
    }

}
