package org.evidencepress.serve;

import org.evidencepress.html.HtmlText;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the server adds to HTML responses, and only to them: the live-reload script and,
 * while the latest build has errors, the error overlay. Built output never contains it.
 */
final class Injection {
    static final String EVENTS_PATH = "/__evpress/events";

    private Injection() {
    }

    static byte[] inject(byte[] html, Snapshot snapshot) {
        String page = new String(html, StandardCharsets.UTF_8);
        String added = overlay(snapshot.errors(), snapshot.builtClean()) + script(snapshot.generationName());
        int body = page.toLowerCase(java.util.Locale.ROOT).lastIndexOf("</body>");
        String out = body < 0 ? page + added : page.substring(0, body) + added + page.substring(body);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reloads when the server announces a generation other than the page's own. The server
     * announces its current one on connecting, so a build finished between loading the page
     * and connecting is not missed. The page names itself, so that a rebuild can show it before
     * the rest of the site is done. A hidden tab lets its connection go and takes it again when
     * shown (then it hears the current generation at once): a browser keeps six connections
     * to one host, and six open tabs held them all, so a seventh never loaded.
     */
    private static String script(String generation) {
        return "<script>(function(){var g=\"" + generation + "\",s=null;"
                + "function open(){if(s)return;s=new EventSource(\"" + EVENTS_PATH
                + "?page=\"+encodeURIComponent(location.pathname));"
                + "s.addEventListener(\"reload\",function(e){if(e.data!==g){s.close();location.reload();}});}"
                + "document.addEventListener(\"visibilitychange\",function(){if(document.hidden){if(s){s.close();s=null;}}"
                + "else{open();}});if(!document.hidden)open();})();"
                + "</script>\n";
    }

    /**
     * The errors laid over a page. Before any build without errors, what is shown is what the
     * failing build could make (a template's error leaves its pages unmade): no "last good pages".
     */
    static String overlay(List<Snapshot.ShownError> errors, boolean builtClean) {
        if (errors.isEmpty()) {
            return "";
        }
        // A region the keyboard can reach and scroll, its count read out first.
        String count = errors.size() + (errors.size() == 1 ? " problem" : " problems");
        StringBuilder html = new StringBuilder("<div id=\"evpress-error-overlay\" role=\"region\" tabindex=\"0\""
                + " aria-label=\"Build problems\"><p class=\"err-count\" role=\"alert\">").append(count)
                .append(builtClean ? ": the last good pages are shown"
                        : ": the site has not built without errors yet, so pages may be missing or incomplete")
                .append("</p><ul>");
        for (Snapshot.ShownError error : errors) {
            var d = error.diagnostic();
            html.append("<li><code class=\"err-loc\">").append(HtmlText.escape(d.file() + ":" + d.line() + ":" + d.column()))
                    .append("</code><span class=\"err-msg\">").append(HtmlText.escape(d.message())).append("</span>");
            if (error.sourceLine() != null) {
                html.append("<pre class=\"err-line\">").append(HtmlText.escape(error.sourceLine())).append("</pre>");
            }
            html.append("</li>");
        }
        return html.append("</ul></div>\n").toString();
    }

}
