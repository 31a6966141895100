package org.evidencepress.bibliography;

import org.evidencepress.diagnostic.Diagnostic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CSL-JSON (Zotero's "Better CSL JSON" and "CSL JSON" exports, pandoc-citeproc's
 * output): an array of item objects. A small parser of our own, because the items'
 * positions are needed and Zotero indents with tabs, which YAML parsers refuse.
 */
final class CslJsonReader {
    private static final int MAX_DEPTH = 64;

    private final String file;
    private final String text;
    private final TextPositions positions;
    private int pos;

    private CslJsonReader(String file, String text) {
        this.file = file;
        this.text = text;
        this.positions = new TextPositions(text);
    }

    static Bibliography read(String file, String text) {
        return new CslJsonReader(file, text).items();
    }

    private Bibliography items() {
        List<Diagnostic> problems = new ArrayList<>();
        List<CslItems.Located> found = new ArrayList<>();
        try {
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == '\uFEFF') {
                pos++;
                skipSpace();
            }
            if (pos >= text.length() || text.charAt(pos) != '[') {
                throw new Malformed(pos, "a CSL-JSON file must be an array of items: '[ {\"id\": ...}, ... ]'");
            }
            pos++;
            skipSpace();
            if (peek() == ']') {
                pos++;
            } else {
                while (true) {
                    skipSpace();
                    int at = pos;
                    Object value = value(1);
                    found.add(new CslItems.Located(value, positions.line(at), positions.column(at)));
                    skipSpace();
                    char c = peek();
                    pos++;
                    if (c == ']') {
                        break;
                    }
                    if (c != ',') {
                        throw new Malformed(pos - 1, "expected ',' or ']' after an item");
                    }
                }
            }
            skipSpace();
            if (pos < text.length()) {
                throw new Malformed(pos, "unexpected text after the array of items");
            }
        } catch (Malformed e) {
            int at = Math.min(e.offset, text.length());
            problems.add(Diagnostic.error(file, positions.line(at), positions.column(at),
                    "malformed JSON: " + e.getMessage()));
        }
        return CslItems.collect(file, found, problems);
    }

    private char peek() throws Malformed {
        if (pos >= text.length()) {
            throw new Malformed(text.length(), "the file ends too early");
        }
        return text.charAt(pos);
    }

    private Object value(int depth) throws Malformed {
        if (depth > MAX_DEPTH) {
            throw new Malformed(pos, "nested more than " + MAX_DEPTH + " levels deep");
        }
        skipSpace();
        char c = peek();
        switch (c) {
            case '{' -> {
                pos++;
                Map<String, Object> object = new LinkedHashMap<>();
                skipSpace();
                if (peek() == '}') {
                    pos++;
                    return object;
                }
                while (true) {
                    skipSpace();
                    if (peek() != '"') {
                        throw new Malformed(pos, "expected a quoted field name");
                    }
                    String key = string();
                    skipSpace();
                    if (peek() != ':') {
                        throw new Malformed(pos, "expected ':' after \"" + key + "\"");
                    }
                    pos++;
                    object.put(key, value(depth + 1));
                    skipSpace();
                    char next = peek();
                    pos++;
                    if (next == '}') {
                        return object;
                    }
                    if (next != ',') {
                        throw new Malformed(pos - 1, "expected ',' or '}' after the value of \"" + key + "\"");
                    }
                }
            }
            case '[' -> {
                pos++;
                List<Object> list = new ArrayList<>();
                skipSpace();
                if (peek() == ']') {
                    pos++;
                    return list;
                }
                while (true) {
                    list.add(value(depth + 1));
                    skipSpace();
                    char next = peek();
                    pos++;
                    if (next == ']') {
                        return list;
                    }
                    if (next != ',') {
                        throw new Malformed(pos - 1, "expected ',' or ']' in a list");
                    }
                }
            }
            case '"' -> {
                return string();
            }
            default -> {
                return literal();
            }
        }
    }

    private Object literal() throws Malformed {
        int start = pos;
        while (pos < text.length() && "{}[],: \t\r\n".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        String word = text.substring(start, pos);
        switch (word) {
            case "true" -> {
                return Boolean.TRUE;
            }
            case "false" -> {
                return Boolean.FALSE;
            }
            case "null" -> {
                return null;
            }
            default -> {
            }
        }
        if (word.matches("-?(0|[1-9]\\d*)")) {
            return word.length() < 18 ? (Object) Long.parseLong(word) : word;
        }
        if (word.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][-+]?\\d+)?")) {
            return Double.parseDouble(word);
        }
        throw new Malformed(start, word.isEmpty() ? "expected a value, found '" + text.charAt(start) + "'"
                : "expected a value, found '" + word + "'");
    }

    private String string() throws Malformed {
        int open = pos;
        pos++;
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\n') {
                break;
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (pos + 4 > text.length() || !text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
                        throw new Malformed(pos - 2, "bad \\u escape in a string");
                    }
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                case '"', '\\', '/' -> out.append(e);
                default -> throw new Malformed(pos - 2, "bad escape '\\" + e + "' in a string");
            }
        }
        throw new Malformed(open, "unclosed string: the '\"' here has no closing '\"' on its line");
    }

    private void skipSpace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }
}
