package se.scb.dispatch.adapter.minameddelanden;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * DOM parsing and writing for the adapter. Parsing is hardened against XXE and entity expansion:
 * answers come from the network, and the operators' service addresses come from another service's answer.
 */
final class Xml {

    private static final DocumentBuilderFactory BUILDERS = hardenedBuilderFactory();
    private static final TransformerFactory TRANSFORMERS = hardenedTransformerFactory();

    /** Parse errors become exceptions only; the parser's default handler would print them to stderr. */
    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // A warning does not make the answer unusable.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private Xml() {
    }

    /** An empty, namespace-aware document to build a request in. */
    static Document newDocument() {
        return newBuilder().newDocument();
    }

    /**
     * Parses an answer.
     *
     * @throws MalformedAnswerException when it is not well-formed XML, or declares a DOCTYPE
     */
    static Document parse(byte[] bytes) {
        DocumentBuilder builder = newBuilder();
        builder.setErrorHandler(QUIET);
        try {
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            throw new MalformedAnswerException("it is not well-formed XML (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new MalformedAnswerException("it could not be read (" + e.getMessage() + ")");
        }
    }

    /** The document as UTF-8 bytes with an XML declaration, without any added whitespace (signatures cover the text). */
    static byte[] write(Document document) {
        Transformer transformer;
        synchronized (TRANSFORMERS) {
            try {
                transformer = TRANSFORMERS.newTransformer();
            } catch (TransformerException e) {
                throw new IllegalStateException("The JDK's XML writer cannot be created: " + e.getMessage(), e);
            }
        }
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.setOutputProperty(OutputKeys.INDENT, "no");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            transformer.transform(new DOMSource(document), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IllegalStateException("A request could not be written as XML: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Declares a namespace prefix on the element, as an {@code xmlns:prefix} attribute. */
    static void declare(Element element, String prefix, String namespace) {
        element.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, XMLConstants.XMLNS_ATTRIBUTE + ":" + prefix, namespace);
    }

    /** Appends a child element in the namespace with the prefix used for it. */
    static Element append(Element parent, String namespace, String qualifiedName) {
        Element child = parent.getOwnerDocument().createElementNS(namespace, qualifiedName);
        parent.appendChild(child);
        return child;
    }

    /** Appends a child element holding text. */
    static Element append(Element parent, String namespace, String qualifiedName, String text) {
        Element child = append(parent, namespace, qualifiedName);
        child.setTextContent(text);
        return child;
    }

    /** The element children with this namespace and local name, in document order. */
    static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element && localName.equals(node.getLocalName()) && namespace.equals(nullToEmpty(node.getNamespaceURI()))) {
                found.add((Element) node);
            }
        }
        return found;
    }

    /** The first element child with this namespace and local name, if any. */
    static Optional<Element> child(Element parent, String namespace, String localName) {
        List<Element> found = children(parent, namespace, localName);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The first element child, if any, whatever its name. */
    static Optional<Element> firstElement(Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element) {
                return Optional.of((Element) node);
            }
        }
        return Optional.empty();
    }

    /** The child element that must be there. @throws MalformedAnswerException naming it and where it was missed */
    static Element required(Element parent, String namespace, String localName) {
        return child(parent, namespace, localName).orElseThrow(
                () -> new MalformedAnswerException(parent.getLocalName() + " has no " + localName));
    }

    /** The trimmed text of a child element that must be there and not be empty. */
    static String requiredText(Element parent, String namespace, String localName) {
        String text = required(parent, namespace, localName).getTextContent().strip();
        if (text.isEmpty()) {
            throw new MalformedAnswerException(parent.getLocalName() + " has an empty " + localName);
        }
        return text;
    }

    /** The trimmed text of an optional child element; empty when it is missing or blank. */
    static Optional<String> optionalText(Element parent, String namespace, String localName) {
        return child(parent, namespace, localName).map(element -> element.getTextContent().strip()).filter(text -> !text.isEmpty());
    }

    /** An xs:boolean child: {@code true}, {@code false}, {@code 1} or {@code 0}. */
    static boolean requiredBoolean(Element parent, String namespace, String localName) {
        String text = requiredText(parent, namespace, localName);
        switch (text) {
            case "true":
            case "1":
                return true;
            case "false":
            case "0":
                return false;
            default:
                throw new MalformedAnswerException(parent.getLocalName() + "/" + localName + " is not a boolean");
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static DocumentBuilder newBuilder() {
        synchronized (BUILDERS) {
            try {
                return BUILDERS.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("The JDK's XML parser cannot be created: " + e.getMessage(), e);
            }
        }
    }

    private static DocumentBuilderFactory hardenedBuilderFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser does not take the features that make it safe: " + e.getMessage(), e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static TransformerFactory hardenedTransformerFactory() {
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return factory;
    }
}
