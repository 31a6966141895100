package org.evidencepress.bibliography;

import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.json.JsonReader;

import java.util.ArrayList;
import java.util.List;

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
        return CslItems.collect(file, found, problems);
    }
}
