package org.evidencepress.csl;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A narrative citation ({@code @key says}) is citeproc-js's "composite" mode: the cite's
 * author alone, then the citation without its author. A style whose citations print no
 * names (Vancouver, AMA, Nature: numbers only) gives citeproc-js nothing to say for the
 * author part. For those styles the processor gets an {@code <intext>} layout (citeproc-js's
 * CSL-M extension for exactly this part) that writes the author names in short form,
 * "Miller and Raison", "Page et al.", in the style's locale. Styles that do print names are
 * left as they are.
 */
final class NarrativeLayout {
    static final String INTEXT = "<intext><layout><names variable=\"author\">"
            + "<name form=\"short\" and=\"text\" delimiter=\", \" et-al-min=\"3\" et-al-use-first=\"1\"/>"
            + "<substitute><names variable=\"editor\"/><names variable=\"translator\"/>"
            + "<text variable=\"title\" form=\"short\"/></substitute></names></layout></intext>";

    private NarrativeLayout() {
    }

    /** The style's XML as the processor reads it. */
    static String prepare(String styleXml) {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            root = builder.parse(new InputSource(new StringReader(styleXml))).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return styleXml;
        }
        if (root.getElementsByTagNameNS("*", "intext").getLength() > 0 || citationNamesAuthors(root)) {
            return styleXml;
        }
        int end = styleXml.indexOf("</citation>");
        return end < 0 ? styleXml : styleXml.substring(0, end + "</citation>".length()) + INTEXT
                + styleXml.substring(end + "</citation>".length());
    }

    /** Whether the citation, through any macro it calls, has a {@code <names>} element. */
    private static boolean citationNamesAuthors(Element root) {
        Map<String, Element> macros = new HashMap<>();
        NodeList macroNodes = root.getElementsByTagNameNS("*", "macro");
        for (int i = 0; i < macroNodes.getLength(); i++) {
            Element macro = (Element) macroNodes.item(i);
            macros.put(macro.getAttribute("name"), macro);
        }
        NodeList citations = root.getElementsByTagNameNS("*", "citation");
        if (citations.getLength() == 0) {
            return true;
        }
        Deque<Element> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        todo.push((Element) citations.item(0));
        while (!todo.isEmpty()) {
            Element element = todo.pop();
            if (element.getElementsByTagNameNS("*", "names").getLength() > 0) {
                return true;
            }
            NodeList calls = element.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < calls.getLength(); i++) {
                String macro = ((Element) calls.item(i)).getAttribute("macro");
                if (!macro.isEmpty() && seen.add(macro) && macros.containsKey(macro)) {
                    todo.push(macros.get(macro));
                }
            }
        }
        return false;
    }
}
