package org.evidencepress.csl;

import org.evidencepress.text.SortedStrings;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bibliography entries without the engine, for styles whose entry depends on its item
 * alone ({@link CacheRules#entries()}). citeproc-js costs milliseconds per entry in Rhino,
 * and a large site's works are mostly distinct, so reusing whole entries is not enough.
 *
 * <p>A work's <em>shape</em> is everything about it that can change how citeproc-js treats
 * its values: its type, which variables it has, the exact value of those that steer the
 * engine (language, note, edition, ...), the punctuation around each text value, the kind of
 * each page range, how many names it has and which end in a full stop. When
 * a second work of a shape comes, the engine formats a <em>probe</em> of the shape beside it:
 * the same work with each plain value replaced by a marker (two words of text, a number, a
 * year, a literal name). The probe's entry, split at the markers, is the shape's template; it
 * is kept only if filling it with the real work's values gives exactly the entry citeproc-js
 * made for that work. A style that changes a value's case or strips its full stops turns the
 * marker into text the split does not find (or finds stripped, and strips the value alike),
 * so it rejects the template rather than filling it wrong. Later works of the shape are
 * filled in microseconds.
 *
 * <p>Names are printed by {@link NameStyle}. A kind of name (its variable, the pattern of its
 * family and given names, its place in the list) is filled in only after a work holding it
 * came out of a template exactly as out of the engine. So is a kind of day (its digits and
 * ordinal ending) under each template. A month's text under a template is found where two
 * probes in different months differ, and for other months in the engine's entries of works
 * of the shape: a shape does not split into twelve for its months.
 */
final class EntryTemplates {
    /** Bound on remembered shapes, so a site of only unusual works does not fill the memory. */
    private static final int MAX_SHAPES = 50_000;
    /**
     * Marks that citeproc-js prints as they are when the style changes no case, besides
     * letters of the scripts it counts as "romanesque" (Latin, Greek, Cyrillic) and digits:
     * neither quotes nor markup.
     */
    private static final String PLAIN_MARKS = " ,;:()-\u2013\u2014/.%+?!=_#~@";
    private static final String NAME_MARKS = " .'\u2019-";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[2-9]|[1-9][0-9]{1,8}");
    /** One word, or words joined by hyphens: citeproc-js reads particles out of family names of several words. */
    private static final Pattern FAMILY = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*");
    private static final Pattern GIVEN_PART = Pattern.compile("\\p{Lu}\\p{Ll}+|\\p{Lu}\\.?");
    /** "O’Brien", "D'Angelo", "McDonald", "DerSimonian": one or two words run together. */
    private static final Pattern FAMILY_JOINED = Pattern.compile("(\\p{Lu}\\p{Ll}{0,3}['\u2019]?)\\p{Lu}\\p{Ll}+");
    /** Variables whose value steers citeproc-js (language, note's "key: value" lines), not printed as is. */
    private static final Set<String> STEERING = Set.of("type", "language", "note", "jurisdiction", "id");
    /** CSL's number variables: citeproc-js parses their text (ranges, "2nd"), so only plain numbers stand in. */
    private static final Set<String> NUMBERS = Set.of("chapter-number", "citation-number", "collection-number",
            "edition", "first-reference-note-number", "issue", "locator", "number", "number-of-pages",
            "number-of-volumes", "page", "page-first", "part-number", "printing-number", "section",
            "supplement-number", "version", "volume");
    private static final Set<String> DATES = Set.of("accessed", "available-date", "event-date", "issued",
            "original-date", "submitted");
    /** Marks whose spacing a locale may change (French puts a space before them): a marker repeats them. */
    private static final Pattern SPACED_MARK = Pattern.compile("[:;?!] ?");
    private static final Pattern PAGE_RANGE = Pattern.compile("[1-9][0-9]{0,5}-[1-9][0-9]{0,5}");
    /** What citeproc-js may print between the pages of a range: the locale's or style's term, or the hyphen. */
    private static final List<String> RANGE_DELIMITERS = List.of("\u2013", "-", "&#8211;");
    /** Stands for a month's text in a probe's entry: no style prints a private-use character of its own. */
    private static final String MONTH_MARK = "\uE010";
    /** What a month's text may hold, as citeproc-js prints a month term or number ("Mar", "März", "03"). */
    private static final Pattern MONTH_TEXT = Pattern.compile("[\\p{L}\\p{N}.]{1,20}");
    /** What a probe's markers look like, so that remains of a changed marker can be told. */
    private static final Pattern MARKER_REMAINS = Pattern.compile("(?i)qz[bn]");

    private final Map<String, NameStyle> names;
    /** The style's {@code page-range-format} ("" for none), or null for one not done here (Chicago's). */
    private final String pageRangeFormat;
    /** Number variables the style prints through cs:number in a form other than digits (ordinals, roman). */
    private final Set<String> numbersInWords;
    private final Map<String, Optional<Template>> learned = new ConcurrentHashMap<>();
    private final Sightings sightings = new Sightings();
    /** Shapes whose probe is with the engine: two reviews formatting at once probe a shape once. */
    private final Set<String> probing = ConcurrentHashMap.newKeySet();
    private final AtomicLong filled = new AtomicLong();
    /** Kinds of names ({@link PersonalName#kind()}) seen printed as citeproc-js prints them. */
    private final Set<String> provenNames = ConcurrentHashMap.newKeySet();

    private EntryTemplates(Map<String, NameStyle> names, Set<String> numbersInWords, String pageRangeFormat) {
        this.names = names;
        this.pageRangeFormat = pageRangeFormat;
        this.numbersInWords = numbersInWords;
    }

    /** Templates for a style, or null when the style's XML cannot be read. */
    static EntryTemplates of(String styleXml) {
        Optional<Element> root = StyleXml.root(styleXml);
        if (root.isEmpty()) {
            return null;
        }
        Set<String> inWords = new HashSet<>();
        NodeList numbers = root.get().getElementsByTagNameNS("*", "number");
        for (int i = 0; i < numbers.getLength(); i++) {
            Element number = (Element) numbers.item(i);
            String form = number.getAttribute("form");
            if (!form.isEmpty() && !form.equals("numeric")) {
                inWords.add(number.getAttribute("variable"));
            }
        }
        String format = root.get().getAttribute("page-range-format");
        return new EntryTemplates(NameStyle.ofBibliography(root.get()), Set.copyOf(inWords),
                Set.of("", "expanded", "minimal", "minimal-two").contains(format) ? format : null);
    }

    /** A value put in place of a marker, in the form the marker took in the probe's entry. */
    private sealed interface Value {
        /** What the marker of this value may have become in the probe's entry, by form: as it is, unless said otherwise. */
        default List<String> forms(String marker, EntryTemplates style) {
            return List.of(marker);
        }

        /** The value as the template prints it; null when the template has not learned how yet. */
        String render(int form, Template template, EntryTemplates style);
    }

    private record Text(String core) implements Value {
        /** As written, or with its full stops stripped ({@code strip-periods}). */
        public List<String> forms(String marker, EntryTemplates style) {
            return List.of(marker, marker.replace(".", ""));
        }

        public String render(int form, Template template, EntryTemplates style) {
            return form == 0 ? core : core.replace(".", "");
        }
    }

    private record Digits(String digits) implements Value {
        public String render(int form, Template template, EntryTemplates style) {
            return digits;
        }
    }

    /**
     * A day of a date. Its digits print as the probe's stand-in did, with a leading zero where
     * that had one; {@code kind} is the stand-in of its number of digits and ordinal ending,
     * which must have printed as citeproc-js prints it under a template before that template
     * fills it in ("7" may hide "1er" or "1st").
     */
    private record Day(String digits, int kind) implements Value {
        public List<String> forms(String marker, EntryTemplates style) {
            return marker.length() == 1 ? List.of(marker, "0" + marker) : List.of(marker);
        }

        public String render(int form, Template template, EntryTemplates style) {
            return form == 1 && digits.length() == 1 ? "0" + digits : digits;
        }
    }

    /**
     * A month of a date (1-12), marked in the probe by {@link #MONTH_MARK} where its text was.
     * Its text is what citeproc-js printed for it under the template,
     * learned for each month from the engine's entries ({@link Template#monthTexts}).
     */
    private record Month(int month) implements Value {
        public String render(int form, Template template, EntryTemplates style) {
            return template.monthTexts().get(month);
        }
    }

    /**
     * A personal name as {@link NameStyle} prints it (without a final full stop, which the
     * template holds); {@code kind} is its variable, given-name pattern and place in the list,
     * which must have printed as citeproc-js prints them before a template fills it in.
     */
    private record PersonalName(String shown, String kind) implements Value {
        public String render(int form, Template template, EntryTemplates style) {
            return shown;
        }
    }

    /** A page range of two plain numbers, in each delimiter citeproc-js may print between them. */
    private record PageRange(String first, String last) implements Value {
        public List<String> forms(String marker, EntryTemplates style) {
            String[] ends = marker.split("-");
            return RANGE_DELIMITERS.stream().map(delimiter -> new PageRange(ends[0], ends[1]).shown(delimiter,
                    style.pageRangeFormat)).toList();
        }

        public String render(int form, Template template, EntryTemplates style) {
            return shown(RANGE_DELIMITERS.get(form), style.pageRangeFormat);
        }

        /** The range in a {@code page-range-format}: minimal ones leave out the leading digits in common. */
        String shown(String delimiter, String format) {
            String shownLast = last;
            if (first.length() == last.length() && format.startsWith("minimal")) {
                int keep = last.length() - commonDigits(first, last);
                if (format.equals("minimal-two")) {
                    keep = Math.max(keep, Math.min(2, last.length()));
                }
                shownLast = last.substring(last.length() - keep);
            }
            return first + delimiter + shownLast;
        }
    }

    /**
     * A work read for a template: its shape and its values in the order of the markers; with
     * its probe and the markers, when read for probing, else these are null. A work with a
     * month has a second probe, the same in another month: where the two entries differ is
     * the month's text.
     */
    record Reading(String shape, Map<String, Object> probe, Map<String, Object> otherMonthProbe,
                   List<String> markers, List<Value> values) {
    }

    /** The work's shape and values, or null when nothing of it is plain enough to stand in for. */
    Reading read(Map<String, Object> item) {
        return read(item, false);
    }

    /** As {@link #read(Map)}, with the probe and its markers: only a work whose shape is probed needs them. */
    Reading readForProbe(Map<String, Object> item) {
        return read(item, true);
    }

    private Reading read(Map<String, Object> item, boolean probing) {
        StringBuilder shape = new StringBuilder(256);
        Map<String, Object> probe = probing ? new LinkedHashMap<>() : null;
        List<String> markers = probing ? new ArrayList<>() : null;
        List<Value> values = new ArrayList<>();
        int years = 0;
        int ranges = 0;
        String monthVariable = null;
        // In the order of their names, so that the shape does not depend on the order of the fields.
        String[] variables = SortedStrings.of(item.keySet());
        for (String variable : variables) {
            Object value = item.get(variable);
            if (variable.equals("id")) {
                continue;
            }
            shape.append(variable).append('=');
            if (STEERING.contains(variable)) {
                exact(shape, probe, variable, value);
            } else if (value instanceof String || value instanceof Number) {
                String text = value.toString();
                if (PLAIN_NUMBER.matcher(text).matches() && !numbersInWords.contains(variable)) {
                    mark(probe, markers, variable, String.valueOf(900_000_000 + values.size()));
                    values.add(new Digits(text));
                    shape.append("#");
                } else if (variable.equals("page") && pageRangeFormat != null && ranges == 0
                        && value instanceof String range && PAGE_RANGE.matcher(range).matches()) {
                    String[] ends = range.split("-");
                    int common = ends[0].length() == ends[1].length() ? commonDigits(ends[0], ends[1]) : -1;
                    boolean ascending = ends[0].length() < ends[1].length()
                            || (common >= 0 && ends[0].compareTo(ends[1]) < 0);
                    if (!ascending) {
                        exact(shape, probe, variable, value);
                    } else {
                        // Digits of its own with the same lengths and the same leading digits in common.
                        if (probing) {
                            mark(probe, markers, variable, probeRange(ends[0].length(), ends[1].length(), common));
                        }
                        values.add(new PageRange(ends[0], ends[1]));
                        shape.append("r").append(ends[0].length()).append(',').append(ends[1].length()).append(',')
                                .append(common);
                        ranges++;
                    }
                } else if (NUMBERS.contains(variable) || DATES.contains(variable) || !(value instanceof String string)
                        || !text(shape, probe, variable, string, markers, values)) {
                    exact(shape, probe, variable, value);
                }
            } else if (value instanceof List<?> list && names.containsKey(variable) && !list.isEmpty()) {
                NameStyle style = names.get(variable);
                List<Object> shown = probing ? new ArrayList<>() : null;
                for (int i = 0; i < list.size(); i++) {
                    String kind = kindOfName(list.get(i));
                    if (kind == null) {
                        // Printed by the engine in the probe, as it is: the shape holds it whole.
                        if (probing) {
                            shown.add(list.get(i));
                        }
                        Json.write(shape, list.get(i));
                        shape.append(';');
                        continue;
                    }
                    Map<?, ?> name = (Map<?, ?>) list.get(i);
                    String printed = style.render((String) name.get("family"), (String) name.get("given"), i);
                    // A name ending in an initial's full stop ends its marker in one, so that the
                    // probe shows how the punctuation after it merges with that stop.
                    String stop = printed.endsWith(".") ? "." : "";
                    if (probing) {
                        String code = code(values.size());
                        String marker = "qzn" + code + " QZN" + code.toUpperCase(Locale.ROOT);
                        shown.add(Map.of("literal", marker + stop));
                        markers.add(marker);
                    }
                    values.add(new PersonalName(printed.substring(0, printed.length() - stop.length()),
                            variable + '|' + kind + '|' + style.positionClass(i)));
                    shape.append(stop).append(';');
                }
                if (probing) {
                    probe.put(variable, shown);
                }
            } else if (years < 90 && plainYear(value) instanceof Integer year) {
                List<?> parts = (List<?>) ((List<?>) ((Map<?, ?>) value).get("date-parts")).get(0);
                List<Object> marked = new ArrayList<>(parts);
                int marker = 2900 + years++;
                marked.set(0, marker);
                if (probing) {
                    markers.add(Integer.toString(marker));
                }
                values.add(new Digits(year.toString()));
                shape.append("y");
                if (parts.size() > 1) {
                    int month = (Integer) parts.get(1);
                    if (monthVariable == null && month >= 1 && month <= 12) {
                        // One month per work is learned apart from its shape; the probe keeps it.
                        monthVariable = variable;
                        if (probing) {
                            markers.add(MONTH_MARK);
                        }
                        values.add(new Month(month));
                        shape.append('m');
                    } else {
                        shape.append(month);
                    }
                }
                if (parts.size() == 3) {
                    // A day of the same kind: as many digits and the same ordinal ending ("1st", "22nd").
                    int day = (Integer) parts.get(2);
                    int ending = day % 10 >= 1 && day % 10 <= 3 && day / 10 != 1 ? day % 10 : 7;
                    int stand = day < 10 ? ending : 20 + ending;
                    marked.set(2, stand);
                    if (probing) {
                        markers.add(Integer.toString(stand));
                    }
                    values.add(new Day(Integer.toString(day), stand));
                    shape.append('d');
                }
                if (probing) {
                    probe.put(variable, Map.of("date-parts", List.of(marked)));
                }
            } else {
                exact(shape, probe, variable, value);
            }
            shape.append('\u0001');
        }
        if (values.isEmpty()) {
            return null;
        }
        return new Reading(shape.toString(), probe, probing && monthVariable != null
                ? otherMonth(probe, monthVariable) : null, probing ? List.copyOf(markers) : null, List.copyOf(values));
    }

    /**
     * The probe with its month moved by half a year: the two month texts then differ from
     * their first letter or digit on in the common styles and locales (a shared start, as
     * in "Jan" and "Jul", is taken back in by {@link #monthRegion}).
     */
    private static Map<String, Object> otherMonth(Map<String, Object> probe, String variable) {
        List<?> parts = (List<?>) ((List<?>) ((Map<?, ?>) probe.get(variable)).get("date-parts")).get(0);
        List<Object> moved = new ArrayList<>(parts);
        moved.set(1, halfAYearOn((Integer) parts.get(1)));
        Map<String, Object> other = new LinkedHashMap<>(probe);
        other.put(variable, Map.of("date-parts", List.of(moved)));
        return other;
    }

    private static int halfAYearOn(int month) {
        return month <= 6 ? month + 6 : month - 6;
    }

    /**
     * The work's entry from its shape's template; null when the shape has none (yet, or
     * ever), or a name in it is of a kind not yet seen printed as citeproc-js prints it.
     */
    String fill(Reading reading) {
        Optional<Template> template = learned.get(reading.shape());
        if (template == null || template.isEmpty()
                || !template.get().kindsOfNames(reading.values()).stream().allMatch(provenNames::contains)
                || !template.get().provenDays.containsAll(daysOf(reading.values()))) {
            return null;
        }
        String entry = template.get().fill(reading.values(), this, null);
        if (entry != null) {
            filled.incrementAndGet();
        }
        return entry;
    }

    private static Set<Integer> daysOf(List<Value> values) {
        Set<Integer> kinds = new HashSet<>();
        for (Value value : values) {
            if (value instanceof Day day) {
                kinds.add(day.kind());
            }
        }
        return kinds;
    }

    /**
     * Whether to probe this work's shape now ({@link Sightings}); never when it has a template
     * or a refusal, or another review is probing it. A true answer claims the probe until
     * {@link #probed} is called.
     */
    boolean worthProbing(Reading reading) {
        return !learned.containsKey(reading.shape()) && learned.size() < MAX_SHAPES
                && !probing.contains(reading.shape()) && sightings.worthProbing(reading.shape())
                && probing.add(reading.shape());
    }

    /** Ends the claim of {@link #worthProbing}, whether or not the probe gave a template. */
    void probed(Reading reading) {
        probing.remove(reading.shape());
    }

    /**
     * Keeps the template the probe's entry gives, if filling it with the work's values gives
     * the work's own entry; else remembers that the shape has none.
     */
    void learn(Reading reading, String probeEntry, String otherMonthEntry, String workEntry) {
        // What each marker may have become: needed only here, not for the works a template fills.
        List<List<String>> forms = new ArrayList<>(reading.values().size());
        for (int i = 0; i < reading.values().size(); i++) {
            forms.add(reading.values().get(i).forms(reading.markers().get(i), this));
        }
        Template template = null;
        if (reading.otherMonthProbe() == null || probeEntry.equals(otherMonthEntry)) {
            // No month, or one the style does not print here.
            template = Template.split(probeEntry, forms);
        } else if (otherMonthEntry != null) {
            int[] region = monthRegion(probeEntry, otherMonthEntry);
            String text = region == null ? null : probeEntry.substring(region[0], region[1]);
            // A month text that took in a value's marker ("7Jan") would print the probe's value.
            if (text != null && reading.markers().stream().noneMatch(marker -> !marker.equals(MONTH_MARK)
                    && text.contains(marker))) {
                template = Template.split(probeEntry.substring(0, region[0]) + MONTH_MARK
                        + probeEntry.substring(region[1]), forms);
                if (template != null) {
                    int month = monthOf(reading.values());
                    template.monthTexts.put(month, text);
                    template.monthTexts.put(halfAYearOn(month), otherMonthEntry.substring(region[0], region[2]));
                }
            }
        }
        if (template != null) {
            // The probe's day stand-in is of the work's kind: the check below proves it.
            template.provenDays.addAll(daysOf(reading.values()));
        }
        boolean agrees = template != null && workEntry.equals(template.fill(reading.values(), this, null));
        learned.putIfAbsent(reading.shape(), agrees ? Optional.of(template) : Optional.empty());
        if (agrees) {
            provenNames.addAll(template.kindsOfNames(reading.values()));
        }
    }

    private static int monthOf(List<Value> values) {
        for (Value value : values) {
            if (value instanceof Month month) {
                return month.month();
            }
        }
        throw new IllegalArgumentException("no month");
    }

    /**
     * Where two entries of probes that differ in their month alone differ: start and end in
     * the first, end in the second; widened to whole words and numbers ("Jan" and "Jul" share
     * a "J"). Null when the text there is not a month's.
     */
    private static int[] monthRegion(String first, String second) {
        int start = 0;
        int shorter = Math.min(first.length(), second.length());
        while (start < shorter && first.charAt(start) == second.charAt(start)) {
            start++;
        }
        int common = 0;
        while (common < shorter - start && first.charAt(first.length() - 1 - common)
                == second.charAt(second.length() - 1 - common)) {
            common++;
        }
        while (start > 0 && Character.isLetterOrDigit(first.charAt(start - 1))) {
            start--;
        }
        while (common > 0 && Character.isLetterOrDigit(first.charAt(first.length() - common))) {
            common--;
        }
        int firstEnd = first.length() - common;
        int secondEnd = second.length() - common;
        if (!MONTH_TEXT.matcher(first.substring(start, firstEnd)).matches()
                || !MONTH_TEXT.matcher(second.substring(start, secondEnd)).matches()) {
            return null;
        }
        return new int[]{start, firstEnd, secondEnd};
    }

    /**
     * Notes the kinds of names of a work the engine formatted as proven, when its shape's
     * template filled with them gives the engine's entry.
     */
    void confirm(Reading reading, String workEntry) {
        Optional<Template> found = learned.get(reading.shape());
        if (workEntry == null || found == null || found.isEmpty()) {
            return;
        }
        Template template = found.get();
        if (template.fill(reading.values(), this, null) == null) {
            // A month not seen under this template yet: its text is what stands where the template has it.
            String around = template.fill(reading.values(), this, MONTH_MARK);
            int at = around.indexOf(MONTH_MARK);
            String before = around.substring(0, at);
            String after = around.substring(at + MONTH_MARK.length());
            if (workEntry.length() > before.length() + after.length() && workEntry.startsWith(before)
                    && workEntry.endsWith(after)) {
                String text = workEntry.substring(before.length(), workEntry.length() - after.length());
                if (MONTH_TEXT.matcher(text).matches()) {
                    template.monthTexts.putIfAbsent(monthOf(reading.values()), text);
                }
            }
        }
        if (provenNames.size() < MAX_SHAPES && workEntry.equals(template.fill(reading.values(), this, null))) {
            provenNames.addAll(template.kindsOfNames(reading.values()));
            template.provenDays.addAll(daysOf(reading.values()));
        }
    }

    /** How many shapes have a template, for tests and measurements. */
    int templates() {
        return (int) learned.values().stream().filter(Optional::isPresent).count();
    }

    /** How many entries were filled in from templates. */
    long filled() {
        return filled.get();
    }

    private static void exact(StringBuilder shape, Map<String, Object> probe, String variable, Object value) {
        Json.write(shape, value);
        if (probe != null) {
            probe.put(variable, value);
        }
    }

    /** Puts a marker in the probe, if there is one. */
    private static void mark(Map<String, Object> probe, List<String> markers, String variable, String marker) {
        if (probe != null) {
            probe.put(variable, marker);
            markers.add(marker);
        }
    }

    /**
     * A text value as a marker with the same punctuation before and after it and the same
     * ": " splits inside; false when the text is not plain.
     */
    private static boolean text(StringBuilder shape, Map<String, Object> probe, String variable, String value,
                                List<String> markers, List<Value> values) {
        if (!plain(value, PLAIN_MARKS) || value.contains("  ") || value.contains("--")) {
            return false;
        }
        int start = 0;
        while (start < value.length() && !romanesqueLetterOrDigit(value.charAt(start))) {
            start++;
        }
        if (start == value.length()) {
            return false;
        }
        int end = value.length() - 1;
        while (!romanesqueLetterOrDigit(value.charAt(end))) {
            end--;
        }
        String before = value.substring(0, start);
        String after = value.substring(end + 1);
        String core = value.substring(start, end + 1);
        if (before.length() > 3 || after.length() > 3) {
            return false;
        }
        String code = code(values.size());
        // Two words, one in lower and one in upper case, and a full stop: any change of case
        // or stripping of periods the style makes shows in the probe.
        StringBuilder marker = probe == null ? null
                : new StringBuilder("qzb").append(code).append(". QZB").append(code.toUpperCase(Locale.ROOT));
        StringBuilder marks = new StringBuilder();
        Matcher mark = SPACED_MARK.matcher(core);
        while (mark.find()) {
            marks.append(mark.group());
            if (marker != null) {
                marker.append(mark.group()).append("qzb").append(code);
            }
        }
        if (probe != null) {
            probe.put(variable, before + marker + after);
            markers.add(marker.toString());
        }
        values.add(new Text(core));
        shape.append('"').append(before).append('|').append(after).append('|').append(marks)
                .append('|').append(core.indexOf('.') >= 0);
        return true;
    }

    /**
     * A name of a family name and given names or initials only, which {@link NameStyle}
     * prints, as the pattern of its parts ("O’W|W I." for Seán A. O’Brien); null for any other.
     */
    private static String kindOfName(Object entry) {
        if (!(entry instanceof Map<?, ?> name) || !(name.get("family") instanceof String family)
                || !plain(family, NAME_MARKS)) {
            return null;
        }
        for (Object key : name.keySet()) {
            if (!key.equals("family") && !key.equals("given")) {
                return null;
            }
        }
        String familyPattern;
        Matcher joined = FAMILY_JOINED.matcher(family);
        if (FAMILY.matcher(family).matches()) {
            // Capitalised words joined by hyphens: "W", "W-W", ...
            familyPattern = "W" + "-W".repeat((int) family.chars().filter(c -> c == '-').count());
        } else if (joined.matches()) {
            // "O’Brien", "McDonald": the part before the join is kept, as citeproc-js may read it as a particle.
            familyPattern = joined.group(1) + "W";
        } else {
            return null;
        }
        Object given = name.get("given");
        if (given == null) {
            return familyPattern + "|-";
        }
        String givenPattern = given instanceof String text && plain(text, NAME_MARKS) ? pattern(text) : null;
        return givenPattern == null ? null : familyPattern + '|' + givenPattern;
    }

    /** "John A." as "W I.", "Jean-Paul" as "W-W"; null for given names of another kind. */
    private static String pattern(String given) {
        StringBuilder pattern = new StringBuilder();
        for (String word : given.split(" ", -1)) {
            if (!pattern.isEmpty()) {
                pattern.append(' ');
            }
            String[] parts = word.split("-", -1);
            for (int p = 0; p < parts.length; p++) {
                if (!GIVEN_PART.matcher(parts[p]).matches()) {
                    return null;
                }
                pattern.append(p > 0 ? "-" : "").append(parts[p].length() > 2 || (parts[p].length() == 2
                        && parts[p].charAt(1) != '.') ? "W" : parts[p].length() == 2 ? "I." : "I");
            }
        }
        return pattern.toString();
    }

    /** The year of a date of date-parts only, with a year of four digits; else null. */
    private static Object plainYear(Object value) {
        if (!(value instanceof Map<?, ?> date) || date.size() != 1 || !(date.get("date-parts") instanceof List<?> all)
                || all.size() != 1 || !(all.get(0) instanceof List<?> parts) || parts.isEmpty() || parts.size() > 3) {
            return null;
        }
        for (Object part : parts) {
            if (!(part instanceof Integer)) {
                return null;
            }
        }
        int year = (Integer) parts.get(0);
        return year >= 1000 && year <= 2899 ? year : null;
    }

    /** Whether the text holds only romanesque letters, digits and {@code marks}. */
    private static boolean plain(String text, String marks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!romanesqueLetterOrDigit(c) && marks.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A letter of the Latin, Greek or Cyrillic script, or an ASCII digit (the script lookup only past ASCII). */
    private static boolean romanesqueLetterOrDigit(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (!Character.isLetter(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.CYRILLIC;
    }

    /** Two letters for a marker's number. */
    private static String code(int index) {
        return "" + (char) ('a' + index / 26 % 26) + (char) ('a' + index % 26);
    }

    /** Leading digits two numbers of one length have in common (before the last digit). */
    private static int commonDigits(String first, String last) {
        int common = 0;
        while (common < first.length() - 1 && first.charAt(common) == last.charAt(common)) {
            common++;
        }
        return common;
    }

    /** A probe's page range: "8883-8886" for 1124-1127, lengths and leading digits in common as the work's. */
    private static String probeRange(int firstLength, int lastLength, int common) {
        if (common < 0) {
            return "3".repeat(firstLength) + "-" + "6".repeat(lastLength);
        }
        return "8".repeat(common) + "3".repeat(firstLength - common) + "-" + "8".repeat(common)
                + "6".repeat(lastLength - common);
    }

    /**
     * An entry as literal text between the places of the markers, each slot naming its value
     * and form. The texts of months and the kinds of days it may fill in grow as works of its
     * shape are seen printed by the engine.
     */
    private record Template(List<String> literals, List<Integer> slots, List<Integer> forms,
                            Map<Integer, String> monthTexts, Set<Integer> provenDays) {

        /** The probe's entry split at its markers; null when a marker came out changed. */
        static Template split(String probeEntry, List<List<String>> markers) {
            Map<String, int[]> byText = new LinkedHashMap<>();
            for (int i = 0; i < markers.size(); i++) {
                for (int f = 0; f < markers.get(i).size(); f++) {
                    byText.putIfAbsent(markers.get(i).get(f), new int[]{i, f});
                }
            }
            List<String> alternatives = new ArrayList<>();
            byText.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).forEach(text ->
                    alternatives.add(Character.isDigit(text.charAt(0)) ? "(?<![0-9])" + Pattern.quote(text) + "(?![0-9])"
                            : Pattern.quote(text)));
            Matcher matcher = Pattern.compile(String.join("|", alternatives)).matcher(probeEntry);
            List<String> literals = new ArrayList<>();
            List<Integer> slots = new ArrayList<>();
            List<Integer> forms = new ArrayList<>();
            int at = 0;
            Set<Integer> matched = new HashSet<>();
            while (matcher.find()) {
                literals.add(probeEntry.substring(at, matcher.start()));
                int[] slot = byText.get(matcher.group());
                if (!matched.add(slot[0])) {
                    // A value printed twice, or a day's digits that also stand elsewhere in the entry.
                    return null;
                }
                slots.add(slot[0]);
                forms.add(slot[1]);
                at = matcher.end();
            }
            literals.add(probeEntry.substring(at));
            for (String literal : literals) {
                if (MARKER_REMAINS.matcher(literal).find()) {
                    return null;
                }
            }
            return new Template(List.copyOf(literals), List.copyOf(slots), List.copyOf(forms),
                    new ConcurrentHashMap<>(), ConcurrentHashMap.newKeySet());
        }

        /** The kinds of the names the template prints. */
        Set<String> kindsOfNames(List<Value> values) {
            Set<String> kinds = new HashSet<>();
            for (int slot : slots) {
                if (values.get(slot) instanceof PersonalName name) {
                    kinds.add(name.kind());
                }
            }
            return kinds;
        }

        /**
         * The entry; a value the template cannot print yet (a month whose text it has not
         * learned) prints as {@code unknown}, or, if that is null, makes the entry null.
         */
        String fill(List<Value> values, EntryTemplates style, String unknown) {
            StringBuilder out = new StringBuilder(literals.get(0));
            for (int i = 0; i < slots.size(); i++) {
                String text = values.get(slots.get(i)).render(forms.get(i), this, style);
                if (text == null && unknown == null) {
                    return null;
                }
                out.append(text != null ? text : unknown).append(literals.get(i + 1));
            }
            return out.toString();
        }
    }
}
