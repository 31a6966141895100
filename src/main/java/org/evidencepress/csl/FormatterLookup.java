package org.evidencepress.csl;

/** The answer of {@link CslFormatter#create}: a formatter, or why the style cannot be used. */
public sealed interface FormatterLookup {

    record Ready(CslFormatter formatter) implements FormatterLookup {
    }

    record Failed(String message) implements FormatterLookup {
    }
}
