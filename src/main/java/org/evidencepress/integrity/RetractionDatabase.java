package org.evidencepress.integrity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A local copy of the Retraction Watch database as Crossref publishes it: a CSV file
 * (RFC 4180: quoted fields may hold commas, quotes and line breaks) with one record per
 * notice. Only the four columns needed are kept, keyed by the original paper's DOI; the
 * other columns (titles, reasons, notes) are skipped without being copied, which keeps
 * a file of some 60,000 rows well under a second to load.
 */
public final class RetractionDatabase {
    public static final RetractionDatabase EMPTY = new RetractionDatabase(Map.of(), 0);
    static final String ORIGINAL_DOI = "OriginalPaperDOI";
    static final String NOTICE_DOI = "RetractionDOI";
    static final String DATE = "RetractionDate";
    static final String NATURE = "RetractionNature";

    private final Map<String, List<RetractionNotice>> byDoi;
    private final int records;

    private RetractionDatabase(Map<String, List<RetractionNotice>> byDoi, int records) {
        this.byDoi = byDoi;
        this.records = records;
    }

    /** The notices about the work with this DOI, oldest first; empty when there are none. */
    /** Whether no work has a notice: the site names no database, or an empty one. */
    public boolean isEmpty() {
        return byDoi.isEmpty();
    }

    public List<RetractionNotice> notices(String doi) {
        // Most sites have no database: skip the key, which serve made for every source on every rebuild.
        return doi == null || byDoi.isEmpty() ? List.of() : byDoi.getOrDefault(Doi.key(doi), List.of());
    }

    /**
     * The notice a reader of a work must see first: a retraction before an expression of
     * concern before a correction, the latest of its kind; null when there is none. A
     * reinstatement undoes what came before it: the journal stands by the work again.
     */
    public RetractionNotice mostSerious(String doi) {
        List<RetractionNotice> notices = notices(doi);
        LocalDate reinstated = null;
        for (RetractionNotice n : notices) {
            if (n.isReinstatement() && n.date() != null && (reinstated == null || n.date().isAfter(reinstated))) {
                reinstated = n.date();
            }
        }
        RetractionNotice best = null;
        for (RetractionNotice n : notices) {
            boolean undone = reinstated != null && n.date() != null && !n.date().isAfter(reinstated);
            if (n.matters() && !undone && (best == null || rank(n) <= rank(best))) {
                best = n;
            }
        }
        return best;
    }

    private static int rank(RetractionNotice n) {
        return n.isRetraction() ? 0 : n.nature().equalsIgnoreCase("Expression of concern") ? 1 : 2;
    }

    /** How many records the file held. */
    public int records() {
        return records;
    }

    /** The database, or the problem with the file (a one-line message with its position). */
    public record Loaded(RetractionDatabase database, String problem) {
    }

    /** The last file loaded, reused while it is unchanged: a long-running server rebuilds often. */
    private static Cached last;

    private record Cached(Path file, FileTime modified, long size, Loaded loaded) {
    }

