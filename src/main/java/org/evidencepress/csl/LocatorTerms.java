package org.evidencepress.csl;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The locator terms of a CSL locale ("S." and "Seite" for pages in German, "chap." and
 * "chapitre" in French), long and short, singular and plural, with the CSL label each
 * names: Pandoc reads a citation's locator in the document's language, so a German author
 * writes {@code [@a, S. 23]}. English terms are read when the Markdown is parsed.
 */
public final class LocatorTerms {
    /** CSL 1.0.2's locator labels. */
    private static final Set<String> LABELS = Set.of("act", "appendix", "article-locator", "book", "canon", "chapter",
            "column", "elocation", "equation", "figure", "folio", "issue", "line", "note", "opus", "page", "paragraph",
            "part", "rule", "scene", "section", "sub-verbo", "supplement", "table", "timestamp", "title-locator",
            "verse", "version", "volume");

    private static final Map<String, Map<String, List<String>>> SHORT_FORMS = new ConcurrentHashMap<>();

    private LocatorTerms() {
    }

    /** {term, label} pairs of the locale {@code tag}, longest term first; empty for English or an unknown tag. */
    public static List<String[]> of(String tag) {
        if (tag == null || tag.toLowerCase(Locale.ROOT).startsWith("en")) {
            return List.of();
        }
        Optional<Element> root = CslStyles.locale(tag).flatMap(StyleXml::root);
        if (root.isEmpty()) {
            return List.of();
        }
        List<String[]> terms = new ArrayList<>();
        NodeList nodes = root.get().getElementsByTagNameNS("*", "term");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element term = (Element) nodes.item(i);
            String label = term.getAttribute("name");
            String form = term.getAttribute("form");
            if (!LABELS.contains(label) || !(form.isEmpty() || form.equals("long") || form.equals("short")
                    || form.equals("symbol"))) {
                continue;
            }
            List<Element> forms = StyleXml.children(term, "single");
            forms.addAll(StyleXml.children(term, "multiple"));
            if (forms.isEmpty()) {
                add(terms, term.getTextContent(), label);
            }
            forms.forEach(f -> add(terms, f.getTextContent(), label));
        }
        terms.sort((a, b) -> b[0].length() - a[0].length());
        return List.copyOf(terms);
    }

    /**
     * The short terms the locale {@code tag} writes before a locator, each label's singular
     * and plural ("S.", "S." for pages in German), a long term where it has no short one;
     * empty for English or an unknown tag.
     */
    public static Map<String, List<String>> shortForms(String tag) {
        if (tag == null || tag.toLowerCase(Locale.ROOT).startsWith("en")) {
            return Map.of();
        }
        // Every page asks for its language's: the locale is read once.
        return SHORT_FORMS.computeIfAbsent(tag, LocatorTerms::readShortForms);
    }

    private static Map<String, List<String>> readShortForms(String tag) {
        Optional<Element> root = CslStyles.locale(tag).flatMap(StyleXml::root);
        if (root.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> forms = new HashMap<>();
        NodeList nodes = root.get().getElementsByTagNameNS("*", "term");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element term = (Element) nodes.item(i);
            String label = term.getAttribute("name");
            String form = term.getAttribute("form");
            boolean isShort = form.equals("short");
            if (!LABELS.contains(label) || !(isShort || form.isEmpty() || form.equals("long"))) {
                continue;
            }
            List<Element> single = StyleXml.children(term, "single");
            List<Element> multiple = StyleXml.children(term, "multiple");
            String one = (single.isEmpty() ? term.getTextContent() : single.get(0).getTextContent()).strip();
            String many = multiple.isEmpty() ? one : multiple.get(0).getTextContent().strip();
            if (one.isEmpty()) {
                continue;
            }
            if (isShort) {
                forms.put(label, List.of(one, many));
            } else {
                forms.putIfAbsent(label, List.of(one, many));
            }
        }
        return Map.copyOf(forms);
    }

    private static void add(List<String[]> terms, String text, String label) {
        String term = text.strip().toLowerCase(Locale.ROOT);
        if (!term.isEmpty()) {
            terms.add(new String[] {term, label});
        }
    }
}
