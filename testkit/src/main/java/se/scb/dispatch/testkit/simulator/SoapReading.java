package se.scb.dispatch.testkit.simulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the few values the Mina meddelanden simulator needs out of a SOAP request, streaming, and
 * stops as soon as it has them: the signatures and the message's bulk are never parsed. No DTDs, no
 * external entities.
 */
final class SoapReading {

    private static final XMLInputFactory FACTORY = newFactory();

    private SoapReading() {
    }

    /** The text of every element named {@code localName} in {@code namespace}, in order. */
    static List<String> allTexts(byte[] request, String namespace, String localName) throws IOException {
        return read(request, reader -> {
            List<String> texts = new ArrayList<>();
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && isNamed(reader, namespace, localName)) {
                    texts.add(reader.getElementText().strip());
                }
            }
            return texts;
        });
    }

    /** The text of the first element of each name, reading no further than the last of them. */
    static List<String> firstTexts(byte[] request, String namespace, String... localNames) throws IOException {
        return read(request, reader -> {
            String[] found = new String[localNames.length];
            int missing = localNames.length;
            while (missing > 0 && reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && namespace.equals(reader.getNamespaceURI())) {
                    int index = List.of(localNames).indexOf(reader.getLocalName());
                    if (index >= 0 && found[index] == null) {
                        found[index] = reader.getElementText().strip();
                        missing--;
                    }
                }
            }
            for (int i = 0; i < localNames.length; i++) {
                if (found[i] == null) {
                    throw new IOException("the request has no " + localNames[i]);
                }
            }
            return List.of(found);
        });
    }

    private static boolean isNamed(XMLStreamReader reader, String namespace, String localName) {
        return localName.equals(reader.getLocalName()) && namespace.equals(reader.getNamespaceURI());
    }

    private static <T> T read(byte[] request, Reading<T> reading) throws IOException {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(request));
            return reading.read(reader);
        } catch (XMLStreamException e) {
            throw new IOException("the request is not well-formed XML: " + e.getMessage(), e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // Nothing was held open: the input is an array.
                }
            }
        }
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    @FunctionalInterface
    private interface Reading<T> {
        T read(XMLStreamReader reader) throws XMLStreamException, IOException;
    }
}
