package org.evidencepress.bibliography;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A date field of a CSL-JSON or CSL-YAML item as CSL processors can read it. citeproc-js
 * prints what it is given: a month 13 as a season, "19x7" as "19 C.E.", {@code true} as
 * "true". So a date is kept as far as it is one, and what is not is named in a warning.
 */
final class CslDates {
    private static final String HOW = "write it as \"date-parts\": [[2019, 3, 15]] or \"2019-03-15\"";

    /** The date to keep (null: the item is left without it) and what is wrong with it (null: nothing). */
    record Read(Object date, String problem) {
    }

    private CslDates() {
    }

    /** {@code value} of the date field {@code field} as written. */
    static Read read(String field, Object value) {
        if (value instanceof Map<?, ?> date) {
            Object parts = date.get("date-parts");
            if (parts instanceof List<?> ends) {
                return fromParts(field, ends, date, null);
            }
            if (parts != null) {
                // "date-parts": "2020" is a date written in the wrong place: read as the text it is.
                return fromText(field, parts.toString());
            }
            if (date.get("raw") instanceof String raw && CslItems.edtf(raw) != null) {
                Read read = fromText(field, raw);
                return read.problem() == null ? new Read(value, null) : read;
            }
            // citeproc-js reads a raw date of its own ("March 2019"); a literal is text by intent.
            if (date.get("raw") != null || date.get("literal") != null) {
                return new Read(value, null);
            }
            Map<String, Object> legacy = legacyDate(List.of(date));
            return legacy != null ? fromParts(field, (List<?>) legacy.get("date-parts"), legacy, null)
                    : notADate(field, value);
        }
        if (value instanceof List<?> list) {
            Map<String, Object> legacy = legacyDate(list);
            return legacy != null ? fromParts(field, (List<?>) legacy.get("date-parts"), legacy, null)
                    : notADate(field, value);
        }
        if (value instanceof String || value instanceof Number) {
            return fromText(field, value.toString());
        }
        return notADate(field, value);
    }

    /**
     * EDTF text as date-parts, kept as far as it is a date; text that is no date at all is
     * kept as a literal, as Pandoc reads it, with a warning when it looks meant as one.
     */
    private static Read fromText(String field, String text) {
        Map<String, Object> date = CslItems.dateParts(text);
        if (date.get("date-parts") instanceof List<?> ends) {
            return fromParts(field, ends, date, "'" + text.strip() + "'");
        }
        String problem = text.matches(".*\\d.*") ? field + " '" + text.strip() + "' is not a date; " + HOW
                + " (it is kept as text, as written)" : null;
        return new Read(date, problem);
    }

    /**
     * Each end of a date (two for a range) up to its first part that cannot be; none when a
     * year is no number. The problem names the date as {@code written}, or else its parts.
     */
    private static Read fromParts(String field, List<?> ends, Map<?, ?> date, String written) {
        List<Object> kept = new ArrayList<>();
        String problem = null;
        boolean seasons = false;
        for (Object end : ends) {
            if (!(end instanceof List<?> parts)) {
                return notADate(field, ends);
            }
            String named = written != null ? written : shown(parts);
            List<Integer> numbers = new ArrayList<>();
            for (Object part : parts.subList(0, Math.min(parts.size(), 3))) {
                // Crossref writes "date-parts": [[null]] for a work it has no date for: no date, no slip.
                if (part == null || part instanceof String text && text.isBlank()) {
                    break;
                }
                Integer number = number(part);
                if (number == null) {
                    if (numbers.isEmpty()) {
                        return notADate(field, parts);
                    }
                    problem = problem != null ? problem : field + " " + named + " has no "
                            + (numbers.size() == 1 ? "month " : "day ") + shown(part) + "; read as far as it is a date";
                    break;
                }
                numbers.add(number);
            }
            if (written == null && numbers.size() == 2 && numbers.get(1) >= 13 && numbers.get(1) <= 16) {
                // Date-parts' month 13-16 is citeproc-js's season (Better BibTeX writes a quarterly's "Spring
                // 2019" so; EDTF text has 21-24); it is held as 21-24, as seasons read from other formats are.
                numbers.set(1, numbers.get(1) + 8);
                seasons = true;
            }
            List<Integer> valid = BibtexFields.validParts(numbers);
            if (valid.size() < numbers.size() && problem == null) {
                problem = field + " " + named + " has no " + (valid.size() == 1 ? "month " + numbers.get(1)
                        : "day " + numbers.get(2)) + "; read as far as it is a date";
            }
            kept.add(seasons ? List.copyOf(valid)
                    : valid.size() < parts.size() ? List.copyOf(parts.subList(0, valid.size())) : parts);
        }
        boolean reshaped = seasons;
        if (kept.size() == 2 && ((List<?>) kept.get(0)).size() != ((List<?>) kept.get(1)).size()) {
            // citeproc-js stops at a range whose ends have different parts ("element mismatch in
            // date range input"), and every citation of the page with it.
            List<?> start = (List<?>) kept.get(0);
            List<?> end = (List<?>) kept.get(1);
            if (end.isEmpty()) {
                // An open end, as Crossref writes [[2019, 5], [null]].
                kept.remove(1);
            } else if (!start.isEmpty()) {
                int common = Math.min(start.size(), end.size());
                kept.set(0, List.copyOf(start.subList(0, common)));
                kept.set(1, List.copyOf(end.subList(0, common)));
                problem = problem != null ? problem : field + " " + (written != null ? written
                        : shown(start) + " to " + shown(end)) + ": the ends of a range must be equally precise for"
                        + " CSL processors; read as " + shown(kept.get(0)) + " to " + shown(kept.get(1));
            }
            reshaped = true;
        }
        if (problem == null && !reshaped) {
            return new Read(date, null);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        date.forEach((k, v) -> out.put(k.toString(), v));
        out.put("date-parts", List.copyOf(kept));
        return new Read(out, problem);
    }

    private static Read notADate(String field, Object value) {
        return new Read(null, field + " " + shown(value) + " is not a date; " + HOW + " (the item is left without it)");
    }

    /** A whole number (CSL-JSON allows "2018" for 2018) in the range a date's parts can have, or null. */
    private static Integer number(Object part) {
        String text = part instanceof Number || part instanceof String ? part.toString().strip() : "";
        return text.matches("-?\\d{1,6}") ? Integer.valueOf(text) : null;
    }

    /** A value as the file writes it: text quoted, lists in brackets. */
    private static String shown(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(CslDates::shown).collect(Collectors.joining(", ", "[", "]"));
        }
        return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
    }

    /**
     * Pandoc-citeproc's older CSL-YAML date, a list of mappings ({@code issued: [{year: 2010,
     * month: 5}]}, two for a range) or one mapping ({@code issued: {year: 1997}}), as
     * date-parts; null when it is not one.
     */
    private static Map<String, Object> legacyDate(List<?> list) {
        List<List<Integer>> all = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> date)) {
                return null;
            }
            Integer year = number(date.get("year"));
            if (year == null) {
                return null;
            }
            List<Integer> parts = new ArrayList<>(List.of(year));
            Integer month = number(date.get("month"));
            if (month != null) {
                parts.add(month);
                Integer day = number(date.get("day"));
                if (day != null) {
                    parts.add(day);
                }
            }
            all.add(List.copyOf(parts));
        }
        if (all.isEmpty() || all.size() > 2) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("date-parts", List.copyOf(all));
        return out;
    }
}
