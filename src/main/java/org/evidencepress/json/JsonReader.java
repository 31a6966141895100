package org.evidencepress.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON (RFC 8259) into maps (keys in file order), lists, strings, numbers ({@link Long}
 * up to 18 digits, else {@link BigDecimal}, so that numbers are kept exactly), booleans and
 * null. A leading byte-order mark is skipped. Lenient in one way: a control character other
 * than a line break inside a string is kept rather than refused, as hand-edited files have them.
 */
public final class JsonReader {
    private static final int MAX_DEPTH = 200;

    /** Malformed JSON: why, and the 1-based line and column where reading stopped. */
    public static final class Malformed extends Exception {
        private final int line;
        private final int column;

        public Malformed(String message, int line, int column) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** A 1-based line and column. */
    public record Position(int line, int column) {
    }

    /**
     * A value of a top-level array and the 1-based line and column where it starts; when it
     * is an object, {@code fields} tells where each of its field names is.
     */
    public record Element(Object value, int line, int column, Map<String, Position> fields) {
    }

    /**
     * The elements of a top-level array that could be read, where each malformed one went
     * wrong, and the text of each malformed one (the whole text when it is no array):
     * reading goes on at the next element after a malformed one.
     */
    public record Elements(List<Element> elements, List<Malformed> problems, List<String> unread) {
    }

    private final String text;
    private int pos;
    /** The line of {@link #lineStart}, for positions asked in increasing order. */
    private int line = 1;
    private int lineStart;
    private int scanned;
    /** Where the array element being read, or the last one read, starts. */
    private int elementStart;
    /** Where the fields of the array element being read are; null when no element is read. */
    private Map<String, Position> elementFields;

    private JsonReader(String text) {
        this.text = text;
        if (text.startsWith("\uFEFF")) {
            pos = 1;
        }
    }

    /** The one JSON value of {@code text}. */
    public static Object read(String text) throws Malformed {
        JsonReader reader = new JsonReader(text);
        reader.space();
        Object value = reader.value(1);
        reader.end();
        return value;
    }

    /**
     * The elements of {@code text}, which must be a JSON array; {@code notAnArray} is the
     * problem when it is something else. A malformed element is one problem and reading
     * goes on at the next element, so that one typo costs one item, not the rest of the file.
     */
    public static Elements readArray(String text, String notAnArray) {
        JsonReader reader = new JsonReader(text);
        List<Element> found = new ArrayList<>();
        List<Malformed> problems = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        reader.space();
        if (reader.pos >= text.length() || text.charAt(reader.pos) != '[') {
            return new Elements(List.of(), List.of(reader.fail(reader.pos, notAnArray)), List.of(text));
        }
        reader.pos++;
        reader.elementStart = reader.pos;
        while (true) {
            try {
                reader.elements(found);
                reader.end();
                break;
            } catch (Malformed e) {
                problems.add(e);
                int next = nextElement(text, reader.elementStart);
                unread.add(text.substring(reader.elementStart, next < 0 ? text.length() : next));
                if (next < 0) {
                    break;
                }
                reader.pos = next;
            }
        }
        return new Elements(List.copyOf(found), List.copyOf(problems), List.copyOf(unread));
    }

    /** Reads the elements from {@link #pos} up to and with the array's closing ']'. */
    private void elements(List<Element> found) throws Malformed {
        space();
        if (peek() == ']') {
            pos++;
            return;
        }
        while (true) {
            space();
            elementStart = pos;
            // Asked before its fields': positions are cheap only in increasing order.
            int[] position = position(pos);
            elementFields = new LinkedHashMap<>();
            Object value = value(2);
            found.add(new Element(value, position[0], position[1], Map.copyOf(elementFields)));
            space();
            char c = peek();
            pos++;
            if (c == ']') {
                return;
            }
            if (c != ',') {
                throw fail(pos - 1, "expected ',' or ']' after an item");
            }
        }
    }

