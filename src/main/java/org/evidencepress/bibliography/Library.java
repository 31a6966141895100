package org.evidencepress.bibliography;

import org.evidencepress.diagnostic.Diagnostic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries of one scope (a review's bibliography files, or the site's), by key, in the
 * order of their files. A key defined in two files of the scope is an error at the second
 * definition.
 */
public record Library(Map<String, BibItem> byKey, List<Diagnostic> problems) {
    public static final Library EMPTY = new Library(Map.of(), List.of());

    static Library of(List<Bibliography> files, List<Diagnostic> extraProblems) {
        if (files.isEmpty() && extraProblems.isEmpty()) {
            return EMPTY;
        }
        Map<String, BibItem> byKey = new LinkedHashMap<>();
        List<Diagnostic> problems = new ArrayList<>(extraProblems);
        for (Bibliography file : files) {
            problems.addAll(file.problems());
            for (BibItem item : file.items()) {
                BibItem first = byKey.putIfAbsent(item.key(), item);
                if (first != null && first != item) {
                    problems.add(Diagnostic.error(item.file(), item.line(), item.column(), "duplicate citation key '"
                            + item.key() + "' (first defined at " + first.file() + ":" + first.line() + ")"));
                }
            }
        }
        return new Library(Collections.unmodifiableMap(byKey), List.copyOf(problems));
    }

    public BibItem get(String key) {
        return byKey.get(key);
    }

    /** Every entry, in the order of the files and of each file. */
    public List<BibItem> entries() {
        return List.copyOf(byKey.values());
    }
}
