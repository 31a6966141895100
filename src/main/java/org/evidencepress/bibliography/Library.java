package org.evidencepress.bibliography;

import org.evidencepress.diagnostic.Diagnostic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entries of one scope (a review's bibliography files, or the site's), by key, in the
 * order of their files. A key defined in two files of the scope is an error at the second
 * definition.
 */
public record Library(Map<String, BibItem> byKey, List<Diagnostic> problems, Set<String> unreadable) {
    public static final Library EMPTY = new Library(Map.of(), List.of(), Set.of());

    static Library of(List<Bibliography> files, List<Diagnostic> extraProblems) {
        if (files.isEmpty() && extraProblems.isEmpty()) {
            return EMPTY;
        }
        Map<String, BibItem> byKey = new LinkedHashMap<>();
        List<Diagnostic> problems = new ArrayList<>(extraProblems);
        Set<String> unreadable = new HashSet<>();
        for (Bibliography file : files) {
            problems.addAll(file.problems());
            unreadable.addAll(file.unreadable());
            for (BibItem item : file.items()) {
                BibItem first = byKey.putIfAbsent(item.key(), item);
                if (first != null && first != item) {
                    problems.add(Diagnostic.error(item.file(), item.line(), item.column(), "duplicate citation key '"
                            + item.key() + "' (first defined at " + first.file() + ":" + first.line() + ")"));
                }
            }
        }
        return new Library(Collections.unmodifiableMap(byKey), List.copyOf(problems), Set.copyOf(unreadable));
    }

    public BibItem get(String key) {
        return byKey.get(key);
    }

    /** Whether {@code key} is the key of an entry that could not be read: its error is the one to fix. */
    public boolean unreadable(String key) {
        return unreadable.contains(key) && !byKey.containsKey(key);
    }

    /** Every entry, in the order of the files and of each file. */
    public List<BibItem> entries() {
        return List.copyOf(byKey.values());
    }
}