    /**
     * Where the element after a malformed one starts: the next '{' directly inside the
     * array, outside strings; or a '{' inside an object anywhere but after a ':', which no
     * valid JSON has, as when an item was left without its closing '}' and the next one
     * follows. -1 when the array ends first. Scanning from the malformed
     * element's start rather than from where reading failed keeps its own nested objects
     * from being taken for elements. A string ends at its line's end here too, as
     * {@link #string()} reads it.
     */
    private static int nextElement(String text, int from) {
        // The containers open at each point, the array's '[' first.
        StringBuilder open = new StringBuilder("[");
        char last = 0;
        boolean inString = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"' || c == '\n' || c == '\r') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> inString = true;
                case '{' -> {
                    boolean nextInArray = open.length() == 1 && i > from;
                    boolean noValueOfObject = open.charAt(open.length() - 1) == '{' && last != ':';
                    if (nextInArray || noValueOfObject) {
                        return i;
                    }
                    open.append('{');
                }
                case '[' -> open.append('[');
                case '}', ']' -> {
                    open.setLength(open.length() - 1);
                    if (open.length() == 0) {
                        return -1;
                    }
                }
                default -> {
                }
            }
            if (" \t\r\n".indexOf(c) < 0) {
                last = c;
            }
        }
        return -1;
    }

    private void end() throws Malformed {
        space();
        if (pos < text.length()) {
            throw fail(pos, "unexpected text after the JSON value");
        }
    }

    private Object value(int depth) throws Malformed {
        if (depth > MAX_DEPTH) {
            throw fail(pos, "nested more than " + MAX_DEPTH + " levels deep");
        }
        space();
        return switch (peek()) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            default -> literal();
        };
    }

    private Map<String, Object> object(int depth) throws Malformed {
        pos++;
        Map<String, Object> object = new LinkedHashMap<>();
        space();
        if (peek() == '}') {
            pos++;
            return object;
        }
        while (true) {
            space();
            if (peek() != '"') {
                throw fail(pos, "expected a quoted field name");
            }
            int keyAt = pos;
            String key = string();
            if (depth == 2 && elementFields != null) {
                int[] position = position(keyAt);
                elementFields.put(key, new Position(position[0], position[1]));
            }
            space();
            if (peek() != ':') {
                throw fail(pos, "expected ':' after \"" + key + "\"");
            }
            pos++;
            object.put(key, value(depth + 1));
            space();
            char next = peek();
            if (next == '}') {
                pos++;
                return object;
            }
            if (next != ',') {
                throw fail(pos, "expected ',' or '}' after the value of \"" + key + "\"");
            }
            pos++;
        }
    }

    private List<Object> array(int depth) throws Malformed {
        pos++;
        List<Object> list = new ArrayList<>();
        space();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            list.add(value(depth + 1));
            space();
            char next = peek();
            if (next == ']') {
                pos++;
                return list;
            }
            if (next != ',') {
                throw fail(pos, "expected ',' or ']' in a list");
            }
            pos++;
        }
    }

    /** true, false, null or a number; anything else is named in the problem. */
    private Object literal() throws Malformed {
        int start = pos;
        char first = text.charAt(pos);
        if (first != '-' && !Character.isLetterOrDigit(first)) {
            throw fail(start, "unexpected character '" + first + "'");
        }
        while (pos < text.length() && "{}[],:\" \t\r\n".indexOf(text.charAt(pos)) < 0) {
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
        if (word.matches("-?(0|[1-9]\\d{0,17})")) {
            return Long.parseLong(word);
        }
        if (word.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][-+]?\\d+)?")) {
            return new BigDecimal(word);
        }
        throw fail(start, "expected a value, found '" + (word.length() > 20 ? word.substring(0, 20) + "..." : word)
                + "'");
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
            if (c == '\n' || c == '\r') {
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
                        throw fail(pos - 2, "bad \\u escape in a string: it needs four hex digits");
                    }
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                case '"', '\\', '/' -> out.append(e);
                default -> throw fail(pos - 2, "bad escape '\\" + e + "' in a string");
            }
        }
        throw fail(open, "unclosed string: the '\"' here has no closing '\"' on its line");
    }

    private char peek() throws Malformed {
        if (pos >= text.length()) {
            throw fail(text.length(), "the text ends too early");
        }
        return text.charAt(pos);
    }

    private void space() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private Malformed fail(int offset, String message) {
        int[] position = position(Math.min(offset, text.length()));
        return new Malformed(message, position[0], position[1]);
    }

    /** Line and column of {@code offset}; scans on from the last position asked when it is later. */
    private int[] position(int offset) {
        if (offset < scanned) {
            line = 1;
            lineStart = 0;
            scanned = 0;
        }
        for (; scanned < offset; scanned++) {
            if (text.charAt(scanned) == '\n') {
                line++;
                lineStart = scanned + 1;
            }
        }
        return new int[]{line, offset - lineStart + 1};
    }
}
