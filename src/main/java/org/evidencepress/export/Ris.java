package org.evidencepress.export;

import org.evidencepress.markdown.Urls;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes items as RIS, the tagged format every reference manager imports. */
public final class Ris {
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");
    /** One page range, "629-634" or "S1–S12": its first and last page. */
    private static final Pattern PAGE_RANGE = Pattern.compile("\\s*([^\\s,;&–—-]+)\\s*[-–—]+\\s*([^\\s,;&–—-]+)\\s*");

    private Ris() {
    }

    public static String write(List<Item> items) {
        StringBuilder out = new StringBuilder();
        for (Item item : items) {
            tag(out, "TY", switch (item.type()) {
                case "article-journal" -> "JOUR";
                case "article-magazine" -> "MGZN";
                case "article-newspaper" -> "NEWS";
                case "book" -> "BOOK";
                case "chapter" -> "CHAP";
                case "paper-conference" -> "CPAPER";
                case "report" -> "RPRT";
                case "thesis" -> "THES";
                case "webpage" -> "ELEC";
                // Zotero's types for a blog post and a patent, which its RIS import reads back as such.
                case "post-weblog" -> "BLOG";
                case "patent" -> "PAT";
                case "dataset" -> "DATA";
                case "software" -> "COMP";
                case "manuscript" -> "UNPB";
                case "entry-encyclopedia" -> "ENCYC";
                case "entry-dictionary" -> "DICT";
                case "motion_picture" -> "MPCT";
                case "song" -> "SOUND";
                case "personal_communication" -> "PCOMM";
                case "graphic" -> "ART";
                case "map" -> "MAP";
                case "bill" -> "BILL";
                case "legal_case" -> "CASE";
                case "hearing" -> "HEAR";
                case "legislation" -> "STAT";
                case "speech" -> "SLIDE";
                case "pamphlet" -> "PAMP";
                default -> "GEN";
            });
            tag(out, "ID", item.key());
            tag(out, "TI", item.title());
            for (Name name : item.authors()) {
                tag(out, "AU", name.risInverted());
            }
            // RIS has no word for authors left out: Zotero, EndNote and Mendeley take "AU  - others" for an author.
            for (Name name : item.details().editors()) {
                tag(out, "ED", name.risInverted());
            }
            for (Name name : item.details().translators()) {
                tag(out, "A4", name.risInverted());
            }
            for (Name name : Items.cslNames(item.details().csl() == null ? null
                    : item.details().csl().get("collection-editor"))) {
                tag(out, "A3", name.risInverted());
            }
            // T2 is the journal (or the book of a chapter) for Zotero and EndNote; some readers know only JO.
            tag(out, "T2", item.container());
            if (item.type().equals("article-journal")) {
                tag(out, "JO", item.container());
            }
            if (item.year() != null) {
                tag(out, "PY", item.year().toString());
            }
            if (item.issued().size() == 3) {
                tag(out, "DA", risDate(item.issued()));
            } else if (item.issued().size() == 2 && item.issued().get(1) >= 1 && item.issued().get(1) <= 12) {
                tag(out, "DA", DateParts.of(item.issued(), "/", "//"));
            } else if (DateParts.season(item) > 0) {
                // The season as RIS's "other info" after year, month and day.
                tag(out, "DA", DateParts.of(List.of(item.issued().get(0)), "///")
                        + DateParts.SEASONS.get(DateParts.season(item) - 1));
            }
            Item.Details d = item.details();
            tag(out, "VL", d.volume());
            // IS is a report's or a patent's number too, as Zotero writes and reads it.
            tag(out, "IS", d.issue() != null ? d.issue() : d.number());
            if (d.pages() != null) {
                // One range is SP and EP; scattered pages ("12-14, 18") are written whole in SP, as Zotero
                // takes them back, not cut into a start "12" and an end "14, 18".
                Matcher range = PAGE_RANGE.matcher(d.pages());
                tag(out, "SP", range.matches() ? range.group(1) : d.pages().strip());
                tag(out, "EP", range.matches() ? range.group(2) : null);
            }
            tag(out, "ET", d.edition());
            tag(out, "T3", d.series());
            tag(out, "J2", d.shortContainer());
            tag(out, "M3", d.genre());
            if (DateParts.calendar(d.accessed())) {
                // RIS keeps every slash of YYYY/MM/DD/ where a part is missing: 2024/03//.
                tag(out, "Y2", risDate(d.accessed()) + "/".repeat(3 - d.accessed().size()));
            }
            tag(out, "CY", d.place());
            tag(out, "SN", d.isbn() != null ? d.isbn() : d.issn());
            tag(out, "PB", item.publisher());
            tag(out, "N1", d.text("note"));
            tag(out, "AB", d.text("abstract"));
            d.keywords().forEach(keyword -> tag(out, "KW", keyword));
            tag(out, "LA", d.language());
            // Where EndNote writes PubMed's numbers and Zotero reads them.
            tag(out, "AN", d.text("PMID"));
            tag(out, "C2", d.text("PMCID"));
            tag(out, "DO", item.doi());
            tag(out, "UR", Urls.href(item.url()));
            out.append("ER  - \n\n");
        }
        return out.toString();
    }

    /** Year, month and day as RIS writes a date: "2026/03/07/". */
    private static String risDate(List<Integer> day) {
        return DateParts.of(day, "/", "/", "/");
    }

    /** One tag line; a line break inside a value would start a new tag, so it becomes a space. */
    private static void tag(StringBuilder out, String tag, String value) {
        if (value != null) {
            // Checked first: compiling the pattern for every tag of every source was measurable.
            boolean breaks = value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
            out.append(tag).append("  - ").append(breaks ? LINE_BREAKS.matcher(value).replaceAll(" ") : value)
                    .append('\n');
        }
    }
}
