package org.evidencepress.csl;

import java.util.List;

/** The answer of {@link CslStyles#resolve}: a style, or why there is none. */
public sealed interface StyleLookup {

    record Found(CslStyle style) implements StyleLookup {
    }

    /** @param suggestions near style ids for "did you mean", best first (may be empty) */
    record Failed(String message, List<String> suggestions) implements StyleLookup {
        public Failed {
            suggestions = List.copyOf(suggestions);
        }
    }
}
