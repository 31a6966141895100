package org.evidencepress.bibliography;

import org.evidencepress.diagnostic.Diagnostic;

import java.util.List;

/** One loaded bibliography file: its entries in file order and the problems found reading it. */
public record Bibliography(String file, List<BibItem> items, List<Diagnostic> problems) {
}
