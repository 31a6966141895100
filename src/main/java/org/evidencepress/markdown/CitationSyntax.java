package org.evidencepress.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pandoc's citation syntax: {@code [see @a, pp. 33-35; -@b; @c, @d]} and narrative
 * {@code @a}. Keys start with a letter, digit or '_' and may hold internal punctuation
 * ({@code :.#$%&-+?<>~/}); a trailing one ends the sentence, not the key.
 */
public final class CitationSyntax {
    /** Pandoc's English locator terms, long and short, singular and plural, to CSL labels. */
    private static final List<String[]> TERMS = terms(
            "page:page,pages,pp.,p.,pgs.,pg.",
            "chapter:chapter,chapters,chaps.,chap.,ch.",
            "section:section,sections,secs.,sec.,§§,§",
            "figure:figure,figures,figs.,fig.",
            "paragraph:paragraph,paragraphs,paras.,para.,¶¶,¶",
            "volume:volume,volumes,vols.,vol.",
            "book:book,books,bks.,bk.",
            "column:column,columns,cols.,col.",
            "folio:folio,folios,fols.,fol.",
            "number:number,numbers,nos.,no.",
            "line:line,lines,ll.,l.",
            "note:note,notes,nn.,n.",
            "opus:opus,opera,opp.,op.",
            "part:part,parts,pts.,pt.",
            "sub-verbo:sub verbo,sub verbis,s.vv.,s.v.",
            "verse:verse,verses,vv.,v.");
    /**
     * A page, section "10.10.2", "33ff.", a supplement's page "S1", an eLocator "e1234", a
     * panel "2B" (as Pandoc, any word with a digit) or a roman numeral; a full stop that ends
     * the sentence is not part of it.
     */
    private static final String LOCATOR_TOKEN =
            "(?:[A-Za-z]{0,2}\\d+(?:\\.\\d+)*(?:ff?\\.?|[A-Za-z]{1,2})?|[ivxlcdm]+|[IVXLCDM]+)(?![A-Za-z])";
    /** Tokens joined by a range or a list: "33-35", "10--12" (Markdown's en dash), "3, 7 & 9". */
    private static final Pattern LOCATOR_VALUE = Pattern.compile(
            LOCATOR_TOKEN + "(?:\\s*(?:-{1,3}|[–—,&])\\s*" + LOCATOR_TOKEN + ")*");
    /** An abbreviated term and a number, "S. 23" or "cap. 3": a locator in some language. */
    private static final Pattern TERM_AND_NUMBER = Pattern.compile("\\p{L}{1,10}\\.\\s*\\d");

    private CitationSyntax() {
    }

    /** A bracketed group read: cites, or an error at an offset of the text, or not a citation at all. */
    public record Bracket(List<Citation.Cite> cites, String error) {
        static final Bracket NONE = new Bracket(null, null);

        public boolean isCitation() {
            return cites != null;
        }
    }

    private static List<String[]> terms(String... lines) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines) {
            String label = line.substring(0, line.indexOf(':'));
            for (String term : line.substring(line.indexOf(':') + 1).split(",")) {
                out.add(new String[] {term, label});
            }
        }
        // Longest first, so "pp." wins over "p." and "pages" over "page".
        out.sort((a, b) -> b[0].length() - a[0].length());
        return List.copyOf(out);
    }

    /** The length of the key starting at {@code start}, 0 when none starts there. */
    public static int keyLength(CharSequence s, int start) {
        if (start < s.length() && s.charAt(start) == '{') {
            return bracedKeyLength(s, start);
        }
        if (start >= s.length() || !isKeyStart(s.charAt(start))) {
            return 0;
        }
        int end = start + 1;
        while (end < s.length()) {
            char c = s.charAt(end);
            if (Character.isLetterOrDigit(c) || c == '_') {
                end++;
            } else if (":.#$%&-+?<>~/".indexOf(c) >= 0 && end + 1 < s.length()
                    && (Character.isLetterOrDigit(s.charAt(end + 1)) || s.charAt(end + 1) == '_')) {
                end++;
            } else if ((c == ':' || c == '/') && end + 1 < s.length() && s.charAt(end + 1) == '/') {
                // As Pandoc reads a URI as a key ("@http://zotero.org/users/1/items/ABCD1234").
                end++;
            } else {
                break;
            }
        }
        return end - start;
    }

    /**
     * Pandoc's braced key, {@code @{https://doi.org/10.1038/nri.2015.5}}, for keys with
     * characters a plain key cannot hold (a CSL-JSON id that is a URL): its length with the
     * braces, or 0 when no brace closes it on the line.
     */
    private static int bracedKeyLength(CharSequence s, int start) {
        for (int end = start + 1; end < s.length(); end++) {
            char c = s.charAt(end);
            if (c == '}') {
                return end > start + 1 ? end - start + 1 : 0;
            }
            if (c == '{' || c == '\n') {
                return 0;
            }
        }
        return 0;
    }

    /** The key a written key names: without the braces of a braced key. */
    public static String key(String written) {
        return written.startsWith("{") && written.endsWith("}") ? written.substring(1, written.length() - 1) : written;
    }

    private static boolean isKeyStart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Whether an '@' at {@code at} starts a citation: a key follows and no word runs into it. */
    static boolean citesAt(String s, int at) {
        if (s.charAt(at) != '@' || keyLength(s, at + 1) == 0) {
            return false;
        }
        if (at == 0) {
            return true;
        }
        return !runsInto(s.charAt(at - 1));
    }

    /**
     * Whether a character before an '@' makes it part of something else: a word (an e-mail
     * address), an escape, or an address ("https://mastodon.social/@someone", whose link
     * ended at the '@' when the '@' was read as a citation).
     */
    static boolean runsInto(int before) {
        return Character.isLetterOrDigit(before) || before == '_' || before == '@' || before == '\\'
                || before >= 0 && before < 128 && "/:.=?&#~%+".indexOf(before) >= 0;
    }

    /** Reads the text between the brackets of a group. */
    public static Bracket bracket(String text) {
        List<Integer> ats = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (citesAt(text, i)) {
                ats.add(i);
            }
        }
        if (ats.isEmpty()) {
            return Bracket.NONE;
        }
        List<Citation.Cite> cites = new ArrayList<>();
        int start = 0;
        for (String part : text.split(";", -1)) {
            int partStart = start;
            start += part.length() + 1;
            List<Integer> inPart = ats.stream().filter(a -> a >= partStart && a < partStart + part.length())
                    .map(a -> a - partStart).toList();
            if (inPart.isEmpty()) {
                return error(part.isBlank() ? "an empty item between ';' separators"
                        : "'" + part.strip() + "' names no source: each item needs an @key");
            }
            // "@a, @b": a comma followed by another @key separates too.
            int from = 0;
            for (int k = 0; k < inPart.size(); k++) {
                int to = part.length();
                if (k + 1 < inPart.size()) {
                    int next = inPart.get(k + 1);
                    int keyStart = next > 0 && part.charAt(next - 1) == '-' ? next - 1 : next;
                    int comma = keyStart - 1;
                    while (comma >= 0 && Character.isWhitespace(part.charAt(comma))) {
                        comma--;
                    }
                    // "@a{ii, A}, @b": a braced locator may hold spaces.
                    if (comma < 0 || part.charAt(comma) != ',' || !part.substring(inPart.get(k), comma).strip()
                            .matches("@\\S+?(?:\\{[^{}]*\\})?")) {
                        return error("two @keys in one item: separate them with ';'");
                    }
                    to = comma;
                }
                Citation.Cite cite = item(part.substring(from, to), inPart.get(k) - from);
                if (cite == null && part.substring(from, to).contains("{")
                        && closingBrace(part.substring(part.indexOf('{', from), to)) < 0) {
                    return error("the '{' of a braced locator is not closed: write it as [@key{pp. iv, vi-xi}]");
                }
                if (cite == null) {
                    return error("'" + part.substring(from, to).strip() + "' is not a citation: write it as "
                            + "[prefix @key, locator suffix]");
                }
                cites.add(cite);
                from = to + 1;
            }
        }
        return new Bracket(List.copyOf(cites), null);
    }

    private static Bracket error(String message) {
        return new Bracket(null, message);
    }

    /** One item, "see -@key, p. 33 and elsewhere", whose '@' is at {@code at}. */
    private static Citation.Cite item(String item, int at) {
        boolean suppress = at > 0 && item.charAt(at - 1) == '-';
        String prefix = item.substring(0, suppress ? at - 1 : at);
        if (!prefix.isEmpty() && !Character.isWhitespace(prefix.charAt(prefix.length() - 1))) {
            return null;
        }
        int keyLength = keyLength(item, at + 1);
        String id = key(item.substring(at + 1, at + 1 + keyLength));
        String rest = item.substring(at + 1 + keyLength);
        String locator = null;
        String label = null;
        // Pandoc keeps the comma in the suffix: "[@a, emphasis added]" reads "(1, emphasis added)".
        String suffix = rest.strip();
        // Pandoc's manual writes the braced locator right after the key: "[@smith{ii, A, D-Z}]".
        if (!suffix.startsWith(",") && !rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))
                && rest.charAt(0) != '{') {
            return null;
        }
        String afterComma = suffix.startsWith(",") ? suffix.substring(1).strip() : suffix;
        String[] found = afterComma.startsWith("{") ? bracedLocator(afterComma) : locator(afterComma);
        if (found == null && rest.startsWith("{")) {
            return null;
        }
        if (found != null) {
            label = found[0];
            locator = found[1];
            suffix = found[2];
        }
        return new Citation.Cite(id, prefix.strip(), locator, label, suffix, suppress);
    }

    /**
     * The cite of Pandoc's {@code @key [p. 33, suffix]}; null when the bracket's text starts with no
     * locator. A term of another language ("S. 23", "cap. 3") starts one too: the page's language
     * reads it (see {@link #localLocator}), as in {@code [@key, S. 23]}.
     */
    static Citation.Cite narrativeLocator(String key, String bracketText) {
        Citation.Cite cite = item("@" + key + ", " + bracketText.strip(), 0);
        return cite == null || cite.locator() == null && !TERM_AND_NUMBER.matcher(bracketText.strip()).lookingAt()
                ? null : cite;
    }

    /** {label, locator, rest} when {@code text} starts with a locator, else null. */
    static String[] locator(String text) {
        String[] termed = term(text);
        if (termed == null && (text.isEmpty() || !Character.isDigit(text.charAt(0)))) {
            return null;
        }
        String label = termed == null ? "page" : termed[0];
        String value = termed == null ? text : termed[1];
        Matcher m = LOCATOR_VALUE.matcher(value);
        if (!m.lookingAt()) {
            return null;
        }
        // "pp. 33-35, 40" keeps its list; a comma before words starts the suffix.
        // "--" is an en dash in Markdown, as Pandoc's reader makes it before it reads the locator.
        String locator = m.group().replace("---", "—").replace("--", "–");
        return new String[] {label, locator, value.substring(m.end()).strip()};
    }

    /**
     * The cite with a locator in another language's terms ({@code terms}: {term, label} pairs
     * in lower case, longest first), "[@a, S. 23]" in German, read from the start of its
     * suffix; else the cite as it is.
     */
    public static Citation.Cite localLocator(Citation.Cite cite, List<String[]> terms) {
        if (cite.locator() != null && "page".equals(cite.label()) && !terms.isEmpty()) {
            return bracedLocalTerm(cite, terms);
        }
        if (cite.locator() != null || cite.suffix().isEmpty() || terms.isEmpty()) {
            return cite;
        }
        String suffix = cite.suffix();
        String afterComma = suffix.startsWith(",") ? suffix.substring(1).strip() : suffix;
        String lower = afterComma.toLowerCase(Locale.ROOT);
        for (String[] term : terms) {
            int end = term[0].length();
            if (!lower.startsWith(term[0]) || !term[0].endsWith(".") && end < afterComma.length()
                    && Character.isLetter(afterComma.charAt(end))) {
                continue;
            }
            String value = afterComma.substring(end).strip();
            Matcher m = LOCATOR_VALUE.matcher(value);
            if (m.lookingAt()) {
                return new Citation.Cite(cite.id(), cite.prefix(), m.group().replace("---", "—").replace("--", "–"),
                        term[1], value.substring(m.end()).strip(), cite.suppressAuthor());
            }
        }
        return cite;
    }

    /**
     * A braced locator that starts with a term of the page's language, "[@a{S. iv-vi}]" on a
     * German page: that term's label and the rest as the locator, as Pandoc reads it, not
     * pages "S. iv-vi". A plain locator never starts with a word and a space, so only braced ones change.
     */
    private static Citation.Cite bracedLocalTerm(Citation.Cite cite, List<String[]> terms) {
        String locator = cite.locator();
        String lower = locator.toLowerCase(Locale.ROOT);
        for (String[] term : terms) {
            int end = term[0].length();
            if (lower.startsWith(term[0]) && end < locator.length()
                    && (term[0].endsWith(".") || Character.isWhitespace(locator.charAt(end)))
                    && !locator.substring(end).isBlank()) {
                return new Citation.Cite(cite.id(), cite.prefix(), locator.substring(end).strip(), term[1], cite.suffix(),
                        cite.suppressAuthor());
            }
        }
        return cite;
    }

    /** The label of the locator term {@code text} starts with ("pp." is page) and the text after it; null when none. */
    private static String[] term(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String[] term : TERMS) {
            if (lower.startsWith(term[0]) && (term[0].endsWith(".") || term[0].startsWith("§")
                    || term[0].startsWith("¶") || text.length() == term[0].length()
                    || !Character.isLetter(text.charAt(term[0].length())))) {
                return new String[] {term[1], text.substring(term[0].length()).strip()};
            }
        }
        return null;
    }

    /**
     * Pandoc's braced locator, {@code {pp. iv, vi-xi}}, for one a plain locator cannot hold:
     * the label its term names (pages when none), all else in the braces as the locator, and
     * the suffix after them; null when no brace closes it.
     */
    private static String[] bracedLocator(String text) {
        int close = closingBrace(text);
        if (close < 0) {
            return null;
        }
        String inside = text.substring(1, close).strip();
        String rest = text.substring(close + 1).strip();
        if (inside.isEmpty()) {
            // Pandoc's "[@a{}, 99 years later]": empty braces say that what follows is no locator.
            return new String[] {null, null, rest};
        }
        String[] termed = term(inside);
        return new String[] {termed == null ? "page" : termed[0], termed == null ? inside : termed[1], rest};
    }

    /** The index of the '}' that closes the '{' at 0, braces inside counted as Pandoc does; -1 when none. */
    private static int closingBrace(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a locator names more than one page, chapter or the like: "23-25", "3, 5", "3 & 5". */
    public static boolean plural(String locator) {
        return locator.matches(".*[-–—,&].*");
    }

    /** The short form of a locator term for the default style: "p.", "pp.", "chap.", ... */
    public static String shortTerm(String label, String locator) {
        boolean plural = plural(locator);
        return switch (label) {
            case "page" -> plural ? "pp." : "p.";
            case "chapter" -> plural ? "chaps." : "chap.";
            case "section" -> plural ? "secs." : "sec.";
            case "figure" -> plural ? "figs." : "fig.";
            case "paragraph" -> plural ? "paras." : "para.";
            case "volume" -> plural ? "vols." : "vol.";
            case "book" -> plural ? "bks." : "bk.";
            case "column" -> plural ? "cols." : "col.";
            case "folio" -> plural ? "fols." : "fol.";
            case "number" -> plural ? "nos." : "no.";
            case "line" -> plural ? "ll." : "l.";
            case "note" -> plural ? "nn." : "n.";
            case "opus" -> plural ? "opp." : "op.";
            case "part" -> plural ? "pts." : "pt.";
            case "sub-verbo" -> plural ? "s.vv." : "s.v.";
            case "verse" -> plural ? "vv." : "v.";
            default -> label;
        };
    }
}
