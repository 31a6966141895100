package org.evidencepress.csl;

/** The answer of {@link CslFormatter#create}: a formatter, or why the style cannot be used. */
public sealed interface FormatterLookup {

    record Ready(CslFormatter formatter) implements FormatterLookup {
    }

    /** @param message what is wrong with the style, worded to follow its name ("cannot format a citation: ...") */
    record Failed(String message) implements FormatterLookup {
    }
}
