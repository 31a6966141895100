package org.evidencepress.html;

import org.evidencepress.markdown.Urls;

import java.util.List;

/**
 * Web addresses in HTML text made links, as Pandoc and Quarto link a bibliography's DOIs and
 * URLs ({@code link-bibliography}): a CSL style writes "https://doi.org/10.1002/sim.1186" as
 * text, which a reader must be able to follow. Text already inside a link stays as it is;
 * punctuation that ends a sentence is not part of the address. The text is HTML, so an
 * address is read with its character references decoded ("&#60;" is "<") and its link is
 * percent-encoded as the URL standard requires.
 */
public final class LinkedAddresses {
    private LinkedAddresses() {
    }

    /**
     * An address the text is known to print, as written ({@code text}, not escaped), and the
     * link it stands for: a work's DOI, which may hold "#", "?" or a space that a reader of
     * the text alone would take for the end of the address.
     */
    public record Known(String text, String href) {
    }

    public static String link(String html) {
        return link(html, List.of());
    }

    /** Links the addresses in {@code html}, the {@code known} ones whole wherever they are printed. */
    public static String link(String html, List<Known> known) {
        StringBuilder out = null;
        int copied = 0;
        int linkDepth = 0;
        int length = html.length();
        int i = 0;
        while (i < length) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    break;
                }
                if (html.regionMatches(true, i, "<a ", 0, 3) || html.regionMatches(true, i, "<a>", 0, 3)) {
                    linkDepth++;
                } else if (html.regionMatches(true, i, "</a>", 0, 4)) {
                    linkDepth--;
                }
                i = end + 1;
                continue;
            }
            if (linkDepth == 0 && (html.startsWith("https://", i) || html.startsWith("http://", i))) {
                int end = -1;
                String href = null;
                for (Known k : known) {
                    int e = printedEnd(html, i, k.text());
                    if (e > end) {
                        end = e;
                        href = k.href();
                    }
                }
                if (end < 0) {
                    end = addressEnd(html, i);
                    href = end > html.indexOf("//", i) + 2 ? Urls.href(decoded(html, i, end)) : null;
                }
                if (href != null) {
                    if (out == null) {
                        out = new StringBuilder(length + 64);
                    }
                    out.append(html, copied, i).append("<a href=\"").append(HtmlText.escape(href)).append("\">")
                            .append(html, i, end).append("</a>");
                    copied = end;
                }
                i = end;
                continue;
            }
            i++;
        }
        return out == null ? html : out.append(html, copied, length).toString();
    }

    /**
     * {@code html} with the first of the {@code candidates} it prints (outside tags) made a
     * link, in the order given; as it is when it prints none of them.
     */
    public static String linkFirst(String html, List<Known> candidates) {
        for (Known candidate : candidates) {
            for (int i = 0; i < html.length(); i++) {
                if (html.charAt(i) == '<') {
                    int end = html.indexOf('>', i);
                    if (end < 0) {
                        break;
                    }
                    i = end;
                    continue;
                }
                int end = printedEnd(html, i, candidate.text());
                if (end > i) {
                    return html.substring(0, i) + "<a href=\"" + HtmlText.escape(candidate.href()) + "\">"
                            + html.substring(i, end) + "</a>" + html.substring(end);
                }
            }
        }
        return html;
    }

    /**
     * Where the text {@code raw} ends when {@code html} prints it from {@code start}, its
     * characters plain or as character references, without a tag between; -1 when it does not.
     */
    static int printedEnd(String html, int start, String raw) {
        if (raw == null || raw.isEmpty()) {
            return -1;
        }
        int at = start;
        int r = 0;
        int[] read = new int[2];
        while (r < raw.length()) {
            if (at >= html.length() || html.charAt(at) == '<' || !character(html, at, read)) {
                return -1;
            }
            int expected = raw.codePointAt(r);
            if (read[0] != expected) {
                return -1;
            }
            at = read[1];
            r += Character.charCount(expected);
        }
        return at;
    }

    /**
     * Reads the character at {@code at} into {@code read}: its code point and where the next
     * begins; false when it is a bare '&amp;' that starts no reference, or a malformed one.
     */
    private static boolean character(String html, int at, int[] read) {
        char c = html.charAt(at);
        if (c != '&') {
            read[0] = html.codePointAt(at);
            read[1] = at + Character.charCount(read[0]);
            return true;
        }
        int semicolon = html.indexOf(';', at);
        if (semicolon < 0 || semicolon - at > 10) {
            read[0] = '&';
            read[1] = at + 1;
            return true;
        }
        String name = html.substring(at + 1, semicolon);
        int cp = switch (name) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos" -> '\'';
            default -> number(name);
        };
        if (cp < 0) {
            read[0] = '&';
            read[1] = at + 1;
            return true;
        }
        read[0] = cp;
        read[1] = semicolon + 1;
        return true;
    }

    /** The code point of a numeric reference's name ("#60", "#x3C"), or -1. */
    private static int number(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Integer.parseInt(name.substring(2), 16);
            }
            return name.startsWith("#") ? Integer.parseInt(name.substring(1)) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The text of {@code html[start, end)} with its character references decoded. */
    private static String decoded(String html, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        int[] read = new int[2];
        int at = start;
        while (at < end) {
            character(html, at, read);
            out.appendCodePoint(read[0]);
            at = Math.min(read[1], end);
        }
        return out.toString();
    }

    /**
     * Where the address starting at {@code start} ends: at a space or tag, less trailing
     * punctuation. A character reference is one character: the ';' that closes "&#62;" is
     * part of it, while "&quot;" at the end is a closing quote.
     */
    private static int addressEnd(String html, int start) {
        int end = start;
        while (end < html.length() && !Character.isWhitespace(html.charAt(end)) && html.charAt(end) != '<') {
            end++;
        }
        int[] read = new int[2];
        while (end > start) {
            int lastStart = end - 1;
            if (html.charAt(lastStart) == ';') {
                int amp = html.lastIndexOf('&', lastStart);
                if (amp >= start && character(html, amp, read) && read[1] == end) {
                    lastStart = amp;
                }
            }
            character(html, lastStart, read);
            int last = read[0];
            if (".,;:!?'\"".indexOf(last) >= 0 || last == ')' && unbalanced(html, start, end)) {
                end = lastStart;
            } else {
                break;
            }
        }
        return end;
    }

    /** Whether the address holds more closing than opening parentheses: "(see https://x.org/a)". */
    private static boolean unbalanced(String html, int start, int end) {
        int depth = 0;
        for (int i = start; i < end; i++) {
            depth += html.charAt(i) == '(' ? 1 : html.charAt(i) == ')' ? -1 : 0;
        }
        return depth < 0;
    }
}
