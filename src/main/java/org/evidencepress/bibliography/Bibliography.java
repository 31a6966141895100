package org.evidencepress.bibliography;

import org.evidencepress.diagnostic.Diagnostic;

import java.util.List;
import java.util.Set;

/**
 * One loaded bibliography file: its entries in file order, the problems found reading it, and
 * the keys of entries that could not be read (an error at each already says why).
 */
public record Bibliography(String file, List<BibItem> items, List<Diagnostic> problems, Set<String> unreadable) {
    public Bibliography(String file, List<BibItem> items, List<Diagnostic> problems) {
        this(file, items, problems, Set.of());
    }
}
