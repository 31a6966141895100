package org.evidencepress.doifetch;

import org.evidencepress.export.CiteKeys;
import org.evidencepress.export.Name;
import org.evidencepress.integrity.Doi;
import org.evidencepress.json.JsonReader;
import org.evidencepress.render.Json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSL-JSON bibliography file as a list of items, each with a readable {@code id}; its
 * DOIs are known so that a work is never added twice. A new id is also free among the keys
 * defined elsewhere in the scope where it will be looked up.
 */
public final class Library {
    private final List<Map<String, Object>> items;
    /** The file's text as read (null for a new library), and how many of the items come from it. */
    private final String original;
    private final int originalCount;
    private final Map<String, String> keysByDoi = new HashMap<>();
    private final CiteKeys keys;

    private Library(List<Map<String, Object>> items, String original, Collection<String> keysElsewhere) {
        this.items = items;
        this.original = original;
        this.originalCount = items.size();
        List<String> ids = new ArrayList<>(keysElsewhere);
        for (Map<String, Object> item : items) {
            if (item.get("id") != null) {
                ids.add(item.get("id").toString());
            }
            if (item.get("DOI") instanceof String doi && item.get("id") != null) {
                keysByDoi.putIfAbsent(Doi.key(Doi.normalise(doi)), item.get("id").toString());
            }
        }
        this.keys = new CiteKeys(ids);
    }

    /** A library with no items yet, whose new keys avoid {@code keysElsewhere}. */
    public static Library empty(Collection<String> keysElsewhere) {
        return new Library(new ArrayList<>(), null, keysElsewhere);
    }

    /**
     * The library in {@code text}: a JSON array of objects, or the reason it is not. Its new
     * keys avoid {@code keysElsewhere} as well as its own ids.
     */
    public static Library parse(String text, Collection<String> keysElsewhere) throws JsonReader.Malformed {
        JsonReader.Elements read = JsonReader.readArray(text, "a CSL-JSON library is an array of items, [ {...}, ... ]");
        // A library this command writes back must be read whole: the first problem stops it.
        if (!read.problems().isEmpty()) {
            throw read.problems().get(0);
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (JsonReader.Element element : read.elements()) {
            if (!(element.value() instanceof Map<?, ?>)) {
                throw new JsonReader.Malformed("every item of a CSL-JSON library is an object", element.line(),
                        element.column());
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) element.value();
            items.add(item);
        }
        return new Library(items, text, keysElsewhere);
    }

    /** The key of the item with this DOI, or null when the library has none. */
    public String keyOf(String doi) {
        return keysByDoi.get(Doi.key(doi));
    }

    /**
     * Adds a fetched item under a new readable key ({@code miller2016}, {@code miller2016a}, ...)
     * with its DOI as asked for; returns the key.
     */
    public String add(String doi, Map<String, Object> fetched) {
        Map<String, Object> item = new java.util.LinkedHashMap<>();
        String key = keys.unique(CiteKeys.base(firstAuthor(fetched), year(fetched)));
        item.put("id", key);
        fetched.forEach((k, v) -> {
            if (!k.equals("id")) {
                item.put(k, v);
            }
        });
        if (!(item.get("DOI") instanceof String)) {
            item.put("DOI", doi);
        }
        items.add(item);
        keysByDoi.put(Doi.key(doi), key);
        if (item.get("DOI") instanceof String given) {
            keysByDoi.putIfAbsent(Doi.key(Doi.normalise(given)), key);
        }
        return key;
    }

    private static Name firstAuthor(Map<String, Object> item) {
        for (String role : List.of("author", "editor")) {
            if (item.get(role) instanceof List<?> names && !names.isEmpty() && names.get(0) instanceof Map<?, ?> n) {
                if (n.get("family") instanceof String family) {
                    return new Name(family, null, null);
                }
                if (n.get("literal") instanceof String literal) {
                    return Name.literal(literal);
                }
            }
        }
        return null;
    }

    private static Integer year(Map<String, Object> item) {
        for (String field : List.of("issued", "published-print", "published-online", "created")) {
            if (item.get(field) instanceof Map<?, ?> date && date.get("date-parts") instanceof List<?> parts
                    && !parts.isEmpty() && parts.get(0) instanceof List<?> first && !first.isEmpty()) {
                Object y = first.get(0);
                if (y instanceof Number n) {
                    return n.intValue();
                }
                if (y instanceof String s && s.matches("\\d{1,4}")) {
                    return Integer.parseInt(s);
                }
            }
        }
        return null;
    }

    public int size() {
        return items.size();
    }

    /**
     * The file's text: a JSON array with one item per line, so that changes read well in a diff.
     * A file that was read keeps its text as it was, nulls, order and layout of its items
     * included (read back and written, they would lose what the reader leaves out); the new
     * items go before its closing bracket.
     */
    public String text() {
        List<Map<String, Object>> added = items.subList(originalCount, items.size());
        if (original == null) {
            return "[" + lines(added, "\n") + (added.isEmpty() ? "]\n" : "\n]\n");
        }
        if (added.isEmpty()) {
            return original;
        }
        // The array was read whole, so its text ends with its closing bracket and perhaps white space.
        int close = original.stripTrailing().length() - 1;
        return original.substring(0, close).stripTrailing() + lines(added, originalCount == 0 ? "\n" : ",\n")
                + "\n]" + original.substring(close + 1);
    }

    /** The items one a line, each after a comma and a line break but the first after {@code first}. */
    private static String lines(List<Map<String, Object>> items, String first) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? first : ",\n").append(Json.write(items.get(i)));
        }
        return out.toString();
    }
}
