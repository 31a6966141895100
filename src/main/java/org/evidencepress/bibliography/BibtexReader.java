package org.evidencepress.bibliography;

import org.evidencepress.diagnostic.Diagnostic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads BibTeX and BibLaTeX as Zotero, Mendeley, EndNote and JabRef write it: {@code @string}
 * macros, {@code #} concatenation, month macros, braced and quoted values. Every entry keeps
 * its position; a malformed entry is reported where it breaks and reading goes on at the
 * next entry, so one typo does not hide the rest of the library.
 */
final class BibtexReader {
    private static final Pattern NEXT_ENTRY = Pattern.compile("\\n[ \\t]*@");
    private static final Pattern FIELD_LINE = Pattern.compile("[ \\t]*[A-Za-z][\\w-]*[ \\t]*=");
    /** The fields whose text a Sources list or a style shows, where a lost word would be missed. */
    private static final Set<String> SHOWN = Set.of("author", "editor", "translator", "title", "subtitle",
            "shorttitle", "titleaddon", "journal", "journaltitle", "journalsubtitle", "booktitle", "booksubtitle",
            "series", "publisher", "institution", "school", "organization", "location", "address", "edition",
            "eventtitle", "venue");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    private final String file;
    private final String text;
    private final TextPositions positions;
    private final List<Diagnostic> problems = new ArrayList<>();
    private final Map<String, String> macros = new HashMap<>();
    /** The keys of entries that broke after their key was read. */
    private final Set<String> unreadable = new HashSet<>();
    private int pos;
    /** The key of the entry being read, once it is known. */
    private String readingKey;

    private BibtexReader(String file, String text) {
        this.file = file;
        this.text = text;
        this.positions = new TextPositions(text);
        for (int m = 0; m < MONTHS.size(); m++) {
            macros.put(MONTHS.get(m), Integer.toString(m + 1));
        }
    }

    static Bibliography read(String file, String text) {
        BibtexReader reader = new BibtexReader(file, text);
        List<BibItem> items = reader.entries();
        return new Bibliography(file, items, List.copyOf(reader.problems), Set.copyOf(reader.unreadable));
    }

    private List<BibItem> entries() {
        List<Entry> read = new ArrayList<>();
        Map<String, Entry> byKey = new HashMap<>();
        while (true) {
            int at = text.indexOf('@', pos);
            if (at < 0) {
                break;
            }
            pos = at;
            readingKey = null;
            try {
                Entry entry = entry();
                if (entry != null) {
                    Entry first = byKey.putIfAbsent(entry.key(), entry);
                    if (first != null) {
                        problems.add(Diagnostic.error(file, entry.line(), entry.column(), "duplicate citation key '"
                                + entry.key() + "' (first defined at line " + first.line() + ")"));
                    } else {
                        read.add(entry);
                    }
                }
            } catch (Malformed e) {
                problems.add(Diagnostic.error(file, positions.line(e.offset), positions.column(e.offset),
                        e.getMessage()));
                if (readingKey != null) {
                    unreadable.add(readingKey);
                }
                Matcher next = NEXT_ENTRY.matcher(text);
                pos = next.find(at + 1) ? next.end() - 1 : text.length();
            }
        }
        // Before a crossref passes a parent's fields on: a bad link is reported once, where it is written.
        read.forEach(this::checkLinks);
        read.forEach(this::checkCommands);
        Map<String, Map<String, String>> resolved = new HashMap<>();
        List<BibItem> items = new ArrayList<>(read.size());
        for (Entry entry : read) {
            Map<String, String> fields = inherited(entry, byKey, resolved, new ArrayList<>());
            items.add(new BibItem(entry.key(), BibtexFields.toCsl(entry.type(), entry.key(), fields,
                    (field, warning) -> problems.add(fieldWarning(entry, field, warning))),
                    file, entry.line(), entry.column()));
        }
        return List.copyOf(items);
    }

    /**
     * The entry's fields completed up its whole crossref chain, as Biber resolves a paper of a
     * volume of a multi-volume set: the parent first takes its own parent's. A chain that comes
     * back to an entry on it is cut there, with a warning at the entry whose crossref closes it.
     */
    private Map<String, String> inherited(Entry entry, Map<String, Entry> byKey,
                                          Map<String, Map<String, String>> resolved, List<String> chain) {
        Map<String, String> done = resolved.get(entry.key());
        if (done != null) {
            return done;
        }
        chain.add(entry.key());
        Map<String, String> fields = entry.fields();
        String parentKey = fields.get("crossref");
        if (parentKey != null) {
            Entry parent = byKey.get(parentKey.strip());
            if (parent == null) {
                problems.add(Diagnostic.warning(file, entry.line(), entry.column(), "entry '" + entry.key()
                        + "' has crossref '" + parentKey.strip() + "', which names no entry of this file"));
            } else if (chain.contains(parent.key())) {
                List<String> loop = new ArrayList<>(chain.subList(chain.indexOf(parent.key()), chain.size()));
                loop.add(parent.key());
                problems.add(Diagnostic.warning(file, entry.line(), entry.column(), "entry '" + entry.key()
                        + "' has crossref '" + parent.key() + "', which closes a loop ("
                        + String.join(" -> ", loop) + "); that crossref is ignored"));
            } else {
                fields = Crossref.inherit(entry.type(), fields, parent.type(),
                        inherited(parent, byKey, resolved, chain));
            }
        }
        chain.remove(chain.size() - 1);
        resolved.put(entry.key(), fields);
        return fields;
    }

    /** A warning at the field it is about, or at the entry (for no field, or one from its crossref parent). */
    private Diagnostic fieldWarning(Entry entry, String field, String warning) {
        Integer at = field == null ? null : entry.fieldOffsets().get(field);
        return at == null ? Diagnostic.warning(file, entry.line(), entry.column(), warning)
                : Diagnostic.warning(file, positions.line(at), positions.column(at), warning);
    }

    /**
     * A command the text of a shown field loses ("The \\foo effect" reads "The effect") is a
     * warning at the field, where the entry writes it: BibTeX would have stopped at it.
     */
    private void checkCommands(Entry entry) {
        entry.fields().forEach((field, value) -> {
            if (SHOWN.contains(field) && value.indexOf('\\') >= 0) {
                for (String name : Latex.unknownCommands(value)) {
                    problems.add(fieldWarning(entry, field, "unknown LaTeX command '\\" + name + "' in " + field
                            + " of entry '" + entry.key() + "' is left out: write the text it stands for"));
                }
            }
        });
    }

    /**
     * Leaves out a {@code doi} that is not a DOI and an address that is not http or https, after
     * an error at it: the {@code url}, or else the {@code \\url{}} of a {@code howpublished}.
     */
    private void checkLinks(Entry entry) {
        for (String field : List.of("doi", "url", "howpublished")) {
            String value = entry.fields().get(field);
            if (field.equals("howpublished")) {
                value = entry.fields().containsKey("url") ? null : BibtexFields.howpublishedUrl(value);
            }
            if (value == null || BibtexFields.verbatim(value).isEmpty()) {
                continue;
            }
            String written = field.equals("doi") ? BibtexFields.verbatim(value)
                    : LinkFields.webAddress(BibtexFields.verbatim(value));
            if (written == null) {
                entry.fields().remove(field);
                continue;
            }
            int at = entry.fieldOffsets().get(field);
            int line = positions.line(at);
            int column = positions.column(at);
            String kept = field.equals("doi") ? LinkFields.doi(written, entry.key(), file, line, column, problems)
                    : LinkFields.url(written, entry.key(), file, line, column, problems);
            if (kept == null) {
                entry.fields().remove(field);
            }
        }
    }

    /**
     * An entry as written: its fields still in LaTeX, before a {@code crossref} fills in its
     * parent's, and the offset in the text of each field's name.
     */
    private record Entry(String type, String key, Map<String, String> fields, Map<String, Integer> fieldOffsets,
                         int line, int column) {
    }

    /** The entry at {@code pos} (an '@'), or null for {@code @string}, {@code @comment}, {@code @preamble}. */
    private Entry entry() throws Malformed {
        int start = pos;
        pos++;
        String type = identifier().toLowerCase(Locale.ROOT);
        if (type.isEmpty()) {
            // A lone '@' outside an entry is comment text in BibTeX.
            return null;
        }
        skipSpace();
        if (pos >= text.length() || text.charAt(pos) != '{' && text.charAt(pos) != '(') {
            if (type.equals("comment")) {
                return null;
            }
            throw new Malformed(pos, "expected '{' after '@" + type + "'");
        }
        char close = text.charAt(pos) == '{' ? '}' : ')';
        int open = pos;
        pos++;
        switch (type) {
            case "comment", "preamble" -> {
                pos = balanced(open, false);
                return null;
            }
            case "string" -> {
                Map<String, String> defined = fields(close, open, "@string", new HashMap<>());
                defined.forEach((name, value) -> macros.put(name, value));
                return null;
            }
            default -> {
            }
        }
        skipSpace();
        int keyStart = pos;
        // A brace ends the key too: "@article{m{\"u}ller," would otherwise be an entry 'm{\"u'
        // closed by the accent's brace, its fields silently dropped.
        while (pos < text.length() && ",{}) \t\r\n".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        String key = text.substring(keyStart, pos);
        skipSpace();
        boolean fieldFirst = !key.isEmpty() && pos < text.length() && text.charAt(pos) == '=';
        if ((key.isEmpty() || fieldFirst) && pos < text.length() && (text.charAt(pos) == ',' || fieldFirst)) {
            // JabRef saves an entry whose key was never set as "@article{," (older tools with no key
            // at all): no citation can name it, which is no reason to stop the whole site.
            pos = fieldFirst ? keyStart : pos + 1;
            Map<String, String> fields = fields(close, open, "@" + type + " without a key", new HashMap<>());
            String title = fields.get("title");
            problems.add(Diagnostic.warning(file, positions.line(keyStart), positions.column(keyStart), "@" + type
                    + " entry" + (title == null ? "" : " '" + Latex.toUnicode(title).strip() + "'")
                    + " has no citation key, so it cannot be cited and is left out: write '@" + type
                    + "{key,' before its fields"));
            return null;
        }
        if (key.isEmpty() || pos >= text.length() || text.charAt(pos) != ',' && text.charAt(pos) != close) {
            throw new Malformed(key.isEmpty() ? keyStart : pos, key.isEmpty()
                    ? "@" + type + " entry has no citation key: write '@" + type + "{key,' before its fields"
                    : pos < text.length() && text.charAt(pos) == '{' ? "citation key '" + key + "' goes on with '{': a"
                    + " key cannot hold braces or LaTeX accents; write it in plain letters, digits and - _ : ."
                    : "expected ',' after the citation key '" + key + "'");
        }
        if (text.charAt(pos) == ',') {
            pos++;
        }
        readingKey = key;
        Map<String, Integer> fieldOffsets = new HashMap<>();
        Map<String, String> fields = fields(close, open, key, fieldOffsets);
        return new Entry(type, key, fields, fieldOffsets, positions.line(start), positions.column(start));
    }

    /**
     * {@code name = value, ...} up to the closing character; values still hold their LaTeX.
     * {@code offsets} hears where each field's name is; {@code open} is where the entry's
     * opening character is.
     */
    private Map<String, String> fields(char close, int open, String entry, Map<String, Integer> offsets)
            throws Malformed {
        Map<String, String> fields = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                // At the opening character, not past the file's last line: a field's unclosed brace
                // often took the entry's own closing one.
                throw new Malformed(open, "entry '" + entry + "' is not closed: the '" + text.charAt(open)
                        + "' here has no '" + close + "' at the entry's end (a field's braces may have taken it)");
            }
            if (text.charAt(pos) == close) {
                pos++;
                return fields;
            }
            int nameAt = pos;
            String name = identifier().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                throw new Malformed(pos, "expected a field name in entry '" + entry + "', found '"
                        + text.charAt(pos) + "'");
            }
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != '=') {
                throw new Malformed(pos < text.length() ? pos : nameAt, "expected '=' after field '" + name
                        + "' in entry '" + entry + "'");
            }
            pos++;
            String value = value(entry);
            fields.putIfAbsent(name, value);
            offsets.putIfAbsent(name, nameAt);
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
            } else if (pos < text.length() && text.charAt(pos) != close) {
                throw new Malformed(pos, "expected ',' or '" + close + "' after field '" + name
                        + "' in entry '" + entry + "'");
            }
        }
    }

    /** A value: braced or quoted text, a number or a macro, joined with '#'. */
    private String value(String entry) throws Malformed {
        StringBuilder out = new StringBuilder();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                throw new Malformed(text.length(), "entry '" + entry + "' ends inside a field value");
            }
            char c = text.charAt(pos);
            if (c == '{') {
                int end = balanced(pos, true);
                out.append(text, pos + 1, end - 1);
                pos = end;
            } else if (c == '"') {
                out.append(quoted());
            } else if (Character.isDigit(c)) {
                int start = pos;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
                out.append(text, start, pos);
            } else if (isIdentifierChar(c)) {
                int at = pos;
                String name = identifier().toLowerCase(Locale.ROOT);
                String macro = macros.get(name);
                if (macro == null) {
                    throw new Malformed(at, "undefined @string macro '" + name + "' in entry '" + entry
                            + "': define it with @string{" + name + " = {...}} or put the value in braces");
                }
                out.append(macro);
            } else {
                throw new Malformed(pos, "expected a field value in entry '" + entry + "', found '" + c + "'");
            }
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == '#') {
                pos++;
            } else {
                return out.toString();
            }
        }
    }

    /** The offset after the brace that closes the one at {@code open} (a field's value, or a whole entry). */
    private int balanced(int open, boolean fieldValue) throws Malformed {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            } else if (c == '@' && startsLine(i) && depth > 0) {
                break;
            } else if (c == '\n' && depth == 1 && fieldValue
                    && FIELD_LINE.matcher(text).region(i + 1, text.length()).lookingAt()) {
                // "name = " on a new line inside a field's value: the value's '}' is missing.
                break;
            }
        }
        throw new Malformed(open, "unbalanced braces: the '{' here is never closed");
    }

    /** Whether only spaces stand before {@code at} on its line: where the next entry would start. */
    private boolean startsLine(int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    private String quoted() throws Malformed {
        int open = pos;
        int depth = 0;
        int outerBrace = -1;
        for (int i = pos + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                outerBrace = depth == 0 ? i : outerBrace;
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '"' && depth == 0) {
                pos = i + 1;
                return text.substring(open + 1, i);
            } else if (c == '@' && startsLine(i)) {
                break;
            } else if (c == '\n' && depth > 0 && FIELD_LINE.matcher(text).region(i + 1, text.length()).lookingAt()) {
                // "name = " on a new line inside a brace of the value: that brace is never closed.
                break;
            }
        }
        if (depth > 0) {
            // "Baz {quoted": the closing '"' is there, inside a brace that never closes.
            throw new Malformed(outerBrace, "unbalanced braces: the '{' here is never closed");
        }
        throw new Malformed(open, "unclosed quoted value: the '\"' here has no closing '\"'");
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && isIdentifierChar(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private static boolean isIdentifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ':' || c == '.' || c == '+' || c == '/';
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '%') {
                // Comment to end of line, as JabRef writes them between fields.
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }
}
