package org.evidencepress.bibliography;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One work of a bibliography file as a CSL-JSON item (the data model every CSL processor
 * reads), with where it is defined: {@code file} relative to the site folder, 1-based
 * {@code line} and {@code column} of the entry's start.
 */
public record BibItem(String key, Map<String, Object> csl, String file, int line, int column) {
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

    public String text(String field) {
        Object value = csl.get(field);
        return value == null ? null : value.toString();
    }

    /** The first year of {@code issued} (from its date parts, else the first year its raw or literal text names), or null. */
    public Integer year() {
        if (!(csl.get("issued") instanceof Map<?, ?> date)) {
            return null;
        }
        if (date.get("date-parts") instanceof List<?> parts && !parts.isEmpty() && parts.get(0) instanceof List<?> first
                && !first.isEmpty()) {
            Object year = first.get(0);
            if (year instanceof Number number) {
                return number.intValue();
            }
            if (year != null && year.toString().strip().matches("-?\\d{1,6}")) {
                return Integer.parseInt(year.toString().strip());
            }
            return null;
        }
        Object text = date.get("raw") != null ? date.get("raw") : date.get("literal");
        Matcher found = text == null ? null : YEAR_IN_TEXT.matcher(text.toString());
        return found != null && found.find() ? Integer.parseInt(found.group()) : null;
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
