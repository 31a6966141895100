package org.evidencepress.export;

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
        o.put("id", item.key());
        o.put("type", item.type());
        o.put("title", item.title());
        if (!item.authors().isEmpty()) {
            List<Object> names = new ArrayList<>();
            for (Name name : item.authors()) {
                Map<String, Object> n = new LinkedHashMap<>();
                if (name.literal() != null) {
                    n.put("literal", name.literal());
                } else {
                    n.put("family", name.family());
                    n.put("given", name.given());
                }
                names.add(n);
            }
            o.put("author", names);
        }
        o.put("container-title", item.container());
        if (!item.issued().isEmpty()) {
            o.put("issued", Map.of("date-parts", List.of(item.issued())));
        }
        o.put("publisher", item.publisher());
        o.put("DOI", item.doi());
        o.put("URL", item.url());
        return o;
    }

    public static String write(List<Item> items) {
        return Json.write(items.stream().map(CslJson::object).toList()) + "\n";
    }
}
