package org.evidencepress.csl;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading CSL style XML safely: namespaces on, no DOCTYPE (so no external entities), no error printing. */
final class StyleXml {
    private StyleXml() {
    }

    /** The root element of a style, or empty when the text is not well-formed XML. */
    static Optional<Element> root(String xml) {
        try {
            return Optional.of(builder().parse(new InputSource(new StringReader(xml))).getDocumentElement());
        } catch (SAXException | IOException e) {
            return Optional.empty();
        }
    }

    /** The child elements of {@code parent} named {@code name}, or all of them for a null name. */
    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && (name == null || name.equals(element.getLocalName()))) {
                out.add(element);
            }
        }
        return out;
    }

    static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not configurable", e);
        }
    }
}
