package org.evidencepress.csl;

import java.util.Map;

/**
 * Where formatted entries and citations outlive the build that made them: maps of text by
 * name, one per style and locale (see {@link FormattingMemory}). Whoever keeps them decides
 * how; this package only formats.
 */
public interface FormattedStore {
    /** The map saved under {@code name} by an earlier build; empty when there is none or it does not read. */
    Map<String, String> load(String name);

    /** Keeps {@code entries} under {@code name} for the next build. */
    void save(String name, Map<String, String> entries);
}
