package org.evidencepress.bibliography;

import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.json.JsonReader;
import org.evidencepress.spelling.Suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks and completes items read from CSL-JSON or CSL-YAML. */
final class CslItems {
    private static final List<String> DATE_FIELDS = List.of("issued", "accessed", "original-date", "event-date",
            "submitted");
    /** CSL 1.0.2's item types. */
    private static final Set<String> TYPES = Set.of("article", "article-journal", "article-magazine",
            "article-newspaper", "bill", "book", "broadcast", "chapter", "classic", "collection", "dataset",
            "document", "entry", "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing",
            "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score",
            "pamphlet", "paper-conference", "patent", "performance", "periodical", "personal_communication", "post",
            "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech",
            "standard", "thesis", "treaty", "webpage");
    /** The parts of a CSL name that are flags, not text. */
    private static final Set<String> NAME_FLAGS = Set.of("parse-names", "comma-suffix", "static-ordering");
    /** CSL's name variables: lists of names. */
    private static final Set<String> NAME_FIELDS = Set.of("author", "editor", "translator", "container-author",
            "collection-editor", "composer", "director", "interviewer", "recipient", "reviewed-author",
            "editorial-director", "illustrator", "original-author", "chair", "compiler", "contributor", "curator",
            "executive-producer", "guest", "host", "narrator", "organizer", "performer", "producer",
            "script-writer", "series-creator");
    /** CSL's text and number variables that reference managers fill: single values. */
    private static final Set<String> TEXT_FIELDS = Set.of("title", "title-short", "container-title",
            "container-title-short", "collection-title", "publisher", "publisher-place", "page", "page-first",
            "volume", "issue", "number", "edition", "DOI", "URL", "ISBN", "ISSN", "PMID", "PMCID", "abstract",
            "note", "genre", "event", "event-title", "event-place", "medium", "language", "source", "status",
            "section", "version", "number-of-pages", "number-of-volumes", "chapter-number", "collection-number",
            "original-title", "original-publisher", "original-publisher-place", "reviewed-title", "part-number",
            "supplement-number", "authority", "archive", "archive_location", "call-number", "dimensions",
            "jurisdiction", "keyword", "references", "scale", "type");

    private CslItems() {
    }

