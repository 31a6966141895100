package org.evidencepress.bibliography;

import org.evidencepress.integrity.Doi;
import org.evidencepress.markdown.Urls;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fields of a BibTeX or BibLaTeX entry (still in LaTeX) as a CSL-JSON item. */
final class BibtexFields {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("article", "article-journal"), Map.entry("book", "book"), Map.entry("mvbook", "book"),
            Map.entry("inbook", "chapter"), Map.entry("incollection", "chapter"), Map.entry("bookinbook", "chapter"),
            Map.entry("inproceedings", "paper-conference"), Map.entry("conference", "paper-conference"),
            Map.entry("proceedings", "book"), Map.entry("collection", "book"), Map.entry("techreport", "report"),
            Map.entry("report", "report"), Map.entry("phdthesis", "thesis"), Map.entry("mastersthesis", "thesis"),
            Map.entry("thesis", "thesis"), Map.entry("online", "webpage"), Map.entry("electronic", "webpage"),
            Map.entry("www", "webpage"), Map.entry("manual", "report"), Map.entry("unpublished", "manuscript"),
            Map.entry("dataset", "dataset"), Map.entry("software", "software"), Map.entry("patent", "patent"),
            Map.entry("booklet", "pamphlet"), Map.entry("misc", "document"));
    /** BibLaTeX's localisation keys for kinds of thesis and report, and BibTeX's thesis entry types. */
    private static final Map<String, String> GENRES = Map.of("phdthesis", "PhD thesis", "mathesis", "Master's thesis",
            "mastersthesis", "Master's thesis", "candthesis", "Candidate thesis", "techreport", "technical report",
            "resreport", "research report");
    private static final List<String> MONTH_WORDS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    private static final Pattern ISSN = Pattern.compile("\\b\\d{4}-\\d{3}[\\dXx]\\b");

    /** A whole value in the command that typesets it: url = {\\url{https://...}}. */
    private static final Pattern WRAPPED_LINK = Pattern.compile("\\s*\\\\(?:url|doi)\\s*\\{(.*)}\\s*", Pattern.DOTALL);

    private BibtexFields() {
    }

    /**
     * {@code warnings} hears what was read other than as written, with the field (as the file
     * names it) where it stands, or null for the entry as a whole.
     */
    static Map<String, Object> toCsl(String type, String key, Map<String, String> fields,
                                     BiConsumer<String, String> warnings) {
        Map<String, Object> csl = new LinkedHashMap<>();
        csl.put("id", key);
        String cslType = TYPES.getOrDefault(type, "document");
        csl.put("type", cslType);
        names(csl, "author", fields.get("author"), warnings);
        names(csl, "editor", fields.get("editor"), warnings);
        names(csl, "translator", fields.get("translator"), warnings);
        richText(csl, "title", fields.get("title"));
        if (subtitled(csl, "title", fields.get("subtitle"))) {
            // Styles cite the short form of a title where they give no author: the title without its subtitle.
            richText(csl, "title-short", first(fields, "shorttitle", "title"));
        }
        String journal = first(fields, "journaltitle", "journal");
        // A whole book's booktitle (classic BibTeX gives a crossref parent one for its papers) is no container.
        String container = journal != null ? journal : cslType.equals("book") ? null : fields.get("booktitle");
        if (cslType.equals("webpage") && container == null) {
            // Better BibLaTeX writes a page's website as titleaddon.
            container = first(fields, "titleaddon", "organization");
        }
        richText(csl, "container-title", container);
        subtitled(csl, "container-title", fields.get(journal != null ? "journalsubtitle" : "booksubtitle"));
        // Zotero's "Journal Abbr", as Better BibTeX writes it: Vancouver and AMA cite it.
        richText(csl, "container-title-short", first(fields, "shortjournal", "journalabbr", "journal-abbreviation"));
        richText(csl, "collection-title", fields.get("series"));
        date(csl, "issued", "date", fields.get("date"), fields.get("year"), fields.get("month"), fields.get("day"),
                warnings);
        text(csl, "volume", fields.get("volume"));
        // BibLaTeX's number beside a series is the number within it (Better BibLaTeX's "Series Number").
        boolean inSeries = fields.get("series") != null && !cslType.startsWith("article");
        text(csl, cslType.startsWith("article") ? "issue" : inSeries ? "collection-number" : "number",
                first(fields, "number", "issue"));
        if (fields.get("pages") != null) {
            csl.put("page", Latex.toUnicode(fields.get("pages")).replace('–', '-').replace('—', '-'));
        }
        String publisher = first(fields, "publisher", "institution", "school");
        if (publisher == null && !cslType.equals("webpage")) {
            publisher = fields.get("organization");
        }
        text(csl, "publisher", publisher);
        text(csl, "publisher-place", first(fields, "location", "address"));
        text(csl, "edition", fields.get("edition"));
        verbatim(csl, "DOI", fields.get("doi"));
        verbatim(csl, "URL", fields.get("url") != null ? fields.get("url") : url(fields));
        if (csl.get("URL") instanceof String written) {
            String address = LinkFields.webAddress(written);
            if (address == null) {
                csl.remove("URL");
            } else {
                csl.put("URL", address);
            }
        }
        verbatim(csl, "ISBN", fields.get("isbn"));
        verbatim(csl, "ISSN", fields.get("issn"));
        if (csl.get("ISSN") instanceof String issn) {
            // EndNote's records from PubMed hold each number with its medium, one a line:
            // "1756-1833 (Electronic)\n0959-8138 (Linking)". The first number is the ISSN, as RIS's SN gives it.
            Matcher first = ISSN.matcher(issn);
            if (first.find()) {
                csl.put("ISSN", first.group());
            }
        }
        if (fields.get("urldate") != null) {
            date(csl, "accessed", "urldate", fields.get("urldate"), null, null, null, warnings);
        }
        // A translated classic cites both years, "(Freud, 1900/2010)"; a conference, its event.
        if (fields.get("origdate") != null) {
            date(csl, "original-date", "origdate", fields.get("origdate"), null, null, null, warnings);
        }
        if (fields.get("eventdate") != null) {
            date(csl, "event-date", "eventdate", fields.get("eventdate"), null, null, null, warnings);
        }
        richText(csl, "event-title", fields.get("eventtitle"));
        text(csl, "event-place", fields.get("venue"));
        text(csl, "number-of-pages", fields.get("pagetotal"));
        text(csl, "chapter-number", fields.get("chapter"));
        // Better BibTeX's pmid, or BibLaTeX's eprint of eprinttype pubmed.
        text(csl, "PMID", fields.get("pmid") != null ? fields.get("pmid")
                : "pubmed".equalsIgnoreCase(String.valueOf(fields.get("eprinttype")).strip()) ? fields.get("eprint") : null);
        text(csl, "PMCID", fields.get("pmcid"));
        text(csl, "status", status(fields.get("pubstate")));
        text(csl, "genre", genre(type, fields.get("type")));
        text(csl, "note", fields.get("note"));
        text(csl, "abstract", fields.get("abstract"));
        text(csl, "keyword", fields.get("keywords"));
        language(csl, first(fields, "langid", "hyphenation", "language"));
        return csl;
    }

    /**
     * The kind of thesis or report from BibTeX's thesis entry types or BibLaTeX's {@code type}
     * field: a key BibLaTeX localises as its English strings print it (Pandoc reads them so),
     * other words as written.
     */
    private static String genre(String entryType, String typeField) {
        if (typeField == null) {
            // @phdthesis and @mastersthesis say the kind; @techreport, as Pandoc reads it, does not.
            return entryType.endsWith("thesis") ? GENRES.get(entryType) : null;
        }
        String key = GENRES.get(typeField.strip().toLowerCase(Locale.ROOT));
        if (key != null) {
            return key;
        }
        return !entryType.endsWith("thesis") && !entryType.endsWith("report") ? null : Latex.toUnicode(typeField);
    }

    /** BibLaTeX's {@code pubstate} as its English strings print it ("inpress" is "in press"), other words as written. */
    private static String status(String pubstate) {
        if (pubstate == null) {
            return null;
        }
        return switch (pubstate.strip().toLowerCase(Locale.ROOT)) {
            case "inpress" -> "in press";
            case "inpreparation" -> "in preparation";
            case "forthcoming" -> "forthcoming";
            case "submitted" -> "submitted";
            case "prepublished" -> "pre-published";
            default -> pubstate;
        };
    }

    /**
     * BibLaTeX's {@code langid} (or {@code hyphenation}, as Pandoc reads it), else the
     * {@code language} Zotero's BibTeX export writes; of BibLaTeX's list "english and german",
     * the first.
     */
    private static void language(Map<String, Object> csl, String latex) {
        if (latex != null) {
            String tag = Languages.tag(splitTopLevel(Latex.toUnicode(latex), true).get(0));
            if (tag != null) {
                csl.put("language", tag);
            }
        }
    }

    /**
     * Appends a BibLaTeX subtitle to the title already in {@code field}, as Pandoc joins them:
     * "Title: Subtitle", or "Title? Subtitle" after a title's own punctuation. True when it did.
     */
    private static boolean subtitled(Map<String, Object> csl, String field, String subtitle) {
        String sub = subtitle == null ? "" : Latex.toRichText(subtitle);
        if (sub.isEmpty() || !(csl.get(field) instanceof String title)) {
            return false;
        }
        String words = title.replaceAll("(</[a-z]+>)+$", "");
        boolean punctuated = !words.isEmpty() && ".:;,!?".indexOf(words.charAt(words.length() - 1)) >= 0;
        csl.put(field, title + (punctuated ? " " : ": ") + sub);
        return true;
    }

    /**
     * An address given elsewhere than {@code url}: {@code howpublished = {\\url{...}}} (BibTeX
     * before BibLaTeX), BibDesk's {@code bdsk-url-1}, or an arXiv {@code eprint}.
     */
    private static String url(Map<String, String> fields) {
        String howpublished = howpublishedUrl(fields.get("howpublished"));
        if (howpublished != null) {
            return howpublished;
        }
        // BibDesk keeps an entry's links as bdsk-url-1, bdsk-url-2, ...; the first web address is the entry's.
        for (int n = 1; fields.get("bdsk-url-" + n) != null; n++) {
            String link = verbatim(fields.get("bdsk-url-" + n));
            if (Urls.httpProblem(link) == null) {
                return link;
            }
        }
        String eprint = fields.get("eprint");
        String kind = first(fields, "eprinttype", "archiveprefix");
        if (eprint != null && kind != null && kind.strip().equalsIgnoreCase("arxiv")) {
            return "https://arxiv.org/abs/" + eprint.strip();
        }
        return null;
    }

    /** The address in a {@code howpublished = {\\url{...}}}, or null when it holds none. */
    static String howpublishedUrl(String howpublished) {
        if (howpublished != null && howpublished.contains("\\url{")) {
            int start = howpublished.indexOf("\\url{") + "\\url{".length();
            int end = howpublished.indexOf('}', start);
            return end > start ? howpublished.substring(start, end) : null;
        }
        return null;
    }

    private static String first(Map<String, String> fields, String... names) {
        for (String name : names) {
            String value = fields.get(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static void text(Map<String, Object> csl, String field, String latex) {
        put(csl, field, latex, Latex::toUnicode);
    }

    /** A title keeps its emphasis and its protected case, as CSL rich text. */
    private static void richText(Map<String, Object> csl, String field, String latex) {
        put(csl, field, latex, Latex::toRichText);
    }

    private static void put(Map<String, Object> csl, String field, String latex, UnaryOperator<String> convert) {
        if (latex != null) {
            String value = convert.apply(latex);
            if (!value.isEmpty()) {
                csl.put(field, value);
            }
        }
    }

    private static void verbatim(Map<String, Object> csl, String field, String value) {
        if (value != null) {
            String plain = verbatim(value);
            if (field.equals("DOI")) {
                plain = Doi.normalise(plain);
            }
            if (plain != null && !plain.isEmpty()) {
                csl.put(field, plain);
            }
        }
    }

    /**
     * DOIs and URLs are not LaTeX: only escapes, protective braces and a {@code \\url{}} or
     * {@code \\doi{}} around the whole value come off.
     */
    static String verbatim(String value) {
        Matcher wrapped = WRAPPED_LINK.matcher(value);
        String link = wrapped.matches() ? wrapped.group(1) : value;
        return link.replaceAll("\\\\([_%&#$~])", "$1").replace("{", "").replace("}", "").strip();
    }

    /** Whether a name holds a ';' outside braces: names copied from a list that separates them so. */
    private static boolean semicolonOutsideBraces(String name) {
        int depth = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ';' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A and B and {Corporate Name}" split at top-level " and ", each name parsed. "A and
     * others": the list is incomplete, kept as Pandoc keeps it (a final literal "others"),
     * which renders as "et al.". Pandoc reads "others" before other names the same way, as a
     * name of the list; since it still says names are missing, here it ends the list, after
     * the names written around it, with a warning: BibTeX means it to come last.
     */
    static void names(Map<String, Object> csl, String field, String latex, BiConsumer<String, String> warnings) {
        if (latex == null || latex.isBlank()) {
            return;
        }
        List<Map<String, Object>> names = new ArrayList<>();
        List<String> written = splitTopLevel(latex.strip(), true);
        boolean others = false;
        for (int i = 0; i < written.size(); i++) {
            String name = written.get(i).strip();
            if (name.equals("others")) {
                if (i < written.size() - 1 && !others) {
                    // A list's order is the entry's problem: told at the entry, not at one of its fields.
                    warnings.accept(null, "'and others' comes before other names in the " + field + " list;"
                            + " it is read as the end of the list (\"et al.\" after the names given):"
                            + " move it after the last name");
                }
                others = true;
                continue;
            }
            if (name.isEmpty()) {
                continue;
            }
            if (isWhollyBraced(name)) {
                names.add(CslNames.literal(Latex.toUnicode(name)));
                continue;
            }
            Map<String, String> keyed = keyedParts(splitTopLevel(name, false));
            if (keyed != null) {
                Map<String, Object> parsed = CslNames.keyed(keyed);
                if (!parsed.isEmpty()) {
                    names.add(parsed);
                }
                continue;
            }
            if (semicolonOutsideBraces(name)) {
                warnings.accept(field, field + " '" + name + "' holds a ';', which BibTeX does not read as a"
                        + " separator: it is one person's name; separate names with 'and' (Smith, John and Doe, Jane)");
            }
            List<String> parts = new ArrayList<>();
            for (String part : splitTopLevel(name, false)) {
                parts.add(Latex.toUnicode(part));
            }
            names.add(CslNames.person(parts));
        }
        if (others && !names.isEmpty()) {
            names.add(CslNames.literal(CslNames.OTHERS));
        }
        if (!names.isEmpty()) {
            csl.put(field, List.copyOf(names));
        }
    }

    /**
     * The parts of a name in BibLaTeX's extended name format, which Better BibLaTeX writes for
     * names with particles ("family=Berg, given=Anna, prefix=van der, useprefix=true"): each
     * key in lower case to its value as text; null when a part is not {@code key=value}.
     */
    private static Map<String, String> keyedParts(List<String> commaParts) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : commaParts) {
            Matcher keyed = NAME_PART.matcher(part);
            if (!keyed.matches()) {
                return null;
            }
            out.put(keyed.group(1).toLowerCase(Locale.ROOT), Latex.toUnicode(keyed.group(2)));
        }
        return out;
    }

    /** One part of an extended name: a key such as family, given or given-i, "=", and its value. */
    private static final Pattern NAME_PART = Pattern.compile("\\s*([A-Za-z]+(?:-i)?)\\s*=(.*)", Pattern.DOTALL);

    /** Splits on " and " (names) or "," (name parts) outside braces. */
    private static List<String> splitTopLevel(String s, boolean onAnd) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                if (onAnd && Character.isWhitespace(c) && s.regionMatches(true, i + 1, "and", 0, 3)
                        && i + 4 < s.length() && Character.isWhitespace(s.charAt(i + 4))) {
                    parts.add(s.substring(start, i));
                    start = i + 5;
                    i += 4;
                } else if (!onAnd && c == ',') {
                    parts.add(s.substring(start, i));
                    start = i + 1;
                }
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    private static boolean isWhollyBraced(String name) {
        if (!name.startsWith("{") || !name.endsWith("}")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0 && i < name.length() - 1) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * BibLaTeX {@code date} (EDTF: a date, a range, a time left off) or BibTeX year, month and
     * day. What cannot be a date (a month 13, "March 2019" in {@code date}) is a warning naming
     * the field as written in the file ({@code written}), and is left out.
     */
    private static void date(Map<String, Object> csl, String field, String written, String date, String year,
                             String month, String day, BiConsumer<String, String> warnings) {
        List<Integer> parts = new ArrayList<>();
        List<List<Integer>> edtf = date == null || date.isBlank() ? null : CslItems.edtf(Latex.toUnicode(date));
        if (edtf != null) {
            List<List<Integer>> valid = new ArrayList<>();
            boolean warned = false;
            for (List<Integer> end : edtf) {
                List<Integer> kept = validParts(end);
                if (kept.size() < end.size()) {
                    warned = true;
                    warnings.accept(written, written + " '" + date.strip() + "' has no " + (kept.size() == 1 ? "month " + end.get(1)
                            : "day " + end.get(2)) + "; read as far as it is a date");
                }
                valid.add(kept);
            }
            if (valid.size() == 2 && valid.get(0).size() != valid.get(1).size()) {
                // citeproc-js stops at a range whose ends have different parts, and every citation of the page with it.
                int common = Math.min(valid.get(0).size(), valid.get(1).size());
                valid.replaceAll(end -> List.copyOf(end.subList(0, common)));
                if (!warned) {
                    warnings.accept(written, written + " '" + date.strip() + "': the ends of a range must be equally precise for"
                            + " CSL processors; read as " + edtfText(valid.get(0)) + "/" + edtfText(valid.get(1)));
                }
            }
            edtf = List.copyOf(valid);
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("date-parts", edtf);
            csl.put(field, value);
            return;
        }
        if (date != null && !date.isBlank()) {
            // EDTF's marks of an uncertain or approximate date (Better BibTeX writes "2019~") qualify it; the date stands.
            String start = Latex.toUnicode(date.replaceAll("[~?%]", "")).split("/")[0].strip();
            for (String piece : start.split("-")) {
                if (!piece.matches("\\d{1,4}") || parts.size() == 3) {
                    break;
                }
                parts.add(Integer.parseInt(piece));
            }
            parts = new ArrayList<>(validParts(parts));
            if (parts.isEmpty()) {
                warnings.accept(written, written + " '" + date.strip() + "' is not a date; write it as 2019, 2019-03 or"
                        + " 2019-03-15 (the entry is left without it)");
            }
        } else if (year != null && month == null && YEAR_RANGE.matcher(Latex.toUnicode(year).strip()).matches()) {
            // "2019--2020", a volume of an academic year: the range CSL holds, not a year kept as text.
            Matcher range = YEAR_RANGE.matcher(Latex.toUnicode(year).strip());
            range.matches();
            int from = Integer.parseInt(range.group(1));
            int to = Integer.parseInt(range.group(2));
            if (to > from) {
                Map<String, Object> value = new LinkedHashMap<>();
                value.put("date-parts", List.of(List.of(from), List.of(to)));
                csl.put(field, value);
                return;
            }
            parts.add(from);
        } else if (year != null && Latex.toUnicode(year).matches("\\d{1,4}")) {
            parts.add(Integer.parseInt(Latex.toUnicode(year)));
            String monthText = month == null ? null : Latex.toUnicode(month).strip();
            String dayText = day == null ? null : Latex.toUnicode(day);
            // Classic BibTeX styles put the day after the month: month = sep # "~15".
            Matcher withDay = monthText == null ? null : MONTH_AND_DAY.matcher(monthText);
            if (withDay != null && withDay.matches() && dayText == null) {
                monthText = withDay.group(1);
                dayText = withDay.group(2);
            }
            List<List<Integer>> range = monthText == null || dayText != null ? null
                    : monthRange(parts.get(0), monthText);
            if (range != null) {
                Map<String, Object> value = new LinkedHashMap<>();
                value.put("date-parts", range);
                csl.put(field, value);
                return;
            }
            Integer m = monthText == null ? null : month(monthText);
            if (m == null && monthText != null && !monthText.isEmpty()) {
                warnings.accept("month", "month '" + month.strip() + "' is not a month; write it as mar, March or 3 (left out)");
            }
            if (m != null) {
                parts.add(m);
                if (dayText != null && dayText.matches("\\d{1,2}")) {
                    parts.add(Integer.parseInt(dayText));
                    if (validParts(parts).size() < 3) {
                        // The day of month = sep # "~31" is in the month field.
                        warnings.accept(day != null ? "day" : "month",
                                "day '" + dayText.strip() + "' is not a day of that month; left out");
                        parts.remove(2);
                    }
                }
            }
        } else if (year != null && month == null && SEASON_YEAR.matcher(Latex.toUnicode(year).strip()).matches()) {
            // "Spring 2019": BibLaTeX's date = {2019-21}, which styles print as they print seasons and sort
            // as 2019; as text, citeproc-js sorted it after every dated work.
            Matcher season = SEASON_YEAR.matcher(Latex.toUnicode(year).strip());
            season.matches();
            String word = season.group(1) != null ? season.group(1) : season.group(4);
            String digits = season.group(2) != null ? season.group(2) : season.group(3);
            parts.add(Integer.parseInt(digits));
            parts.add(season(word));
        } else if (year != null && !year.isBlank()) {
            // Words ("in press") are a year as written; digits that are no year are a slip.
            if (Latex.toUnicode(year).matches(".*\\d.*")) {
                warnings.accept("year", "year '" + year.strip() + "' is not a year; write it as 2019 (it is kept as text, as"
                        + " written)");
            }
            Map<String, Object> literal = new LinkedHashMap<>();
            literal.put("literal", Latex.toUnicode(year));
            csl.put(field, literal);
            return;
        }
        if (!parts.isEmpty()) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("date-parts", List.of(List.copyOf(parts)));
            csl.put(field, value);
        }
    }

    /** Date parts as EDTF writes them: 2019-05. */
    private static String edtfText(List<Integer> parts) {
        StringBuilder text = new StringBuilder(parts.get(0).toString());
        for (int part : parts.subList(1, parts.size())) {
            text.append(part < 10 ? "-0" : "-").append(part);
        }
        return text.toString();
    }

    /** The date's parts up to the first that cannot be: a month outside 1-12 (21-24 are EDTF's seasons), a day its month does not have. */
    static List<Integer> validParts(List<Integer> parts) {
        if (parts.size() > 1 && !(parts.get(1) >= 1 && parts.get(1) <= 12 || parts.get(1) >= 21 && parts.get(1) <= 24)) {
            return parts.subList(0, 1);
        }
        if (parts.size() > 2 && !(parts.get(1) <= 12 && parts.get(2) >= 1
                && parts.get(2) <= YearMonth.of(parts.get(0), parts.get(1)).lengthOfMonth())) {
            return parts.subList(0, 2);
        }
        return parts;
    }

    /** A season and its year, "Spring 2019" or "2019 Fall", as some BibTeX exports write a quarterly's year. */
    private static final Pattern SEASON_YEAR = Pattern.compile(
            "(?i)(?:(spring|summer|autumn|fall|winter),?\\s+(\\d{4})|(\\d{4}),?\\s+(spring|summer|autumn|fall|winter))");

    /** Two years, "2019--2020" (an en dash once read), "2019-2020" or "2019/2020". */
    static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})\\s*(?:-{1,3}|[–—/])\\s*(\\d{4})");

    /** Two months of an issue, "Mar--Apr", "3/4" or mar # "--" # apr, as BibTeX exports write them. */
    private static final Pattern MONTH_RANGE = Pattern.compile(
            "(\\p{L}+\\.?|\\d{1,2})\\s*(?:-{1,3}|[–—/])\\s*(\\p{L}+\\.?|\\d{1,2})");

    /**
     * The date range of a month field naming two months, as CSL holds it (biblatex's
     * {@code date = {2019-03/2019-04}}); "Dec--Jan" runs into the next year. Null when it is no such range.
     */
    static List<List<Integer>> monthRange(int year, String monthText) {
        Matcher m = MONTH_RANGE.matcher(monthText);
        if (!m.matches()) {
            return null;
        }
        Integer from = month(m.group(1));
        Integer to = month(m.group(2));
        if (from == null || to == null || from.equals(to)) {
            return null;
        }
        return List.of(List.of(year, from), List.of(to < from ? year + 1 : year, to));
    }

    /** A month followed by its day, as in "September~15" (the tilde read as a no-break space). */
    private static final Pattern MONTH_AND_DAY = Pattern.compile("(\\p{L}+\\.?|\\d{1,2})[\\s\\u00A0]+(\\d{1,2})");

    /** 1 to 12 from "3", "mar", "March" or "march"; null otherwise. */
    static Integer month(String text) {
        String m = text.strip().toLowerCase(Locale.ROOT).replace(".", "");
        if (m.matches("\\d{1,2}")) {
            int n = Integer.parseInt(m);
            return n >= 1 && n <= 12 ? n : null;
        }
        for (int i = 0; i < MONTH_WORDS.size(); i++) {
            if (m.length() >= 3 && MONTH_WORDS.get(i).startsWith(m)) {
                return i + 1;
            }
        }
        return null;
    }

    /** BibLaTeX's month for a season, 21 (spring) to 24 (winter), from its English name; null for any other word. */
    static Integer season(String word) {
        int season = Seasons.of(word);
        return season == 0 ? null : 20 + season;
    }
}
