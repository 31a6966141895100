package org.evidencepress.export;

import org.evidencepress.frontmatter.SourceEntry;
import org.evidencepress.render.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Items as CSL-JSON, the format citeproc and Zotero read natively. */
public final class CslJson {
    private CslJson() {
    }

    /** The CSL-JSON object of one item, keys in a fixed order. */
    public static Map<String, Object> object(Item item) {
        Map<String, Object> o = new LinkedHashMap<>();
        if (item.details().csl() != null) {
            // A bibliography entry is already CSL-JSON: every field as read, under the key the files share.
            o.put("id", item.key());
            item.details().csl().forEach((field, value) -> o.putIfAbsent(field, withoutOthers(value)));
            return o;
        }
        o.put("id", item.key());
        o.put("type", item.type());
        o.put("title", item.title());
        names(o, "author", item.authors());
        names(o, "editor", item.details().editors());
        o.put("container-title", item.container());
        if (!item.issued().isEmpty()) {
            o.put("issued", Map.of("date-parts", List.of(item.issued())));
        }
        Item.Details d = item.details();
        o.put("volume", d.volume());
        o.put("issue", d.issue());
        o.put("page", d.pages());
        o.put("edition", d.edition());
        o.put("publisher", item.publisher());
        o.put("publisher-place", d.place());
        o.put("ISBN", d.isbn());
        o.put("ISSN", d.issn());
        o.put("DOI", item.doi());
        o.put("URL", item.url());
        o.put("language", d.language());
        // As references.bib (urldate) and references.ris (Y2) carry it.
        if (DateParts.calendar(d.accessed())) {
            o.put("accessed", Map.of("date-parts", List.of(d.accessed())));
        }
        return o;
    }

    /**
     * A name list without its "et al." (BibTeX's "and others", an "et al." name): Zotero imports
     * {@code {"literal": "others"}} as an author named "others", which its styles then print and
     * Better BibTeX exports as a name in braces. Any other value as it is; null when no name is left.
     */
    private static Object withoutOthers(Object value) {
        if (!(value instanceof List<?> list) || list.stream().noneMatch(CslJson::standsForOthers)) {
            return value;
        }
        List<Object> named = list.stream().filter(name -> !standsForOthers(name)).map(name -> (Object) name).toList();
        return named.isEmpty() ? null : named;
    }

    private static boolean standsForOthers(Object name) {
        return name instanceof Map<?, ?> parts && parts.size() == 1 && parts.get("literal") instanceof String literal
                && SourceEntry.standsForOthers(literal);
    }

    private static void names(Map<String, Object> o, String role, List<Name> names) {
        if (!names.isEmpty()) {
            List<Object> list = new ArrayList<>();
            names.forEach(name -> list.add(name.csl()));
            o.put(role, list);
        }
    }

    public static String write(List<Item> items) {
        return Json.write(items.stream().map(CslJson::object).toList()) + "\n";
    }
}
