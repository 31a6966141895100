package org.evidencepress.integrity;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One Retraction Watch record about a work: what happened to it ({@code nature} as the
 * database spells it: "Retraction", "Expression of concern", "Correction", ...), when, and
 * the DOI of the notice (null when the database has none).
 */
public record RetractionNotice(String nature, LocalDate date, String noticeDoi) {

    public boolean isRetraction() {
        return nature.equalsIgnoreCase("Retraction");
    }

    /** A journal's reinstatement of a retracted work, as Retraction Watch records it. */
    public boolean isReinstatement() {
        return nature.equalsIgnoreCase("Reinstatement");
    }

    /** Whether a reader must be told: retractions, expressions of concern and corrections. */
    public boolean matters() {
        return isRetraction() || nature.equalsIgnoreCase("Expression of concern")
                || nature.equalsIgnoreCase("Correction");
    }

    /**
     * The key of the label on a Sources entry among the theme's labels ({@code retracted},
     * {@code expression_of_concern}, {@code correction}), written in the page's language.
     */
    public String labelKey() {
        return isRetraction() ? "retracted" : nature.toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    /** The label in English, as Retraction Watch names the nature: "Retracted", "Expression of concern", "Correction". */
    public String label() {
        return isRetraction() ? "Retracted" : nature.substring(0, 1).toUpperCase(Locale.ROOT)
                + nature.substring(1).toLowerCase(Locale.ROOT);
    }

    public String dateIso() {
        return date.toString();
    }

    /** The link to the notice, ready for an {@code href}, when it has a DOI. */
    public String noticeHref() {
        return noticeDoi == null ? null : Doi.href(noticeDoi);
    }
}