    public static Loaded load(Path file) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            Cached cached;
            synchronized (RetractionDatabase.class) {
                cached = last;
            }
            if (cached != null && cached.file.equals(file) && cached.modified.equals(modified) && cached.size == size) {
                return cached.loaded;
            }
            Loaded loaded = parse(Files.readAllBytes(file));
            synchronized (RetractionDatabase.class) {
                last = new Cached(file, modified, size, loaded);
            }
            return loaded;
        } catch (NoSuchFileException e) {
            return new Loaded(null, "no such file");
        } catch (IOException e) {
            return new Loaded(null, "cannot be read: " + Objects.requireNonNullElse(e.getMessage(), e.toString()));
        }
    }

    /** Parses the CSV text. */
    public static Loaded parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses the bytes of the CSV file (UTF-8). */
    public static Loaded parse(byte[] bytes) {
        Csv csv = new Csv(bytes);
        List<String> header = new ArrayList<>();
        if (!csv.row(header, null)) {
            return new Loaded(null, csv.problem != null ? csv.problem : "is empty: expected the Retraction Watch "
                    + "CSV header");
        }
        int original = header.indexOf(ORIGINAL_DOI);
        int notice = header.indexOf(NOTICE_DOI);
        int date = header.indexOf(DATE);
        int nature = header.indexOf(NATURE);
        List<String> missing = new ArrayList<>();
        for (String column : List.of(ORIGINAL_DOI, NOTICE_DOI, DATE, NATURE)) {
            if (!header.contains(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            return new Loaded(null, "line 1: not the Retraction Watch CSV: no column " + String.join(", ", missing));
        }
        boolean[] wanted = new boolean[header.size()];
        wanted[original] = wanted[notice] = wanted[date] = wanted[nature] = true;
        Map<String, List<RetractionNotice>> byDoi = new HashMap<>();
        String[] row = new String[header.size()];
        int records = 0;
        while (true) {
            int line = csv.line;
            int count = csv.row(row, wanted);
            if (count < 0) {
                break;
            }
            if (csv.problem != null) {
                return new Loaded(null, csv.problem);
            }
            if (count == 1 && header.size() > 1) {
                continue; // a blank line
            }
            if (count != header.size()) {
                return new Loaded(null, "line " + line + ": " + count + " fields where the header has "
                        + header.size());
            }
            records++;
            String doi = Doi.normalise(row[original]);
            if (!Doi.isValid(doi)) {
                continue; // "unavailable", or no DOI: such a work cannot be cited by DOI
            }
            LocalDate day = date(row[date]);
            if (day == null) {
                return new Loaded(null, "line " + line + ": RetractionDate '" + row[date]
                        + "' is not a date such as 5/3/2021 0:00");
            }
            String noticeDoi = Doi.normalise(row[notice]);
            byDoi.computeIfAbsent(Doi.key(doi), k -> new ArrayList<>(1)).add(new RetractionNotice(
                    row[nature] == null || row[nature].isBlank() ? "Retraction" : row[nature].strip(), day,
                    Doi.isValid(noticeDoi) ? noticeDoi : null));
        }
        byDoi.values().forEach(list -> list.sort((a, b) -> a.date().compareTo(b.date())));
        return new Loaded(new RetractionDatabase(byDoi, records), null);
    }

    /** "5/3/2021 0:00" (month/day/year, as the database writes dates; "5/3/21" as a spreadsheet saves it), or an ISO date. */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        int space = t.indexOf(' ');
        if (space > 0) {
            t = t.substring(0, space);
        }
        try {
            String[] parts = t.split("/");
            if (parts.length == 3) {
                int year = Integer.parseInt(parts[2]);
                if (parts[2].length() == 2) {
                    // A spreadsheet saves "5/3/2021" back as "5/3/21"; read as it reads it, 00-29 in
                    // this century and 30-99 in the last (Retraction Watch goes back to the 1920s).
                    year += year < 30 ? 2000 : 1900;
                } else if (parts[2].length() != 4) {
                    return null;
                }
                return LocalDate.of(year, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
            return LocalDate.parse(t);
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    /**
     * An RFC 4180 reader over the file's bytes. The structural characters (comma, quote,
     * line break) are ASCII, which never occurs inside a UTF-8 sequence, so the bytes are
     * scanned as they are and only the fields asked for are decoded.
     */
    private static final class Csv {
        private final byte[] text;
        private int pos;
        int line = 1;
        /** Where the current line starts, for columns in messages. */
        private int lineBegin;
        String problem;

        Csv(byte[] text) {
            this.text = text;
            if (text.length >= 3 && (text[0] & 0xFF) == 0xEF && (text[1] & 0xFF) == 0xBB && (text[2] & 0xFF) == 0xBF) {
                pos = lineBegin = 3; // a byte-order mark
            }
        }

        /** Reads the header row into {@code into}; false at the end of the text or on a problem. */
        boolean row(List<String> into, boolean[] wanted) {
            String[] cells = new String[512];
            int n = row(cells, null);
            if (n < 0 || problem != null) {
                return false;
            }
            for (int i = 0; i < Math.min(n, cells.length); i++) {
                into.add(cells[i] == null ? "" : cells[i].strip());
            }
            return true;
        }

        /** The 1-based column, in characters, of byte {@code at} on the current line. */
        private int column(int at) {
            return new String(text, lineBegin, at - lineBegin, StandardCharsets.UTF_8).length() + 1;
        }

        /**
         * Reads one record; fields that are not {@code wanted} (all are when it is null)
         * are left null. Returns the number of fields, or -1 at the end of the text.
         */
        int row(String[] into, boolean[] wanted) {
            byte[] t = text;
            int length = t.length;
            if (pos >= length) {
                return -1;
            }
            int field = 0;
            while (true) {
                boolean keep = field < into.length && (wanted == null || field < wanted.length && wanted[field]);
                String value = null;
                if (pos < length && t[pos] == '"') {
                    value = quoted(keep);
                    if (problem != null) {
                        return field + 1;
                    }
                } else {
                    int end = pos;
                    byte b;
                    while (end < length && (b = t[end]) != ',' && b != '\n' && b != '\r') {
                        if (b == '"') {
                            problem = "line " + line + ", column " + column(end) + ": a quote inside an unquoted field";
                            return field + 1;
                        }
                        end++;
                    }
                    if (keep) {
                        value = new String(t, pos, end - pos, StandardCharsets.UTF_8);
                    }
                    pos = end;
                }
                if (field < into.length) {
                    into[field] = value;
                }
                field++;
                if (pos >= length) {
                    return field;
                }
                byte c = t[pos];
                if (c == ',') {
                    pos++;
                    continue;
                }
                if (c == '\r') {
                    pos++;
                    if (pos < length && t[pos] == '\n') {
                        pos++;
                    }
                } else if (c == '\n') {
                    pos++;
                } else {
                    problem = "line " + line + ", column " + column(pos)
                            + ": text after a closing quote; write a quote inside a quoted field as \"\"";
                    return field;
                }
                line++;
                lineBegin = pos;
                return field;
            }
        }

        private String quoted(boolean keep) {
            byte[] t = text;
            int startLine = line;
            int startLineBegin = lineBegin;
            int start = pos;
            int from = ++pos;
            boolean doubled = false;
            while (pos < t.length) {
                byte c = t[pos];
                if (c == '"') {
                    if (pos + 1 < t.length && t[pos + 1] == '"') {
                        doubled = true;
                        pos += 2;
                        continue;
                    }
                    String value = null;
                    if (keep) {
                        value = new String(t, from, pos - from, StandardCharsets.UTF_8);
                        if (doubled) {
                            value = value.replace("\"\"", "\"");
                        }
                    }
                    pos++;
                    return value;
                }
                if (c == '\n') {
                    line++;
                    lineBegin = pos + 1;
                }
                pos++;
            }
            lineBegin = startLineBegin;
            problem = "line " + startLine + ", column " + column(start) + ": a quoted field is never closed";
            return null;
        }
    }
}
