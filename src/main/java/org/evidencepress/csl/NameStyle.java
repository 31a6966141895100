package org.evidencepress.csl;

import org.w3c.dom.Element;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a style's bibliography prints one personal name of a name variable ({@code cs:name}
 * with what it inherits from {@code cs:bibliography} and {@code cs:style}), for names made
 * of a family name and given names or initials only. {@link EntryTemplates} renders such
 * names itself; a template is kept only after its text equalled citeproc-js's.
 */
record NameStyle(boolean shortForm, String initializeWith, boolean initialize, String sortOrder,
                 String sortSeparator, boolean hyphenInInitials) {

    /**
     * The one way the bibliography prints each name variable, for those printed one way
     * only and without name-part formatting.
     */
    static Map<String, NameStyle> ofBibliography(Element style) {
        Element bibliography = child(style, "bibliography");
        if (bibliography == null) {
            return Map.of();
        }
        Map<String, Element> macros = new HashMap<>();
        for (Element macro : StyleXml.children(style, "macro")) {
            macros.put(macro.getAttribute("name"), macro);
        }
        Map<String, Set<NameStyle>> found = new HashMap<>();
        Set<String> unsupported = new HashSet<>();
        collect(bibliography, null, style, bibliography, macros, new HashSet<>(), found, unsupported);
        Map<String, NameStyle> styles = new HashMap<>();
        found.forEach((variable, ways) -> {
            if (ways.size() == 1 && !unsupported.contains(variable)) {
                styles.put(variable, ways.iterator().next());
            }
        });
        return Map.copyOf(styles);
    }

    /** Places in a list where a name prints alike: all, or with name-as-sort-order="first" the first and the rest. */
    int positionClass(int position) {
        return sortOrder.equals("first") && position > 0 ? 1 : 0;
    }

    /** The name as the style prints it at {@code position} (0 for the first) of its list. */
    String render(String family, String given, int position) {
        if (shortForm || given == null || given.isEmpty()) {
            return family;
        }
        String shownGiven = initializeWith == null ? given : initials(given);
        boolean inverted = sortOrder.equals("all") || (sortOrder.equals("first") && position == 0);
        return inverted ? family + sortSeparator + shownGiven : shownGiven + " " + family;
    }

    /** Given names as initials: "John Adam" and "J. A." with ". " give "J. A.". */
    private String initials(String given) {
        StringBuilder out = new StringBuilder();
        String[] words = given.split(" ");
        for (String word : words) {
            String[] parts = word.split("-");
            for (int p = 0; p < parts.length; p++) {
                String part = parts[p];
                boolean initial = part.length() == 1 || (part.length() == 2 && part.charAt(1) == '.');
                if (p > 0) {
                    trimEnd(out);
                    if (hyphenInInitials) {
                        out.append('-');
                    }
                }
                if (initial || initialize) {
                    out.appendCodePoint(part.codePointAt(0)).append(initializeWith);
                } else {
                    out.append(part).append(' ');
                }
            }
        }
        trimEnd(out);
        return out.toString();
    }

    private static void trimEnd(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private static void collect(Element element, Element inheritedName, Element style, Element bibliography,
                                Map<String, Element> macros, Set<String> seenMacros,
                                Map<String, Set<NameStyle>> found, Set<String> unsupported) {
        String macro = element.getAttribute("macro");
        if (!macro.isEmpty() && macros.containsKey(macro) && seenMacros.add(macro)) {
            collect(macros.get(macro), null, style, bibliography, macros, seenMacros, found, unsupported);
        }
        Element name = inheritedName;
        if (element.getLocalName().equals("names")) {
            Element own = child(element, "name");
            // A bare cs:names inside cs:substitute prints as the cs:names it stands in for.
            name = own != null ? own : inheritedName;
            String variables = element.getAttribute("variable").strip();
            for (String variable : variables.isEmpty() ? new String[0] : variables.split("\\s+")) {
                if (name != null && !StyleXml.children(name, "name-part").isEmpty()) {
                    unsupported.add(variable);
                }
                found.computeIfAbsent(variable, v -> new HashSet<>()).add(of(name, style, bibliography));
            }
        }
        for (Element child : StyleXml.children(element, null)) {
            boolean substitute = child.getLocalName().equals("substitute");
            collect(child, substitute || element.getLocalName().equals("substitute") ? name : null, style,
                    bibliography, macros, seenMacros, found, unsupported);
        }
    }

    private static NameStyle of(Element name, Element style, Element bibliography) {
        String form = option(name, "form", "name-form", bibliography, style, "long");
        String initializeWith = option(name, "initialize-with", "initialize-with", bibliography, style, null);
        String initialize = option(name, "initialize", "initialize", bibliography, style, "true");
        String sortOrder = option(name, "name-as-sort-order", "name-as-sort-order", bibliography, style, "");
        String separator = option(name, "sort-separator", "sort-separator", bibliography, style, ", ");
        String hyphen = style.getAttribute("initialize-with-hyphen");
        return new NameStyle(form.equals("short"), initializeWith, !initialize.equals("false"), sortOrder, separator,
                !hyphen.equals("false"));
    }

    /** A name option: on cs:name, else inherited from cs:bibliography, then cs:style. */
    private static String option(Element name, String attribute, String inherited, Element bibliography,
                                 Element style, String fallback) {
        if (name != null && name.hasAttribute(attribute)) {
            return name.getAttribute(attribute);
        }
        if (bibliography.hasAttribute(inherited)) {
            return bibliography.getAttribute(inherited);
        }
        return style.hasAttribute(inherited) ? style.getAttribute(inherited) : fallback;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = StyleXml.children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

}
