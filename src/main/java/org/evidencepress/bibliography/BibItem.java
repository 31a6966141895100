package org.evidencepress.bibliography;

import java.util.List;
import java.util.Map;

/**
 * One work of a bibliography file as a CSL-JSON item (the data model every CSL processor
 * reads), with where it is defined: {@code file} relative to the site folder, 1-based
 * {@code line} and {@code column} of the entry's start.
 */
public record BibItem(String key, Map<String, Object> csl, String file, int line, int column) {

    public String text(String field) {
        Object value = csl.get(field);
        return value == null ? null : value.toString();
    }

    /** The first year of {@code issued}, or null. */
    public Integer year() {
        if (csl.get("issued") instanceof Map<?, ?> date && date.get("date-parts") instanceof List<?> parts
                && !parts.isEmpty() && parts.get(0) instanceof List<?> first && !first.isEmpty()) {
            Object year = first.get(0);
            if (year instanceof Number number) {
                return number.intValue();
            }
            if (year != null && year.toString().strip().matches("-?\\d{1,6}")) {
                return Integer.parseInt(year.toString().strip());
            }
        }
        return null;
    }

    /** The authors' names as they read in running text: given names first. */
    public List<String> authorNames() {
        return CslNames.display(csl.get("author"));
    }

    /** The authors' family names (or corporate names), for narrative citations. */
    public List<String> familyNames() {
        return CslNames.families(csl.get("author"));
    }
}
