package org.evidencepress.bibliography;

import org.evidencepress.diagnostic.Diagnostic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks and completes items read from CSL-JSON or CSL-YAML. */
final class CslItems {
    private static final List<String> DATE_FIELDS = List.of("issued", "accessed", "original-date", "event-date",
            "submitted");

    private CslItems() {
    }

    /** A parsed item value and where it starts. */
    record Located(Object value, int line, int column) {
    }

    static Bibliography collect(String file, List<Located> found, List<Diagnostic> problems) {
        List<BibItem> items = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Located located : found) {
            if (!(located.value() instanceof Map<?, ?> map)) {
                problems.add(Diagnostic.error(file, located.line(), located.column(),
                        "each item must be an object with an \"id\" and the work's fields"));
                continue;
            }
            // Zotero's own export gives its library address as "id" and the citation key apart.
            Object id = map.get("citation-key") instanceof String key && !key.isBlank() ? key : map.get("id");
            if (id == null || id instanceof Map || id instanceof List || id.toString().isBlank()) {
                problems.add(Diagnostic.error(file, located.line(), located.column(),
                        "item has no \"id\": give it the citation key authors write after '@'"));
                continue;
            }
            String key = id.toString().strip();
            Integer first = seen.putIfAbsent(key, located.line());
            if (first != null) {
                problems.add(Diagnostic.error(file, located.line(), located.column(),
                        "duplicate citation key '" + key + "' (first defined at line " + first + ")"));
                continue;
            }
            Map<String, Object> csl = new LinkedHashMap<>();
            map.forEach((k, v) -> csl.put(k.toString(), v));
            csl.put("id", key);
            csl.putIfAbsent("type", "article-journal");
            for (String field : DATE_FIELDS) {
                Object date = csl.get(field);
                if (date != null && !(date instanceof Map)) {
                    csl.put(field, dateParts(date.toString()));
                }
            }
            items.add(new BibItem(key, csl, file, located.line(), located.column()));
        }
        return new Bibliography(file, List.copyOf(items), List.copyOf(problems));
    }

    /** "2016", "2016-01" or "2016-01-05" (EDTF, as pandoc writes CSL-YAML) as date-parts; else a literal. */
    static Map<String, Object> dateParts(String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        String start = text.strip().split("/")[0];
        if (start.matches("-?\\d{1,4}(-\\d{1,2}(-\\d{1,2})?)?")) {
            List<Integer> parts = new ArrayList<>();
            boolean negative = start.startsWith("-");
            for (String piece : (negative ? start.substring(1) : start).split("-")) {
                parts.add(Integer.parseInt(piece));
            }
            if (negative) {
                parts.set(0, -parts.get(0));
            }
            out.put("date-parts", List.of(List.copyOf(parts)));
        } else {
            out.put("literal", text.strip());
        }
        return out;
    }
}
