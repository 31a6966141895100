package org.evidencepress.bibliography;

import java.util.ArrayList;
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
        List<Integer> parts = dateParts(date);
        if (!parts.isEmpty()) {
            return parts.get(0);
        }
        Object text = date.get("raw") != null ? date.get("raw") : date.get("literal");
        Matcher found = text == null ? null : YEAR_IN_TEXT.matcher(text.toString());
        return found != null && found.find() ? Integer.parseInt(found.group()) : null;
    }

    /**
     * The first date parts of a CSL date ({@code {"date-parts": [[2016, 1, 5]]}}) as numbers,
     * up to the first that is not one (numbers may be written as text); empty when there are none.
     */
    public static List<Integer> dateParts(Object cslDate) {
        return dateParts(cslDate, 0);
    }

    /** The date parts of a range's end ({@code [[2019, 3], [2019, 4]]}), as {@link #dateParts(Object)}; empty for one date. */
    public static List<Integer> rangeEnd(Object cslDate) {
        return dateParts(cslDate, 1);
    }

    private static List<Integer> dateParts(Object cslDate, int end) {
        Object written = cslDate instanceof Map<?, ?> date ? date.get("date-parts") : null;
        if (written == null && cslDate instanceof Map<?, ?> date && date.get("raw") instanceof String raw) {
            // An EDTF "raw" date ("2018-05"), which citeproc-js reads as its parts and the downloads must too.
            written = CslItems.edtf(raw);
        }
        if (!(written instanceof List<?> parts && parts.size() > end && parts.get(end) instanceof List<?> first)) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (Object part : first) {
            if (part instanceof Number number && out.size() < 3) {
                out.add(number.intValue());
            } else if (part != null && part.toString().strip().matches("-?\\d{1,6}") && out.size() < 3) {
                out.add(Integer.parseInt(part.toString().strip()));
            } else {
                break;
            }
        }
        return List.copyOf(out);
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
