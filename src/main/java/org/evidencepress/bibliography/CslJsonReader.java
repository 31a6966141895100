package org.evidencepress.bibliography;

import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.json.JsonReader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CSL-JSON (Zotero's "Better CSL JSON" and "CSL JSON" exports, pandoc-citeproc's
 * output): an array of item objects, each at its position in the file. The items before and
 * after a malformed one still load.
 */
final class CslJsonReader {
    private CslJsonReader() {
    }

    static Bibliography read(String file, String text) {
        JsonReader.Elements read = JsonReader.readArray(text,
                "a CSL-JSON file must be an array of items: '[ {\"id\": ...}, ... ]'");
        List<CslItems.Located> found = new ArrayList<>();
        read.elements().forEach(e -> found.add(new CslItems.Located(e.value(), e.line(), e.column(), e.fields())));
        List<Diagnostic> problems = new ArrayList<>();
        read.problems().forEach(p -> problems.add(Diagnostic.error(file, p.line(), p.column(),
                "malformed JSON: " + p.getMessage())));
        Bibliography items = CslItems.collect(file, found, problems);
        if (read.unread().isEmpty()) {
            return items;
        }
        // The keys a malformed item names are not unknown: its error is the one to fix.
        Set<String> unreadable = new HashSet<>();
        for (String unread : read.unread()) {
            Matcher key = KEY.matcher(unread);
            while (key.find()) {
                unreadable.add(key.group(1).strip());
            }
        }
        return new Bibliography(file, items.items(), items.problems(), Set.copyOf(unreadable));
    }

    /** An item's key as written, "id" or Better CSL JSON's "citation-key": found by its name where the JSON around it is broken. */
    private static final Pattern KEY = Pattern.compile("\"(?:id|citation-key)\"\\s*:\\s*\"([^\"\\\\\\n]+)\"");
}
