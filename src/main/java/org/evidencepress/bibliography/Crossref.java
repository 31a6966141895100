package org.evidencepress.bibliography;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * BibLaTeX's data inheritance through {@code crossref}: a paper in proceedings, a chapter
 * in a book or an article in a periodical takes the fields it lacks from its parent
 * entry, the parent's title becoming its {@code booktitle} or {@code journaltitle}
 * (BibLaTeX's default rules, which Pandoc follows too).
 */
final class Crossref {
    /** Fields that name or sort the parent itself, never passed on. */
    private static final Set<String> NOT_INHERITED = Set.of("ids", "crossref", "xref", "xdata", "entryset",
            "entrysubtype", "execute", "label", "options", "presort", "related", "relatedoptions", "relatedstring",
            "relatedtype", "shorthand", "shorthandintro", "sortkey", "sortname", "sortshorthand", "sorttitle",
            "sortyear", "shorttitle", "indextitle", "indexsorttitle", "key");
    private static final Set<String> TITLES = Set.of("title", "subtitle", "titleaddon");

    private Crossref() {
    }

    /** The child's fields completed from its parent's; the child's own always win. */
    static Map<String, String> inherit(String childType, Map<String, String> child, String parentType,
                                       Map<String, String> parent) {
        Map<String, String> fields = new LinkedHashMap<>(child);
        String titlePrefix = titlePrefix(childType, parentType);
        for (Map.Entry<String, String> field : parent.entrySet()) {
            String name = field.getKey();
            if (NOT_INHERITED.contains(name)) {
                continue;
            }
            if (titlePrefix != null && TITLES.contains(name)) {
                name = titlePrefix + name;
                if (parent.containsKey(name)) {
                    // The booktitle classic BibTeX has a parent give its parts is the one they take.
                    continue;
                }
            }
            fields.putIfAbsent(name, field.getValue());
        }
        return fields;
    }

    /** "book" or "journal" where the parent's title is the child's container; null where titles pass as they are. */
    private static String titlePrefix(String childType, String parentType) {
        return switch (parentType) {
            // An @incollection of a @book has no rule in BibLaTeX, so the book's title would be lost (and its
            // subtitle become the chapter's); exports write edited books as @book, so it is the book title too.
            case "book", "mvbook" -> Set.of("inbook", "bookinbook", "suppbook", "incollection", "inreference",
                    "suppcollection").contains(childType) ? "book" : mainVolume(parentType, childType);
            case "collection", "mvcollection", "reference", "mvreference" ->
                    Set.of("incollection", "inreference", "suppcollection").contains(childType) ? "book"
                            : mainVolume(parentType, childType);
            case "proceedings", "mvproceedings" -> Set.of("inproceedings", "conference").contains(childType)
                    ? "book" : mainVolume(parentType, childType);
            case "periodical" -> Set.of("article", "suppperiodical").contains(childType) ? "journal" : null;
            default -> null;
        };
    }

    /**
     * "main" where a volume takes its multi-volume set's title as BibLaTeX's maintitle, so a
     * volume without a subtitle of its own does not take the set's.
     */
    private static String mainVolume(String parentType, String childType) {
        return parentType.startsWith("mv") && Set.of("book", "collection", "reference", "proceedings")
                .contains(childType) ? "main" : null;
    }
}
