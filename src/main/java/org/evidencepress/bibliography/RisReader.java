package org.evidencepress.bibliography;

import org.commonmark.internal.util.Html5Entities;
import org.evidencepress.diagnostic.Diagnostic;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RIS as Zotero, EndNote and Mendeley export it. A record runs from {@code TY} to
 * {@code ER}; a line without a tag continues the previous value. RIS has no citation key:
 * the record's {@code ID} is used when there is one, else the first author's family name
 * and the year ("miller2016", then "miller2016a", ... for works that would share it).
 */
final class RisReader {
    /** A DOI, bare or as a resolver address or "doi:". */
    /** The words for authors left out, as an author name: BibTeX's and the Latin. */
    private static final Set<String> OTHERS_NAMES = Set.of("others", "et al.", "et al");
    private static final Pattern DOI_LIKE = Pattern.compile("(?i)(https?://(dx\\.)?doi\\.org/|doi:)?10\\.\\S+");
    /**
     * A date typed with its year last in figures, "25/12/2023" or "12/25/2023"; RIS writes the
     * year first (2023/12/25/). Whether "10/01/2024" is 10 January or October 1, no one can tell.
     */
    private static final Pattern DIGITS_YEAR_LAST = Pattern.compile(
            "\\s*(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})/?\\s*");
    /** Two RIS dates joined by a dash, "2019/03/01-2019/04/30", each with or without its closing slash. */
    private static final Pattern RIS_RANGE = Pattern.compile(
            "(\\d{4}(?:/\\d{1,2}){0,2})/*\\s*[-\u2013]\\s*(\\d{4}(?:/\\d{1,2}){0,2})/*");
    /** HTML's character references that exports write: the markup's own characters, and any by number. */
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile(
            "&(amp|lt|gt|quot|apos|nbsp|#\\d{1,7}|#[xX]\\p{XDigit}{1,6});");
    private static final Pattern ISSN = Pattern.compile("\\b\\d{4}-\\d{3}[\\dXx]\\b");
    private static final Pattern TAG = Pattern.compile("^([A-Z][A-Z0-9])  -(?: (.*))?$");
    /**
     * A tag with its spaces wrong ("AU - Doe, J"): read as the tag, with a warning, rather than as
     * more of the last value. A space before the '-' is needed, as Zotero needs it: a line of an
     * abstract may start "ER-positive" or "PD-L1", and it is more of the abstract.
     */
    private static final Pattern LOOSE_TAG = Pattern.compile("^([A-Z][A-Z0-9]) {1,3}- ?(.*)$");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("JOUR", "article-journal"), Map.entry("JFULL", "article-journal"),
            Map.entry("EJOUR", "article-journal"), Map.entry("ABST", "article-journal"),
            Map.entry("INPR", "article-journal"), Map.entry("MGZN", "article-magazine"),
            Map.entry("NEWS", "article-newspaper"), Map.entry("BOOK", "book"), Map.entry("EBOOK", "book"),
            Map.entry("EDBOOK", "book"), Map.entry("CHAP", "chapter"), Map.entry("ECHAP", "chapter"),
            Map.entry("CONF", "paper-conference"), Map.entry("CPAPER", "paper-conference"),
            Map.entry("RPRT", "report"), Map.entry("GOVDOC", "report"), Map.entry("THES", "thesis"),
            Map.entry("ELEC", "webpage"), Map.entry("WEB", "webpage"), Map.entry("BLOG", "post-weblog"),
            Map.entry("DATA", "dataset"), Map.entry("COMP", "software"), Map.entry("PAT", "patent"),
            Map.entry("UNPB", "manuscript"), Map.entry("MANSCPT", "manuscript"), Map.entry("GEN", "document"),
            // EndNote's other kinds, as Zotero imports them: an encyclopedia entry is cited in its encyclopedia.
            Map.entry("ENCYC", "entry-encyclopedia"), Map.entry("DICT", "entry-dictionary"),
            Map.entry("VIDEO", "motion_picture"), Map.entry("MPCT", "motion_picture"), Map.entry("ADVS", "motion_picture"),
            Map.entry("MULTI", "motion_picture"), Map.entry("SOUND", "song"), Map.entry("MUSIC", "song"),
            Map.entry("ICOMM", "personal_communication"), Map.entry("PCOMM", "personal_communication"),
            Map.entry("ART", "graphic"), Map.entry("FIGURE", "graphic"), Map.entry("CHART", "graphic"),
            Map.entry("MAP", "map"), Map.entry("BILL", "bill"), Map.entry("UNBILL", "bill"),
            Map.entry("CASE", "legal_case"), Map.entry("LEGAL", "legal_case"), Map.entry("HEAR", "hearing"),
            Map.entry("STAT", "legislation"), Map.entry("SLIDE", "speech"), Map.entry("SER", "book"),
            Map.entry("CLSWK", "book"), Map.entry("PAMP", "pamphlet"), Map.entry("STAND", "report"));

    private RisReader() {
    }

    /** One record's tags in order, the line of each value, and where the record starts. */
    private record Record(Map<String, List<String>> tags, Map<String, List<Integer>> lines, int line, int column) {
        /** A1 is AU by another name: kept as one, the authors of a record that mixes them stay in file order. */
        void add(String tag, String value, int valueLine) {
            String as = tag.equals("A1") ? "AU" : tag;
            tags.computeIfAbsent(as, t -> new ArrayList<>()).add(value);
            lines.computeIfAbsent(as, t -> new ArrayList<>()).add(valueLine);
        }

        /** The line of the value {@link RisReader#first} picks from these tags; the record's own when none. */
        int lineOfFirst(String... names) {
            return lineOfFirst(value -> !value.isBlank(), names);
        }

        /** The line of the value {@link RisReader#first(Map, Predicate, String...)} picks. */
        int lineOfFirst(Predicate<String> wanted, String... names) {
            for (String name : names) {
                List<String> values = tags.getOrDefault(name, List.of());
                for (int i = 0; i < values.size(); i++) {
                    if (wanted.test(values.get(i))) {
                        return lines.get(name).get(i);
                    }
                }
            }
            return line;
        }
    }

    static Bibliography read(String file, String text) {
        List<Diagnostic> problems = new ArrayList<>();
        List<Record> records = new ArrayList<>();
        Record current = null;
        List<String> lastValues = null;
        String[] lines = text.split("\r?\n", -1);
        int medline = medlineLine(lines);
        if (medline > 0) {
            // Read as RIS, each of its lines would be an error of its own.
            problems.add(Diagnostic.error(file, medline, 1, Bibliographies.MEDLINE_NOT_SUPPORTED));
            return collect(file, records, problems);
        }
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            // "ER  - " ends in a space that some editors strip; both forms are tags.
            Matcher m = TAG.matcher(line.stripTrailing());
            if (!m.matches() && current != null) {
                Matcher loose = LOOSE_TAG.matcher(line.stripTrailing());
                if (loose.matches()) {
                    problems.add(Diagnostic.warning(file, i + 1, 1, "read as the tag " + loose.group(1)
                            + ": a tag is two characters, two spaces, '-' and a space ('" + loose.group(1) + "  - ')"));
                    m = loose;
                }
            }
            if (m.matches()) {
                String tag = m.group(1);
                String value = m.group(2) == null ? "" : characters(m.group(2).strip());
                if (tag.equals("TY")) {
                    if (current != null) {
                        problems.add(Diagnostic.error(file, i + 1, 1, "record starts before the one at line "
                                + current.line() + " has ended: add 'ER  - ' before this 'TY'"));
                        // It still loads, as an unclosed last record does: what it cites is found, its problems told.
                        records.add(current);
                    }
                    current = new Record(new LinkedHashMap<>(), new HashMap<>(), i + 1, 1);
                    current.add(tag, value, i + 1);
                } else if (current == null) {
                    if (!tag.equals("ER")) {
                        problems.add(Diagnostic.error(file, i + 1, 1, "tag " + tag
                                + " outside a record: a record starts with 'TY  - ' and its type"));
                    }
                    lastValues = null;
                    continue;
                } else if (tag.equals("ER")) {
                    records.add(current);
                    current = null;
                    lastValues = null;
                    continue;
                } else {
                    current.add(tag, value, i + 1);
                }
                lastValues = current.tags().get(tag);
            } else if (!line.isBlank()) {
                if (current == null || lastValues == null) {
                    problems.add(Diagnostic.error(file, i + 1, 1,
                            "not an RIS line: expected a tag such as 'TY  - JOUR' (two letters, two spaces, '-')"));
                } else {
                    int last = lastValues.size() - 1;
                    lastValues.set(last, (lastValues.get(last) + " " + characters(line.strip())).strip());
                }
            }
        }
        if (current != null) {
            problems.add(Diagnostic.error(file, current.line(), current.column(),
                    "record is not closed: add 'ER  - ' at its end"));
            records.add(current);
        }
        return collect(file, records, problems);
    }

    /**
     * {@code value} with HTML's character references as their characters: some databases
     * (Ovid, ProQuest, Scopus) export titles as HTML, "Diet &amp; cancer" and "&lt;i&gt;in
     * vivo&lt;/i&gt;", which the Sources list showed as written and a name split at its ';'.
     */
    static String characters(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        Matcher reference = CHARACTER_REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder(value.length());
        while (reference.find()) {
            String name = reference.group(1);
            String character;
            if (name.startsWith("#")) {
                int code = name.startsWith("#x") || name.startsWith("#X") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                character = code > 0 && Character.isValidCodePoint(code) ? Character.toString(code) : reference.group();
            } else {
                character = Html5Entities.entityToString(reference.group());
            }
            reference.appendReplacement(out, Matcher.quoteReplacement(character));
        }
        return reference.appendTail(out).toString();
    }

    /** The line of a PubMed MEDLINE record's first tag ("PMID- 33722399") when the text starts with one, else 0. */
    private static int medlineLine(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            if (!line.isBlank()) {
                return line.startsWith("PMID-") ? i + 1 : 0;
            }
        }
        return 0;
    }

    private static Bibliography collect(String file, List<Record> records, List<Diagnostic> problems) {
        List<BibItem> items = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> generated = new HashMap<>();
        for (Record record : records) {
            Map<String, Object> csl = toCsl(record.tags());
            date(csl, file, record, problems);
            accessed(csl, file, record, problems);
            String id = first(record.tags(), "ID");
            String key;
            if (id != null) {
                key = id;
                Integer before = seen.putIfAbsent(key, record.line());
                if (before != null) {
                    problems.add(Diagnostic.error(file, record.line(), record.column(), "duplicate citation key '"
                            + key + "' (first defined at line " + before + ")"));
                    continue;
                }
            } else {
                String base = generatedKey(csl);
                int n = generated.merge(base, 1, Integer::sum);
                key = n == 1 ? base : base + (char) ('a' + n - 2);
                while (seen.containsKey(key)) {
                    key = key + "x";
                }
                seen.put(key, record.line());
            }
            csl.put("id", key);
            checkLinks(csl, key, file, record, problems);
            items.add(new BibItem(key, csl, file, record.line(), record.column()));
        }
        return new Bibliography(file, List.copyOf(items), List.copyOf(problems));
    }

    /**
     * The record's date, as Zotero reads RIS: DA's full date wins over PY, which often holds
     * only the print year; a DA without a year ("Jan 15", as EndNote writes it) takes PY's.
     * Without DA, an older export's Y1 beside PY gives the fuller date of PY's year. A range
     * ("2019/03/01-2019/04/30") is the range CSL holds.
     * A date that is no date is a warning at its line: "20x9" stays as text, which styles
     * mostly leave out, and a month or day that cannot be is left out.
     */
    private static void date(Map<String, Object> csl, String file, Record record, List<Diagnostic> problems) {
        String year = first(record.tags(), "PY", "Y1");
        String fullTag = first(record.tags(), "DA") != null || first(record.tags(), "PY") == null ? "DA" : "Y1";
        String full = first(record.tags(), fullTag);
        String written = year;
        int line = record.lineOfFirst("PY", "Y1");
        Map<String, Object> issued = year == null ? null : risDate(year);
        Matcher years = year == null ? null : BibtexFields.YEAR_RANGE.matcher(year.strip());
        if (years != null && years.matches() && Integer.parseInt(years.group(2)) > Integer.parseInt(years.group(1))) {
            // Two years, "2019/2020" or "2019-2020", a volume of an academic year: the range CSL holds, as
            // BibTeX's year = {2019--2020} is, not a year with a month 2020.
            issued = Map.of("date-parts", List.of(List.of(Integer.parseInt(years.group(1))),
                    List.of(Integer.parseInt(years.group(2)))));
        }
        if (full != null && dayAndMonthUntold(full)) {
            problems.add(Diagnostic.warning(file, record.lineOfFirst(fullTag), 1, yearLastWarning("date", full)));
        }
        if (full != null && full.matches(".*\\d{3,4}.*")) {
            Map<String, Object> date = yearLast(full);
            if (date == null) {
                date = dateRange(full, file, record.lineOfFirst(fullTag), problems);
            }
            if (date == null) {
                date = risDate(full);
            }
            // Y1 only adds to PY's year: it is the same date in an older tag, not another one.
            if (issued == null || date.get("date-parts") != null && (!sameYear(date, issued) && fullTag.equals("DA")
                    || sameYear(date, issued) && fuller(date, issued))) {
                issued = date;
                written = full;
                line = record.lineOfFirst(fullTag);
            }
        } else if (full != null) {
            List<Integer> monthDay = monthAndDay(full);
            int daLine = record.lineOfFirst(fullTag);
            List<List<Integer>> range = issued != null && partCount(issued) == 1
                    ? BibtexFields.monthRange(firstParts(issued).get(0), full) : null;
            Integer season = BibtexFields.season(full);
            if (range != null) {
                // A bimonthly issue, EndNote's "Mar-Apr": a range, as a BibTeX month = {Mar--Apr} is.
                issued = Map.of("date-parts", range);
            } else if (season != null && issued != null && partCount(issued) == 1) {
                // A quarterly's issue, DA "Spring": PY's year in that season.
                issued = Map.of("date-parts", List.of(List.of(firstParts(issued).get(0), season)));
            } else if (monthDay != null && issued != null && partCount(issued) == 1) {
                List<Integer> parts = new ArrayList<>(firstParts(issued));
                parts.addAll(monthDay);
                issued = Map.of("date-parts", List.of(List.copyOf(parts)));
                written = year + " " + full;
            } else if (issued == null) {
                problems.add(Diagnostic.warning(file, daLine, 1, "date '" + full + "' has no year; write it as"
                        + " 2019/01/15/ or give the year in PY (it is left out)"));
            } else if (monthDay == null) {
                problems.add(Diagnostic.warning(file, daLine, 1, "date '" + full + "' is not a month and day;"
                        + " write it as 2019/01/15/ (only the year of PY is kept)"));
            }
        }
        if (issued == null) {
            return;
        }
        csl.put("issued", issued);
        if (issued.get("literal") instanceof String text && text.matches(".*\\d.*")) {
            problems.add(Diagnostic.warning(file, line, 1, "date '" + text + "' is not a date; write it as 2019 or"
                    + " 2019/03/15/ (it is kept as text, which most styles leave out)"));
        } else if (issued.get("date-parts") != null) {
            List<Integer> first = firstParts(issued);
            List<Integer> valid = BibtexFields.validParts(first);
            if (valid.size() < first.size()) {
                problems.add(Diagnostic.warning(file, line, 1, "date '" + written.strip() + "' has no "
                        + (valid.size() == 1 ? "month " + first.get(1) : "day " + first.get(2))
                        + "; read as far as it is a date"));
                csl.put("issued", Map.of("date-parts", List.of(List.copyOf(valid))));
            }
        }
    }

    /**
     * A range of RIS dates, "2019/03/01-2019/04/30" (a conference's days, a season's issue), as
     * CSL's two ends, each read as far as it is a date and both to the parts both have, since
     * CSL processors cannot print a range otherwise; null when {@code text} is not such a range.
     */
    private static Map<String, Object> dateRange(String text, String file, int line, List<Diagnostic> problems) {
        Matcher range = RIS_RANGE.matcher(text.strip());
        if (!range.matches()) {
            return null;
        }
        List<List<Integer>> ends = new ArrayList<>();
        String problem = null;
        for (String end : List.of(range.group(1), range.group(2))) {
            List<Integer> parts = Arrays.stream(end.split("/")).map(Integer::valueOf).toList();
            List<Integer> valid = BibtexFields.validParts(parts);
            if (valid.size() < parts.size() && problem == null) {
                problem = "date '" + text.strip() + "' has no " + (valid.size() == 1 ? "month " + parts.get(1)
                        : "day " + parts.get(2)) + "; read as far as it is a date";
            }
            ends.add(valid);
        }
        int common = Math.min(ends.get(0).size(), ends.get(1).size());
        if (ends.get(0).size() != ends.get(1).size() && problem == null) {
            problem = "date '" + text.strip() + "': the ends of a range must be equally precise for CSL processors;"
                    + " read as " + risText(ends.get(0).subList(0, common)) + "-" + risText(ends.get(1).subList(0, common));
        }
        if (problem != null) {
            problems.add(Diagnostic.warning(file, line, 1, problem));
        }
        return Map.of("date-parts", List.of(List.copyOf(ends.get(0).subList(0, common)),
                List.copyOf(ends.get(1).subList(0, common))));
    }

    /** Date parts as RIS writes them, "2019/03". */
    private static String risText(List<Integer> parts) {
        StringBuilder out = new StringBuilder().append(parts.get(0));
        parts.subList(1, parts.size()).forEach(part -> out.append(part < 10 ? "/0" : "/").append(part));
        return out.toString();
    }

    /** An access date (Y2) that cannot be one, 2024/02/30/, is a warning, as BibTeX's urldate is, and kept as far as valid. */
    private static void accessed(Map<String, Object> csl, String file, Record record, List<Diagnostic> problems) {
        if (!(csl.get("accessed") instanceof Map<?, ?> date)) {
            return;
        }
        String written = first(record.tags(), "Y2");
        if (dayAndMonthUntold(written)) {
            problems.add(Diagnostic.warning(file, record.lineOfFirst("Y2"), 1, yearLastWarning("access date", written)));
        }
        @SuppressWarnings("unchecked")
        List<Integer> first = firstParts((Map<String, Object>) date);
        List<Integer> valid = BibtexFields.validParts(first);
        if (valid.size() < first.size()) {
            problems.add(Diagnostic.warning(file, record.lineOfFirst("Y2"), 1, "access date '"
                    + first(record.tags(), "Y2").strip() + "' has no " + (valid.size() == 1 ? "month " + first.get(1)
                    : "day " + first.get(2)) + "; read as far as it is a date"));
            csl.put("accessed", Map.of("date-parts", List.of(List.copyOf(valid))));
        }
    }

    /** The first date-parts of a CSL date, or an empty list for a literal one. */
    @SuppressWarnings("unchecked")
    private static List<Integer> firstParts(Map<String, Object> date) {
        return date.get("date-parts") instanceof List<?> ends && !ends.isEmpty() && ends.get(0) instanceof List<?> parts
                ? (List<Integer>) parts : List.of();
    }

    private static int partCount(Map<String, Object> date) {
        return firstParts(date).size();
    }

    /** Whether {@code date} tells more than {@code other}: more parts, or a range where it is one day, month or year. */
    private static boolean fuller(Map<String, Object> date, Map<String, Object> other) {
        return partCount(date) > partCount(other) || partCount(date) == partCount(other)
                && ((List<?>) date.get("date-parts")).size() == 2 && other.get("date-parts") instanceof List<?> ends
                && ends.size() == 1;
    }

    private static boolean sameYear(Map<String, Object> a, Map<String, Object> b) {
        return !firstParts(a).isEmpty() && !firstParts(b).isEmpty() && firstParts(a).get(0).equals(firstParts(b).get(0));
    }

    /**
     * A date written in words with its year after the month, "15 Jan 2019" or "January 15, 2019",
     * as date-parts; null when the text does not read so (RIS's own "2019/01/15/" starts with the year).
     */
    private static Map<String, Object> yearLast(String text) {
        Matcher year = Pattern.compile("(?<![\\d/-])\\d{4}(?![\\d/-])").matcher(text);
        if (text.strip().matches("\\d{3,4}\\b.*") || !year.find()) {
            return null;
        }
        String rest = (text.substring(0, year.start()) + " " + text.substring(year.end())).strip();
        List<Integer> monthDay = rest.isEmpty() ? null : monthAndDay(rest);
        if (monthDay == null) {
            return null;
        }
        List<Integer> parts = new ArrayList<>();
        parts.add(Integer.parseInt(year.group()));
        parts.addAll(monthDay);
        return Map.of("date-parts", List.of(List.copyOf(parts)));
    }

    /** A date without a year, "Jan 15", "15 January" or "Mar": its month and day; null when it is none. */
    private static List<Integer> monthAndDay(String text) {
        Integer month = null;
        Integer day = null;
        for (String piece : text.strip().split("[\\s,]+")) {
            Integer asMonth = piece.matches("\\p{L}+\\.?") ? BibtexFields.month(piece) : null;
            if (asMonth != null && month == null) {
                month = asMonth;
            } else if (piece.matches("\\d{1,2}") && day == null && Integer.parseInt(piece) >= 1
                    && Integer.parseInt(piece) <= 31) {
                day = Integer.parseInt(piece);
            } else {
                return null;
            }
        }
        if (month == null) {
            return null;
        }
        return day == null ? List.of(month) : List.of(month, day);
    }

    /** Leaves out a DOI that is not one and an address that is not http or https, after an error at its line. */
    private static void checkLinks(Map<String, Object> csl, String key, String file, Record record,
                                   List<Diagnostic> problems) {
        if (csl.get("DOI") != null) {
            String doi = LinkFields.doi(csl.get("DOI").toString(), key, file, record.lineOfFirst("DO", "M3"), 1,
                    problems);
            if (doi == null) {
                csl.remove("DOI");
            } else {
                csl.put("DOI", doi);
            }
        }
        if (csl.get("URL") != null && LinkFields.url(csl.get("URL").toString(), key, file,
                record.lineOfFirst(RisReader::holdsWebAddress, "UR", "L2"), 1, problems) == null) {
            csl.remove("URL");
        }
    }

    private static String generatedKey(Map<String, Object> csl) {
        List<String> families = CslNames.families(csl.get("author"));
        String name = families.isEmpty() ? "anon" : families.get(0);
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        Integer year = new BibItem("", csl, "", 1, 1).year();
        return (ascii.isEmpty() ? "anon" : ascii) + (year == null ? "" : year.toString());
    }

    private static Map<String, Object> toCsl(Map<String, List<String>> tags) {
        Map<String, Object> csl = new LinkedHashMap<>();
        csl.put("id", "");
        String type = first(tags, "TY");
        String cslType = TYPES.getOrDefault(type == null ? "" : type.toUpperCase(Locale.ROOT), "document");
        csl.put("type", cslType);
        // AU and A1 both name authors; exports that write both split the list between them.
        names(csl, "author", tags, true, "A1", "AU");
        names(csl, "editor", tags, false, "ED", "A2");
        // A3, the tertiary author, is a series' editor (Zotero's seriesEditor), not the book's.
        names(csl, "collection-editor", tags, false, "A3");
        names(csl, "translator", tags, false, "A4");
        put(csl, "collection-title", first(tags, "T3"));
        put(csl, "title", first(tags, "TI", "T1", "CT"));
        String container = cslType.equals("chapter") || cslType.equals("paper-conference")
                ? first(tags, "T2", "BT", "JF", "JO") : first(tags, "JF", "T2", "JO", "JA", "J2", "BT");
        put(csl, "container-title", container);
        // JO is the abbreviation beside a full name in JF or T2 (PubMed, EndNote, Zotero); alone it is the name.
        String shortName = first(tags, "J2", "JA");
        String jo = first(tags, "JO");
        put(csl, "container-title-short", shortName != null ? shortName : jo != null && !jo.equals(container) ? jo : null);
        put(csl, "volume", first(tags, "VL"));
        // A report's (or a patent's) IS is its number, as Zotero reads it.
        put(csl, cslType.equals("report") || cslType.equals("patent") ? "number" : "issue", first(tags, "IS"));
        String start = first(tags, "SP");
        String end = first(tags, "EP");
        if (start != null) {
            csl.put("page", CslItems.pageRange(end == null || start.contains("-") ? start : start + "-" + end));
        }
        put(csl, "publisher", first(tags, "PB"));
        put(csl, "publisher-place", first(tags, "CY", "PP"));
        // Notes, abstract and keywords, which an import into a reference manager keeps.
        List<String> notes = tags.getOrDefault("N1", List.of()).stream().filter(n -> !n.isBlank()).toList();
        put(csl, "note", notes.isEmpty() ? null : String.join("\n", notes));
        put(csl, "abstract", first(tags, "AB", "N2"));
        List<String> keywords = tags.getOrDefault("KW", List.of()).stream().filter(k -> !k.isBlank()).toList();
        put(csl, "keyword", keywords.isEmpty() ? null : String.join(", ", keywords));
        // A journal article has no edition: EndNote's ET there is its Epub Date ("2015/12/30"), which
        // Vancouver printed as "2015/12/30 ed."; Zotero's journal and magazine articles have no edition either.
        if (!cslType.equals("article-journal") && !cslType.equals("article-magazine")) {
            put(csl, "edition", first(tags, "ET"));
        }
        put(csl, "language", Languages.tag(first(tags, "LA")));
        // M3 is the type of work ("PhD thesis"), or where EndNote puts the DOI.
        String m3 = first(tags, "M3");
        if (m3 != null && !DOI_LIKE.matcher(m3).matches() && (cslType.equals("thesis") || cslType.equals("report"))) {
            put(csl, "genre", m3);
        }
        // DO holds the DOI; EndNote puts it in M3 when there is no DO. Checked once the record has its key.
        String doi = first(tags, "DO");
        if (doi == null && m3 != null && DOI_LIKE.matcher(m3).matches()) {
            doi = m3;
        }
        if (doi != null) {
            csl.put("DOI", doi);
        }
        String url = first(tags, RisReader::holdsWebAddress, "UR", "L2");
        if (url != null) {
            // Several URLs may share one UR line, separated by spaces or semicolons.
            csl.put("URL", LinkFields.webAddress(url).split("[;\\s]+")[0]);
        }
        String sn = first(tags, "SN");
        if (sn != null) {
            boolean book = cslType.equals("book") || cslType.equals("chapter");
            Matcher issn = ISSN.matcher(sn);
            // PubMed's exports follow each number with its medium, "1532-8406 (Electronic)"; a book's "(pbk.)" alike.
            csl.put(book ? "ISBN" : "ISSN", !book && issn.find() ? issn.group()
                    : sn.replaceAll("\\s*\\([^)]*\\)", "").strip());
        }
        // PubMed's record numbers as EndNote exports them, which Zotero keeps: the PMID in AN, the PMCID in C2.
        String an = first(tags, "AN");
        String database = first(tags, "DB", "DP");
        if (an != null && an.matches("\\d{1,9}")
                && (database == null || database.matches("(?i).*(pubmed|medline|nlm).*"))) {
            csl.put("PMID", an);
        }
        String c2 = first(tags, "C2");
        if (c2 != null && c2.matches("PMC\\d+")) {
            csl.put("PMCID", c2);
        }
        String accessed = first(tags, "Y2");
        if (accessed != null) {
            // EndNote's access date is typed as the author likes it: "10 January 2024" as well as 2024/01/10/.
            Map<String, Object> inWords = yearLast(accessed);
            csl.put("accessed", inWords != null ? inWords : risDate(accessed));
        }
        return csl;
    }

    /** Whether {@code text} is a date with its year last whose day and month could be either. */
    private static boolean dayAndMonthUntold(String text) {
        Matcher m = DIGITS_YEAR_LAST.matcher(text);
        return m.matches() && Integer.parseInt(m.group(1)) <= 12 && Integer.parseInt(m.group(2)) <= 12
                && !m.group(1).equals(m.group(2));
    }

    private static String yearLastWarning(String what, String written) {
        return what + " '" + written.strip() + "' has its year last, after a day and a month in an order that cannot"
                + " be told; write it as RIS does, 2024/01/10/ (only its year is kept)";
    }

    /**
     * "2016", "2016/01/05/", "2016/01//", "2016-01-05", PubMed's "2019 Mar 5" or "2019 Spring":
     * date-parts as far as given, a season as BibLaTeX's month 21-24; "25/12/2023" as the day
     * it can only be, but of "10/01/2024" the year only.
     */
    private static Map<String, Object> risDate(String text) {
        Matcher yearLast = DIGITS_YEAR_LAST.matcher(text);
        if (yearLast.matches()) {
            int a = Integer.parseInt(yearLast.group(1));
            int b = Integer.parseInt(yearLast.group(2));
            int year = Integer.parseInt(yearLast.group(3));
            List<Integer> parts = a > 12 ? List.of(year, b, a) : b > 12 || a == b ? List.of(year, a, b) : List.of(year);
            return Map.of("date-parts", List.of(parts));
        }
        List<Integer> parts = new ArrayList<>();
        for (String piece : text.strip().split("[/\\-\\s]+")) {
            // A season, as a written date ("2019 Spring", PubMed's) or RIS's other info ("2019///Spring") has it.
            Integer month = parts.size() != 1 ? null
                    : BibtexFields.month(piece) != null ? BibtexFields.month(piece) : BibtexFields.season(piece);
            if (month != null) {
                parts.add(month);
                continue;
            }
            if (!piece.matches("\\d{1,4}") || parts.size() == 3) {
                break;
            }
            parts.add(Integer.parseInt(piece));
        }
        if (parts.isEmpty()) {
            return CslItems.dateParts(text);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("date-parts", List.of(List.copyOf(parts)));
        return out;
    }

    /** The names of the first of {@code names} that has any, or with {@code merge} of all of them. */
    private static void names(Map<String, Object> csl, String field, Map<String, List<String>> tags, boolean merge,
                              String... names) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String tag : names) {
            for (String name : tags.getOrDefault(tag, List.of())) {
                if (name.isBlank()) {
                    continue;
                }
                out.add(name(name.strip()));
            }
            if (!out.isEmpty() && !merge) {
                break;
            }
        }
        int half = out.size() / 2;
        if (out.size() % 2 == 0 && half > 0 && out.subList(0, half).equals(out.subList(half, out.size()))) {
            // An export that writes the list twice, under A1 and again under AU: once. Two authors of
            // one name ("Wang, Y." and "Wang, Y.", as many Chinese author lists have) are two authors.
            out.subList(half, out.size()).clear();
        }
        Map<String, Object> last = out.isEmpty() ? Map.of() : out.get(out.size() - 1);
        Object lastName = last.get("literal") != null ? last.get("literal") : last.get("given") == null ? last.get("family") : null;
        if (out.size() > 1 && lastName != null && OTHERS_NAMES.contains(lastName.toString().toLowerCase(Locale.ROOT))) {
            // "AU  - others" (or "et al.") after the names given: the list is incomplete, as BibTeX's "and others".
            out.set(out.size() - 1, CslNames.literal(CslNames.OTHERS));
        }
        if (!out.isEmpty()) {
            csl.put(field, List.copyOf(out));
        }
    }

    /**
     * "Family, Given(, Suffix)", PubMed's "Family GH" (initials after the family name), or an
     * organisation's name ("Diabetes UK", "University of Oxford, Department of Psychiatry"), kept whole.
     */
    private static Map<String, Object> name(String written) {
        if (CslNames.namesABody(written)) {
            return CslNames.literal(written);
        }
        if (written.contains(",")) {
            List<String> parts = List.of(written.split(","));
            // RIS writes "Family, Given, Suffix"; BibTeX's order, which person() reads, is "Family, Suffix, Given".
            return CslNames.person(parts.size() == 3 ? List.of(parts.get(0), parts.get(2), parts.get(1)) : parts);
        }
        int space = written.lastIndexOf(' ');
        if (space < 0) {
            return CslNames.person(List.of(written));
        }
        String last = written.substring(space + 1);
        // PubMed's "Family GH": initials of one to three capitals after a family name of up to
        // four words ("van der Berg PQ", "Davey Smith G"); more words are an organisation's name.
        if (CslNames.initials(last) && written.substring(0, space).split(" ").length <= 4) {
            return CslNames.person(List.of(written.substring(0, space), CslNames.dotted(last)));
        }
        return CslNames.literal(written);
    }

    private static String first(Map<String, List<String>> tags, String... names) {
        return first(tags, value -> !value.isBlank(), names);
    }

    /** The first value of the first of {@code names} that has one {@code wanted} takes, stripped. */
    private static String first(Map<String, List<String>> tags, Predicate<String> wanted, String... names) {
        for (String name : names) {
            for (String value : tags.getOrDefault(name, List.of())) {
                if (wanted.test(value)) {
                    return value.strip();
                }
            }
        }
        return null;
    }

    /** Whether a UR or L2 holds an address other than EndNote's Web of Science link, which is passed over. */
    private static boolean holdsWebAddress(String value) {
        return LinkFields.webAddress(value) != null;
    }

    private static void put(Map<String, Object> csl, String field, String value) {
        if (value != null) {
            csl.put(field, value);
        }
    }
}
