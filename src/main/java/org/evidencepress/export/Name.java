package org.evidencepress.export;

import org.evidencepress.bibliography.CslNames;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person's name split as CSL and BibTeX want it. Authors write names in many forms
 * ("Ana Lima", "P. B. Jones", "Lima, Ana", "Wakefield AJ"); {@link #parse} splits the
 * common ones and keeps an organisation whole; a bibliography
 * entry's names keep their particles ("van der") and suffixes ("Jr.") with {@link #ofCsl}.
 */
public record Name(String family, String given, String literal, String particle, String suffix) {

    public Name(String family, String given, String literal) {
        this(family, given, literal, null, null);
    }

    public static Name literal(String name) {
        return new Name(null, null, name);
    }

    /** A CSL-JSON name: literal, or family and given with their particles and suffix; null when it has none. */
    public static Name ofCsl(Map<?, ?> csl) {
        if (csl.get("literal") instanceof String literal && !literal.isBlank()) {
            return literal(literal);
        }
        String family = text(csl.get("family"));
        if (family == null) {
            return null;
        }
        String dropping = text(csl.get("dropping-particle"));
        String nonDropping = text(csl.get("non-dropping-particle"));
        // A dropping particle ("Ludwig van Beethoven", sorted under B) is written after the given names.
        String given = text(csl.get("given"));
        if (dropping != null && nonDropping == null) {
            return new Name(family, given == null ? dropping : given + " " + dropping, null, null,
                    text(csl.get("suffix")));
        }
        String particle = dropping == null ? nonDropping : dropping + " " + nonDropping;
        return new Name(family, given, null, particle, text(csl.get("suffix")));
    }

    private static String text(Object value) {
        return value instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    /** A name as an author writes it, split as the page splits it (a body's name whole, a suffix apart). */
    public static Name parse(String written) {
        return ofCsl(CslNames.written(written));
    }

    /** The family name, or the whole literal name, for keys and short citations. */
    public String familyOrLiteral() {
        return family != null ? family : literal;
    }

    /** The family name with its particle, "van der Berg". */
    public String fullFamily() {
        return particle == null ? family : particle + " " + family;
    }

    /** "von Family, Jr., Given" as BibTeX writes a person; a literal name as it is. */
    public String inverted() {
        if (literal != null) {
            return literal;
        }
        String inverted = fullFamily();
        if (suffix != null) {
            inverted += ", " + suffix;
        }
        return given == null ? inverted : inverted + ", " + given;
    }

    /** "von Family, Given, Jr." as RIS writes a person; a literal name as it is. */
    public String risInverted() {
        if (literal != null) {
            return literal;
        }
        String inverted = given == null ? fullFamily() : fullFamily() + ", " + given;
        return suffix == null ? inverted : inverted + (given == null ? ", , " : ", ") + suffix;
    }

    /** The name as CSL-JSON writes it. */
    public Map<String, Object> csl() {
        Map<String, Object> n = new LinkedHashMap<>();
        if (literal != null) {
            n.put("literal", literal);
            return n;
        }
        n.put("family", family);
        n.put("given", given);
        if (particle != null) {
            n.put("non-dropping-particle", particle);
        }
        if (suffix != null) {
            n.put("suffix", suffix);
        }
        return n;
    }

    /** "Family G" with initials, for the short plain-text citation. */
    public String withInitials() {
        if (literal != null || given == null) {
            return familyOrLiteral();
        }
        StringBuilder initials = new StringBuilder();
        for (String part : given.split("[\\s.]+")) {
            if (!part.isEmpty()) {
                initials.append(part.codePointAt(0) == '-' ? "" : new String(Character.toChars(part.codePointAt(0))));
            }
        }
        return fullFamily() + " " + initials;
    }
}
