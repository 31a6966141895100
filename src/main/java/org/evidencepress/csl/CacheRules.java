package org.evidencepress.csl;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What of a style's output may be reused across reviews. In a numeric style that numbers by
 * first citation, prints the number in its own column ({@code second-field-align}) and never
 * disambiguates, a bibliography entry depends on its item alone, and a citation on the
 * numbers, locators and affixes of its cites alone ("shape"). Anything else (sorting,
 * disambiguation, position tests, item variables in the citation) and the style is
 * formatted review by review. When such a citation also sorts its cites by number alone
 * ({@code citesByNumber}), the order the cites are written in does not matter either.
 */
record CacheRules(boolean entries, boolean clusters, boolean citesByNumber) {
    private static final Set<String> CITATION_ELEMENTS = Set.of("citation", "layout", "sort", "key", "text",
            "group", "choose", "if", "else-if", "else", "label", "number");
    private static final Set<String> CITATION_VARIABLES = Set.of("citation-number", "locator");
    private static final Set<String> CONDITION_ATTRIBUTES = Set.of("variable", "locator", "is-numeric", "match");

    static final CacheRules NONE = new CacheRules(false, false, false);

    static CacheRules of(String styleXml, boolean numeric) {
        if (!numeric) {
            return NONE;
        }
        Optional<Element> parsed = StyleXml.root(styleXml);
        if (parsed.isEmpty()) {
            return NONE;
        }
        Element root = parsed.get();
        Map<String, Element> macros = new HashMap<>();
        for (Element macro : StyleXml.children(root, "macro")) {
            macros.put(macro.getAttribute("name"), macro);
        }
        List<Element> citations = StyleXml.children(root, "citation");
        List<Element> bibliographies = StyleXml.children(root, "bibliography");
        if (citations.size() != 1 || bibliographies.size() != 1) {
            return NONE;
        }
        Element citation = citations.get(0);
        Element bibliography = bibliographies.get(0);
        for (String attribute : attributes(citation).keySet()) {
            if (attribute.startsWith("disambiguate") || attribute.startsWith("givenname")
                    || attribute.startsWith("near-note")) {
                return NONE;
            }
        }
        boolean entries = !bibliography.getAttribute("second-field-align").isEmpty()
                && bibliography.getAttribute("subsequent-author-substitute").isEmpty()
                && sortsByNumberOnly(bibliography)
                && countVariable(bibliography, "citation-number", macros, new HashSet<>()) == 1
                && countVariable(bibliography, "year-suffix", macros, new HashSet<>()) == 0
                && !usesCondition(bibliography, "disambiguate", macros, new HashSet<>())
                && !usesCondition(bibliography, "position", macros, new HashSet<>());
        boolean clusters = entries && onlyShape(citation, macros, new HashSet<>());
        boolean citesByNumber = clusters && !StyleXml.children(citation, "sort").isEmpty() && sortsByNumberOnly(citation)
                && StyleXml.children(citation, "sort").stream().allMatch(sort -> !StyleXml.children(sort, "key").isEmpty());
        return new CacheRules(entries, clusters, citesByNumber);
    }

    private static boolean sortsByNumberOnly(Element parent) {
        for (Element sort : StyleXml.children(parent, "sort")) {
            for (Element key : StyleXml.children(sort, "key")) {
                if (!"citation-number".equals(key.getAttribute("variable"))
                        || "descending".equals(key.getAttribute("sort"))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the citation depends only on numbers, locators, labels and affixes. */
    private static boolean onlyShape(Element element, Map<String, Element> macros, Set<String> seen) {
        if (!CITATION_ELEMENTS.contains(element.getLocalName())) {
            return false;
        }
        Map<String, String> attributes = attributes(element);
        if (element.getLocalName().equals("if") || element.getLocalName().equals("else-if")) {
            if (!CONDITION_ATTRIBUTES.containsAll(attributes.keySet())) {
                return false;
            }
            if (attributes.containsKey("is-numeric") && !CITATION_VARIABLES.containsAll(
                    List.of(attributes.get("is-numeric").split("\\s+")))) {
                return false;
            }
        }
        String variable = attributes.get("variable");
        if (variable != null && !CITATION_VARIABLES.containsAll(List.of(variable.strip().split("\\s+")))) {
            return false;
        }
        String macro = attributes.get("macro");
        if (macro != null) {
            Element body = macros.get(macro);
            if (body == null) {
                return false;
            }
            if (seen.add(macro)) {
                for (Element child : StyleXml.children(body, null)) {
                    if (!onlyShape(child, macros, seen)) {
                        return false;
                    }
                }
            }
        }
        for (Element child : StyleXml.children(element, null)) {
            if (!onlyShape(child, macros, seen)) {
                return false;
            }
        }
        return true;
    }

    private static int countVariable(Element element, String variable, Map<String, Element> macros, Set<String> seen) {
        int count = 0;
        String variables = element.getAttribute("variable");
        if (!variables.isEmpty() && List.of(variables.strip().split("\\s+")).contains(variable)) {
            count++;
        }
        String macro = element.getAttribute("macro");
        if (!macro.isEmpty() && macros.containsKey(macro)) {
            // A macro called twice counts twice: each call prints it.
            if (!seen.add(macro)) {
                return Integer.MAX_VALUE / 4;
            }
            count += countVariable(macros.get(macro), variable, macros, seen);
            seen.remove(macro);
        }
        for (Element child : StyleXml.children(element, null)) {
            count += countVariable(child, variable, macros, seen);
        }
        return count;
    }

    private static boolean usesCondition(Element element, String condition, Map<String, Element> macros,
                                         Set<String> seen) {
        if (element.hasAttribute(condition)) {
            return true;
        }
        String macro = element.getAttribute("macro");
        if (!macro.isEmpty() && macros.containsKey(macro) && seen.add(macro)
                && usesCondition(macros.get(macro), condition, macros, seen)) {
            return true;
        }
        for (Element child : StyleXml.children(element, null)) {
            if (usesCondition(child, condition, macros, seen)) {
                return true;
            }
        }
        return false;
    }


    private static Map<String, String> attributes(Element element) {
        Map<String, String> out = new HashMap<>();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Node attribute = map.item(i);
            if (attribute.getNamespaceURI() == null) {
                out.put(attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getNodeName(),
                        attribute.getNodeValue());
            }
        }
        return out;
    }
}