    /** A parsed item value, where it starts, and where each of its fields is (when the reader knows). */
    record Located(Object value, int line, int column, Map<String, JsonReader.Position> fields) {
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
            map.forEach((k, v) -> {
                Object value = usable(k.toString(), v);
                if (value != null) {
                    csl.put(k.toString(), value);
                } else if (v != null && !(v instanceof String text && text.isBlank())
                        && !(v instanceof List<?> list && list.isEmpty())) {
                    problems.add(Diagnostic.warning(file, located.line(), located.column(), "item '" + key
                            + "': field '" + k + "' is not " + (NAME_FIELDS.contains(k.toString()) ? "a list of names"
                            : "text or a number") + "; it is left out"));
                }
            });
            csl.put("id", key);
            if (csl.get("page") instanceof String page) {
                csl.put("page", pageRange(page));
            }
            checkLink(csl, "DOI", key, file, located, problems);
            checkLink(csl, "URL", key, file, located, problems);
            csl.putIfAbsent("type", "article-journal");
            if (!TYPES.contains(csl.get("type").toString())) {
                // A style formats by type: one it does not know is formatted as the generic kind.
                JsonReader.Position at = located.fields().getOrDefault("type",
                        new JsonReader.Position(located.line(), located.column()));
                problems.add(Diagnostic.warning(file, at.line(), at.column(), "item '" + key + "': type '"
                        + csl.get("type") + "' is not a CSL type; it is read as 'document'"
                        + Optional.ofNullable(Suggest.closest(csl.get("type").toString(), TYPES))
                                .map(near -> " (did you mean '" + near + "'?)").orElse("")));
                csl.put("type", "document");
            }
            for (String field : DATE_FIELDS) {
                if (csl.get(field) == null) {
                    continue;
                }
                CslDates.Read date = CslDates.read(field, csl.get(field));
                if (date.problem() != null) {
                    JsonReader.Position at = located.fields().getOrDefault(field,
                            new JsonReader.Position(located.line(), located.column()));
                    problems.add(Diagnostic.warning(file, at.line(), at.column(),
                            "item '" + key + "': " + date.problem()));
                }
                if (date.date() == null) {
                    csl.remove(field);
                } else {
                    csl.put(field, date.date());
                }
            }
            items.add(new BibItem(key, csl, file, located.line(), located.column()));
        }
        return new Bibliography(file, List.copyOf(items), List.copyOf(problems));
    }

    /**
     * A page field with BibTeX's range "629--634", as Better BibTeX writes it in CSL-JSON and
     * reference managers in RIS, as one range: citeproc-js would print both hyphens, and the
     * .bib reader already reads it as "629-634".
     */
    static String pageRange(String page) {
        return DOUBLE_HYPHEN.matcher(page).replaceAll("-");
    }

    private static final Pattern DOUBLE_HYPHEN = Pattern.compile("\\s*-{2,}\\s*");

    /**
     * Zotero and Crossref write the bare DOI, hand-made files often the resolver address: it
     * is normalised. A DOI that is not one, or an address that is not http or https, is left
     * out after an error at the field (at the item when its place is unknown).
     */
    private static void checkLink(Map<String, Object> csl, String field, String key, String file, Located item,
                                  List<Diagnostic> problems) {
        if (csl.get(field) == null) {
            return;
        }
        JsonReader.Position at = item.fields().getOrDefault(field,
                new JsonReader.Position(item.line(), item.column()));
        String written = csl.get(field).toString();
        String kept = field.equals("DOI") ? LinkFields.doi(written, key, file, at.line(), at.column(), problems)
                : LinkFields.url(written, key, file, at.line(), at.column(), problems);
        if (kept == null) {
            csl.remove(field);
        } else {
            csl.put(field, kept);
        }
    }

    /**
     * A field's value as CSL processors read it, or null when there is none: a list where one
     * value belongs (Crossref writes {@code "container-title": ["..."]}) gives its first; a name
     * written as text is a literal name, as Pandoc reads it; a number is its text (CSL-JSON allows
     * {@code "volume": 171}, but citeproc-js matches patterns in every variable and fails on one).
     */
    private static Object usable(String field, Object value) {
        if (value == null) {
            return null;
        }
        if (NAME_FIELDS.contains(field)) {
            List<?> names = value instanceof List<?> list ? list : List.of(value);
            List<Object> out = new ArrayList<>();
            for (Object name : names) {
                if (name instanceof Map<?, ?> parts) {
                    Map<String, Object> kept = new LinkedHashMap<>();
                    parts.forEach((k, v) -> {
                        // A part of a name is text ("given": 5 stopped citeproc-js); only its flags are true or false.
                        if (v instanceof Boolean && NAME_FLAGS.contains(k.toString())) {
                            kept.put(k.toString(), v);
                        } else if (v instanceof String || v instanceof Number || v instanceof Boolean) {
                            kept.put(k.toString(), v.toString());
                        }
                    });
                    if (!kept.isEmpty()) {
                        out.add(kept);
                    }
                } else if (name instanceof String text && !text.isBlank()) {
                    out.add(CslNames.literal(text.strip()));
                } else if (name != null) {
                    return null;
                }
            }
            return out.isEmpty() ? null : List.copyOf(out);
        }
        if (TEXT_FIELDS.contains(field)) {
            Object single = value instanceof List<?> list && !list.isEmpty() ? list.get(0) : value;
            if (single instanceof String || single instanceof Number) {
                return single.toString().isBlank() ? null : single.toString();
            }
            return null;
        }
        return value instanceof Number ? value.toString() : value;
    }

    /**
     * "2016", "2016-01", "2016-01-05" or a range "2001/2002" (EDTF, as pandoc writes CSL-YAML
     * and BibLaTeX its {@code date}) as date-parts; else a literal.
     */
    static Map<String, Object> dateParts(String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<List<Integer>> parts = edtf(text);
        if (parts != null) {
            out.put("date-parts", parts);
        } else {
            out.put("literal", text.strip());
        }
        return out;
    }

    /**
     * An EDTF date or range as CSL's date-parts: one list, or two for a range ("2001-03/2002-04",
     * which citeproc-js prints "2001–2002"); an open end ("2001/..") is left off, as is a time
     * ("2020-05-06T10:00:00"). Null when {@code text} is not such a date.
     */
    static List<List<Integer>> edtf(String text) {
        // EDTF's uncertain and approximate marks ("2019~", "2019-05?") qualify the date; it stands.
        String[] ends = text.strip().replaceAll("[~?%]", "").split("/", -1);
        if (ends.length > 2) {
            return null;
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < ends.length; i++) {
            String end = ends[i].strip();
            if (i == 1 && (end.isEmpty() || end.equals(".."))) {
                break;
            }
            int time = end.indexOf('T');
            String date = time > 0 ? end.substring(0, time) : end;
            if (!date.matches("-?\\d{1,4}(-\\d{1,2}(-\\d{1,2})?)?")) {
                return null;
            }
            List<Integer> parts = new ArrayList<>();
            boolean negative = date.startsWith("-");
            for (String piece : (negative ? date.substring(1) : date).split("-")) {
                parts.add(Integer.parseInt(piece));
            }
            if (negative) {
                parts.set(0, -parts.get(0));
            }
            out.add(List.copyOf(parts));
        }
        return List.copyOf(out);
    }

}
