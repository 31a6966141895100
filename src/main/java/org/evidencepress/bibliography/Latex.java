package org.evidencepress.bibliography;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LaTeX text as reference managers write it into BibTeX ({@code {\"u}}, {@code \'{e}},
 * {@code {DNA}}, {@code \&}, {@code --}) turned into plain Unicode text. In plain text the
 * braces are dropped; unknown commands keep their argument.
 */
final class Latex {
    /** Accent commands to the combining mark they put on the next letter. */
    private static final Map<String, Character> ACCENTS = Map.ofEntries(
            Map.entry("\"", '\u0308'), Map.entry("'", '\u0301'), Map.entry("`", '\u0300'),
            Map.entry("^", '\u0302'), Map.entry("~", '\u0303'), Map.entry("=", '\u0304'),
            Map.entry(".", '\u0307'), Map.entry("u", '\u0306'), Map.entry("v", '\u030C'),
            Map.entry("H", '\u030B'), Map.entry("c", '\u0327'), Map.entry("k", '\u0328'),
            Map.entry("r", '\u030A'), Map.entry("d", '\u0323'), Map.entry("b", '\u0331'));

    /** Commands that stand for a character of their own. */
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("ss", "ß"), Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("ae", "æ"),
            Map.entry("AE", "Æ"), Map.entry("oe", "œ"), Map.entry("OE", "Œ"), Map.entry("aa", "å"),
            Map.entry("AA", "Å"), Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("i", "ı"),
            Map.entry("j", "ȷ"), Map.entry("textendash", "–"), Map.entry("textemdash", "—"),
            Map.entry("textquoteright", "’"), Map.entry("textquoteleft", "‘"), Map.entry("textregistered", "®"),
            Map.entry("texttrademark", "™"), Map.entry("textdegree", "°"), Map.entry("degree", "°"),
            Map.entry("copyright", "©"), Map.entry("pounds", "£"), Map.entry("euro", "€"),
            Map.entry("textpm", "±"), Map.entry("pm", "±"), Map.entry("times", "×"), Map.entry("le", "≤"),
            Map.entry("leq", "≤"), Map.entry("ge", "≥"), Map.entry("geq", "≥"), Map.entry("textmu", "µ"),
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("kappa", "κ"), Map.entry("lambda", "λ"), Map.entry("mu", "µ"),
            Map.entry("pi", "π"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"), Map.entry("omega", "ω"),
            Map.entry("Delta", "Δ"), Map.entry("Omega", "Ω"), Map.entry("ldots", "…"), Map.entry("dots", "…"),
            Map.entry("textellipsis", "…"), Map.entry("S", "§"), Map.entry("P", "¶"),
            Map.entry("textquotedblleft", "“"), Map.entry("textquotedblright", "”"), Map.entry("textquotesingle", "'"),
            Map.entry("dag", "†"), Map.entry("ddag", "‡"), Map.entry("textdagger", "†"), Map.entry("textbullet", "•"),
            Map.entry("DJ", "Đ"), Map.entry("dj", "đ"), Map.entry("textasciitilde", "~"),
            Map.entry("textasciicircum", "^"), Map.entry("textbackslash", "\\"),
            // What LaTeX writes for characters its fonts once lacked (Better BibTeX writes these).
            Map.entry("textless", "<"), Map.entry("textgreater", ">"), Map.entry("textbar", "|"),
            Map.entry("textunderscore", "_"), Map.entry("textbraceleft", "{"), Map.entry("textbraceright", "}"),
            Map.entry("textdollar", "$"), Map.entry("textsection", "§"), Map.entry("textparagraph", "¶"),
            Map.entry("textperiodcentered", "·"), Map.entry("textexclamdown", "¡"),
            Map.entry("textquestiondown", "¿"), Map.entry("guillemotleft", "«"), Map.entry("guillemotright", "»"),
            Map.entry("textonehalf", "½"), Map.entry("textonequarter", "¼"), Map.entry("textthreequarters", "¾"),
            Map.entry("textmultiply", "×"), Map.entry("textdiv", "÷"), Map.entry("textminus", "−"),
            Map.entry("textcopyright", "©"), Map.entry("textsterling", "£"), Map.entry("textyen", "¥"),
            Map.entry("texttimes", "×"), Map.entry("textperthousand", "‰"), Map.entry("dh", "ð"), Map.entry("DH", "Ð"),
            Map.entry("th", "þ"), Map.entry("TH", "Þ"), Map.entry("ng", "ŋ"), Map.entry("NG", "Ŋ"),
            // The rest of the Greek letters and the math symbols reference managers write for
            // characters in titles ("$\chi^2$", "$\sim$"), as Pandoc reads them: none is left out.
            Map.entry("varepsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"), Map.entry("theta", "θ"),
            Map.entry("vartheta", "ϑ"), Map.entry("iota", "ι"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"),
            Map.entry("varpi", "ϖ"), Map.entry("rho", "ρ"), Map.entry("varrho", "ϱ"), Map.entry("varsigma", "ς"),
            Map.entry("upsilon", "υ"), Map.entry("phi", "ϕ"), Map.entry("varphi", "φ"), Map.entry("chi", "χ"),
            Map.entry("psi", "ψ"), Map.entry("Gamma", "Γ"), Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"),
            Map.entry("Xi", "Ξ"), Map.entry("Pi", "Π"), Map.entry("Sigma", "Σ"), Map.entry("Upsilon", "Υ"),
            Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("sim", "∼"), Map.entry("approx", "≈"),
            Map.entry("simeq", "≃"), Map.entry("cdot", "⋅"), Map.entry("ne", "≠"), Map.entry("neq", "≠"),
            Map.entry("infty", "∞"), Map.entry("to", "→"), Map.entry("rightarrow", "→"), Map.entry("leftarrow", "←"),
            Map.entry("leftrightarrow", "↔"), Map.entry("Rightarrow", "⇒"), Map.entry("uparrow", "↑"),
            Map.entry("downarrow", "↓"), Map.entry("prime", "′"), Map.entry("equiv", "≡"), Map.entry("propto", "∝"),
            Map.entry("partial", "∂"), Map.entry("in", "∈"), Map.entry("ll", "≪"), Map.entry("gg", "≫"),
            Map.entry("leqslant", "⩽"), Map.entry("geqslant", "⩾"), Map.entry("lesssim", "≲"), Map.entry("gtrsim", "≳"),
            Map.entry("mp", "∓"), Map.entry("div", "÷"), Map.entry("ast", "∗"), Map.entry("star", "⋆"),
            Map.entry("bullet", "∙"), Map.entry("circ", "∘"), Map.entry("ell", "ℓ"), Map.entry("hbar", "ℏ"),
            Map.entry("Re", "ℜ"), Map.entry("Im", "ℑ"), Map.entry("aleph", "ℵ"), Map.entry("surd", "√"),
            Map.entry("sqrt", "√"),
            // More of LaTeX's text symbols that Better BibTeX writes for characters (none may vanish unheard).
            Map.entry("textpercent", "%"), Map.entry("textquotedbl", "\""), Map.entry("textcent", "¢"),
            Map.entry("textcurrency", "¤"), Map.entry("textbrokenbar", "¦"), Map.entry("textlnot", "¬"),
            Map.entry("textordfeminine", "ª"), Map.entry("textordmasculine", "º"), Map.entry("textnumero", "№"),
            Map.entry("textasciigrave", "`"), Map.entry("textasciiacute", "´"), Map.entry("textasciidieresis", "¨"),
            Map.entry("textasciimacron", "¯"), Map.entry("textasteriskcentered", "∗"), Map.entry("textcelsius", "℃"),
            Map.entry("textservicemark", "℠"), Map.entry("textohm", "Ω"), Map.entry("textvisiblespace", "␣"),
            // The logos, which computing titles name.
            Map.entry("TeX", "TeX"), Map.entry("LaTeX", "LaTeX"), Map.entry("BibTeX", "BibTeX"));

    /** Commands that typeset nothing in a title: no text is lost without them. */
    private static final Set<String> SILENT = Set.of("relax", "protect", "nobreak", "allowbreak", "newblock",
            "noindent", "xspace", "null", "normalfont", "rm", "tt", "sf", "upshape", "mdseries", "rmfamily",
            "sffamily", "ttfamily", "em", "it", "itshape", "sl", "bf", "bfseries", "sc", "scshape", "left", "right");

    /**
     * Spacing commands to the space LaTeX typesets: a thin space for {@code \,} (as in
     * {@code 37\,°C}), an ordinary one for the wider ones, a line break in a field and
     * {@code "\ "}, none for the negative thin space {@code \!}, a hyphenation point
     * {@code \-} or an italic correction {@code \/}.
     */
    private static final Map<Character, String> SPACES = Map.of(',', "\u2009", ':', " ", ';', " ", ' ', " ",
            '\\', " ", '!', "", '-', "", '/', "");

    /** Formatting commands to the CSL rich-text tag of their argument. */
    private static final Map<String, String> STYLES = Map.ofEntries(
            Map.entry("emph", "i"), Map.entry("textit", "i"), Map.entry("mkbibemph", "i"), Map.entry("textsl", "i"),
            Map.entry("textbf", "b"), Map.entry("mkbibbold", "b"), Map.entry("textsc", "sc"),
            Map.entry("textsuperscript", "sup"), Map.entry("mkbibsuperscript", "sup"),
            Map.entry("textsubscript", "sub"), Map.entry("mkbibsubscript", "sub"));

    /** Declarations that style the rest of their group: {@code {\em text}}. */
    private static final Map<String, String> SWITCHES = Map.ofEntries(
            Map.entry("em", "i"), Map.entry("it", "i"), Map.entry("itshape", "i"), Map.entry("sl", "i"),
            Map.entry("bf", "b"), Map.entry("bfseries", "b"), Map.entry("sc", "sc"), Map.entry("scshape", "sc"));

    private final boolean rich;
    /** Inside {@code $...$}, where {@code _} and {@code ^} make sub- and superscripts. */
    private boolean math;

    private Latex(boolean rich) {
        this.rich = rich;
    }

    static String toUnicode(String latex) {
        return new Latex(false).convert(latex);
    }

    /**
     * As {@link #toUnicode}, but emphasis, bold, small capitals, super- and subscripts stay as
     * the rich text CSL reads in titles ({@code \emph{E. coli}} is {@code <i>E. coli</i>}), as
     * Pandoc reads them. A braced group protects its case from BibTeX's title casing, and so
     * from a style's: it is a nocase span ({@code {p53}} is {@code <span class="nocase">p53</span>}),
     * as Zotero imports it. A group that is a command's argument or starts with a command
     * ({@code {\"u}}, {@code {\ss}}) only spells a character, as in BibTeX.
     */
    static String toRichText(String latex) {
        return new Latex(true).convert(latex);
    }

    /**
     * The commands of {@code latex} without an argument that {@link #toUnicode} leaves out for
     * not knowing them ({@code \\foo} in "The \\foo effect"), each once, in order: the text they
     * stood for is lost, which the author should hear of.
     */
    static List<String> unknownCommands(String latex) {
        List<String> unknown = new ArrayList<>();
        for (int i = latex.indexOf('\\'); i >= 0 && i + 1 < latex.length(); i = latex.indexOf('\\', i)) {
            int end = i + 1;
            while (end < latex.length() && Character.isLetter(latex.charAt(end))) {
                end++;
            }
            String name = latex.substring(i + 1, end);
            int next = skipSpaces(latex, end);
            boolean argument = next < latex.length() && latex.charAt(next) == '{';
            if (!name.isEmpty() && !argument && !ACCENTS.containsKey(name) && !SYMBOLS.containsKey(name)
                    && !SILENT.contains(name) && !unknown.contains(name)) {
                unknown.add(name);
            }
            // "\\\\" and "\\{" are one character each: the next backslash starts no command.
            i = name.isEmpty() ? i + 2 : end;
        }
        return unknown;
    }

    private String convert(String latex) {
        if (latex.indexOf('\\') < 0 && latex.indexOf('{') < 0 && latex.indexOf('-') < 0 && latex.indexOf('~') < 0
                && latex.indexOf('$') < 0 && latex.indexOf('\n') < 0 && latex.indexOf('`') < 0
                && !latex.contains("''")) {
            return latex;
        }
        StringBuilder out = new StringBuilder(latex.length());
        int i = 0;
        int n = latex.length();
        while (i < n) {
            char c = latex.charAt(i);
            String declared = c == '{' && rich ? switched(latex, i + 1) : null;
            if (c == '\\' && i + 1 < n) {
                i = command(latex, i + 1, out);
            } else if (declared != null) {
                int close = closingBrace(latex, i);
                int from = i + 2;
                while (from < close && Character.isLetter(latex.charAt(from))) {
                    from++;
                }
                styled(declared, latex.substring(skipSpaces(latex, from), close), out);
                i = Math.min(close + 1, n);
            } else if (c == '{' && rich && i + 1 < n && latex.charAt(i + 1) != '\\') {
                int close = closingBrace(latex, i);
                protectedCase(latex.substring(i + 1, close), out);
                i = Math.min(close + 1, n);
            } else if (c == '$' && !math && !closedLater(latex, i + 1)) {
                // A '$' that no other closes is a dollar sign: EndNote and Mendeley leave it unescaped ("US$500").
                out.append('$');
                i++;
            } else if (c == '$') {
                math = !math;
                i++;
            } else if (math && (c == '_' || c == '^') && i + 1 < n) {
                i = script(latex, i + 1, c == '_' ? "sub" : "sup", out);
            } else if (c == '{' || c == '}') {
                i++;
            } else if (c == '~') {
                out.append('\u00A0');
                i++;
            } else if (c == '`' && latex.startsWith("``", i)) {
                out.append('“');
                i += 2;
            } else if (c == '\'' && latex.startsWith("''", i)) {
                out.append('”');
                i += 2;
            } else if (c == '`') {
                out.append('‘');
                i++;
            } else if (c == '-' && latex.startsWith("---", i)) {
                out.append('—');
                i += 3;
            } else if (c == '-' && latex.startsWith("--", i)) {
                out.append('–');
                i += 2;
            } else if (Character.isWhitespace(c)) {
                // Line breaks and runs of spaces in a field are one space, as in TeX.
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return Normalizer.normalize(out.toString().strip(), Normalizer.Form.NFC);
    }

    /** Whether a '$' that is no escaped "\\$" comes at or after {@code from}. */
    private static boolean closedLater(String latex, int from) {
        for (int at = latex.indexOf('$', from); at >= 0; at = latex.indexOf('$', at + 1)) {
            if (latex.charAt(at - 1) != '\\') {
                return true;
            }
        }
        return false;
    }

    /**
     * The argument of a math sub- or superscript at {@code i} (a group, a command or one
     * character) as that rich-text tag, or as its bare text in plain text; returns where the
     * text goes on. A superscript circle is the degree sign: "37$^\\circ$C" is "37°C".
     */
    private int script(String s, int i, String tag, StringBuilder out) {
        int end;
        String inner;
        if (s.charAt(i) == '{') {
            int close = closingBrace(s, i);
            inner = s.substring(i + 1, close);
            end = Math.min(close + 1, s.length());
        } else if (s.charAt(i) == '\\') {
            end = i + 1;
            while (end < s.length() && Character.isLetter(s.charAt(end))) {
                end++;
            }
            inner = s.substring(i, end);
        } else {
            end = i + Character.charCount(s.codePointAt(i));
            inner = s.substring(i, end);
        }
        if (tag.equals("sup") && inner.strip().equals("\\circ")) {
            out.append('°');
        } else if (rich) {
            styled(tag, inner, out);
        } else {
            out.append(convert(inner));
        }
        return end;
    }

    /** The tag of a declaration such as {@code \\em} right at {@code i} (after a group's brace), else null. */
    private static String switched(String s, int i) {
        if (i >= s.length() || s.charAt(i) != '\\') {
            return null;
        }
        int end = i + 1;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return SWITCHES.get(s.substring(i + 1, end));
    }

    /** The index of the brace closing the group opened at {@code open}, or the text's end. */
    private static int closingBrace(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return s.length();
    }

    private void styled(String tag, String inner, StringBuilder out) {
        String text = convert(inner);
        if (!text.isEmpty()) {
            out.append('<').append(tag).append('>').append(text).append("</").append(tag).append('>');
        }
    }

    /** A group's text in a nocase span; one that holds no letter has no case to keep, so it needs none. */
    private void protectedCase(String inner, StringBuilder out) {
        String text = convert(inner);
        if (RichText.plain(text).codePoints().anyMatch(Character::isLetter)) {
            out.append("<span class=\"nocase\">").append(text).append("</span>");
        } else {
            out.append(text);
        }
    }

    /** Reads the command after a backslash at {@code i}; returns where the text goes on. */
    private int command(String s, int i, StringBuilder out) {
        char c = s.charAt(i);
        if (!Character.isLetter(c)) {
            String accent = String.valueOf(c);
            if (ACCENTS.containsKey(accent)) {
                return accented(s, i + 1, ACCENTS.get(accent), out);
            }
            String space = SPACES.get(c);
            if (space != null) {
                // Beside a space already written it adds none: a field is one line with single spaces.
                if (!(space.equals(" ") && out.length() > 0 && out.charAt(out.length() - 1) == ' ')) {
                    out.append(space);
                }
                return i + 1;
            }
            // \& \% \$ \# \_ \{ and \} are the character itself.
            out.append(c);
            return i + 1;
        }
        int end = i;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        String name = s.substring(i, end);
        if (name.length() == 1 && ACCENTS.containsKey(name)) {
            return accented(s, skipSpaces(s, end), ACCENTS.get(name), out);
        }
        String symbol = SYMBOLS.get(name);
        if (symbol != null) {
            out.append(symbol);
            // "{\ss}" and "\ss{}" end the command; a following space only separates it.
            if (end < s.length() && s.startsWith("{}", end)) {
                return end + 2;
            }
            return end < s.length() && s.charAt(end) == ' ' ? end + 1 : end;
        }
        // Formatting commands such as emph, textit and textbf: their argument is the text.
        int argument = skipSpaces(s, end);
        String tag = STYLES.get(name);
        if ((name.equals("mkbibquote") || name.equals("enquote")) && argument < s.length() && s.charAt(argument) == '{') {
            int close = closingBrace(s, argument);
            out.append('“').append(convert(s.substring(argument + 1, close))).append('”');
            return Math.min(close + 1, s.length());
        }
        if (rich && tag != null && argument < s.length() && s.charAt(argument) == '{') {
            int close = closingBrace(s, argument);
            styled(tag, s.substring(argument + 1, close), out);
            return Math.min(close + 1, s.length());
        }
        if (rich && argument < s.length() && s.charAt(argument) == '{') {
            // An unknown command's argument is its text, not a group that keeps its case.
            int close = closingBrace(s, argument);
            out.append(convert(s.substring(argument + 1, close)));
            return Math.min(close + 1, s.length());
        }
        return argument;
    }

    /** A letter, "{x}" or "{\i}" after an accent command, with the combining mark appended. */
    private static int accented(String s, int i, char mark, StringBuilder out) {
        if (i >= s.length()) {
            return i;
        }
        boolean braced = s.charAt(i) == '{';
        int j = braced ? i + 1 : i;
        String base;
        if (s.startsWith("\\i", j) && (j + 2 >= s.length() || !Character.isLetter(s.charAt(j + 2)))) {
            base = "i";
            j += 2;
        } else if (s.startsWith("\\j", j) && (j + 2 >= s.length() || !Character.isLetter(s.charAt(j + 2)))) {
            base = "j";
            j += 2;
        } else if (j < s.length() && s.charAt(j) != '}') {
            base = String.valueOf(s.charAt(j));
            j++;
        } else {
            base = "";
        }
        if (braced) {
            while (j < s.length() && s.charAt(j) == ' ') {
                j++;
            }
            if (j < s.length() && s.charAt(j) == '}') {
                j++;
            }
        }
        out.append(base).append(mark);
        return j;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
