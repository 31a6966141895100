package org.evidencepress.html;

/**
 * Web addresses in HTML text made links, as Pandoc and Quarto link a bibliography's DOIs and
 * URLs ({@code link-bibliography}): a CSL style writes "https://doi.org/10.1002/sim.1186" as
 * text, which a reader must be able to follow. Text already inside a link stays as it is;
 * punctuation that ends a sentence is not part of the address.
 */
public final class LinkedAddresses {
    private LinkedAddresses() {
    }

    public static String link(String html) {
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
                int end = addressEnd(html, i);
                if (end > html.indexOf("//", i) + 2) {
                    if (out == null) {
                        out = new StringBuilder(length + 64);
                    }
                    String address = html.substring(i, end);
                    out.append(html, copied, i).append("<a href=\"").append(address.replace("\"", "&quot;"))
                            .append("\">").append(address).append("</a>");
                    copied = end;
                }
                i = end;
                continue;
            }
            i++;
        }
        return out == null ? html : out.append(html, copied, length).toString();
    }

    /** Where the address starting at {@code start} ends: at a space or tag, less trailing punctuation. */
    private static int addressEnd(String html, int start) {
        int end = start;
        while (end < html.length() && !Character.isWhitespace(html.charAt(end)) && html.charAt(end) != '<') {
            end++;
        }
        while (end > start) {
            char last = html.charAt(end - 1);
            if (".,;:!?'\"".indexOf(last) >= 0 || last == ')' && unbalanced(html, start, end)) {
                end--;
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
