package org.evidencepress.bibliography;

import org.evidencepress.diagnostic.Diagnostic;
import org.evidencepress.integrity.Doi;
import org.evidencepress.markdown.Urls;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The DOI and the address of a bibliography entry, held to the rules of a front-matter
 * source: a DOI must be one, an address http or https. A field that breaks them is an error
 * at its own line and column in the file, and is left out of the entry.
 */
final class LinkFields {
    /** Addresses one after another, each with its scheme: "https://a.org/x https://b.org/y". */
    private static final Pattern SEVERAL = Pattern.compile(
            "[A-Za-z][A-Za-z0-9+.-]*://\\S+(\\s+[A-Za-z][A-Za-z0-9+.-]*://\\S+)+");

    /** EndNote's link into Web of Science, which opens the record from within EndNote only. */
    private static final Pattern ENDNOTE_ISI = Pattern.compile("<Go to ISI>://\\S*");

    private LinkFields() {
    }

    /**
     * The item's web address in {@code written}: the first when it holds several, as Mendeley
     * Desktop and EndNote write all of an item's addresses into one url field separated by
     * spaces or lines, else {@code written} as it is, a space inside one address included.
     * EndNote's links into Web of Science, "<Go to ISI>://WOS:000367591000008", which every
     * record from there carries, are no web address and are passed over: null when nothing else is left.
     */
    static String webAddress(String written) {
        String rest = ENDNOTE_ISI.matcher(written).replaceAll(" ").strip();
        if (rest.isEmpty()) {
            return null;
        }
        return SEVERAL.matcher(rest).matches() ? rest.split("\\s+")[0] : rest;
    }

    /** The bare DOI of {@code written}, or null after an error at {@code line}:{@code column}. */
    static String doi(String written, String key, String file, int line, int column, List<Diagnostic> problems) {
        String problem = Doi.problem(written);
        if (problem != null) {
            problems.add(Diagnostic.error(file, line, column, "entry '" + key + "': doi " + problem));
            return null;
        }
        String doi = Doi.normalise(written);
        String doubt = Doi.doubt(doi);
        if (doubt != null) {
            problems.add(Diagnostic.warning(file, line, column, "entry '" + key + "': doi " + doubt));
        }
        return doi;
    }

    /** {@code written} when it is an http or https address; else null after an error at {@code line}:{@code column}. */
    static String url(String written, String key, String file, int line, int column, List<Diagnostic> problems) {
        String problem = Urls.httpProblem(written);
        if (problem != null) {
            problems.add(Diagnostic.error(file, line, column, "entry '" + key + "': " + problem));
            return null;
        }
        return written;
    }
}
