package se.scb.dispatch.adapter.minameddelanden;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.security.Key;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.xml.XMLConstants;
import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.XMLStructure;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A request as the server received it: parsed again from its bytes, checked against the tests' schemas, its signatures verified. */
final class RequestXml {

    private final Document document;

    private RequestXml(Document document) {
        this.document = document;
    }

    static RequestXml parse(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return new RequestXml(factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)));
        } catch (Exception e) {
            throw new AssertionError("The request is not XML: " + e.getMessage(), e);
        }
    }

    Document document() {
        return document;
    }

    /** The first element with this namespace and local name. */
    Element element(String namespace, String localName) {
        return elements(namespace, localName).stream().findFirst()
                .orElseThrow(() -> new AssertionError("The request has no " + localName + " in " + namespace));
    }

    List<Element> elements(String namespace, String localName) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, localName);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    String text(String namespace, String localName) {
        return element(namespace, localName).getTextContent();
    }

    /** The operation's element in the SOAP body. */
    Element operation() {
        Element body = element(Namespaces.SOAP, "Body");
        for (org.w3c.dom.Node node = body.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element) {
                return (Element) node;
            }
        }
        throw new AssertionError("The SOAP body is empty");
    }

    /** Validates the operation's element against one of the tests' trimmed schemas; throws the validator's complaint. */
    void validateAgainst(String schemaFile) throws Exception {
        URL location = RequestXml.class.getResource("/xsd/" + schemaFile);
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema schema = factory.newSchema(location);
        schema.newValidator().validate(new DOMSource(operation()));
    }

    /** The {@code ds:Signature} that is a direct child of the element. */
    static Element signatureOf(Element signed) {
        for (org.w3c.dom.Node node = signed.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element && "Signature".equals(node.getLocalName()) && XMLSignature.XMLNS.equals(node.getNamespaceURI())) {
                return (Element) node;
            }
        }
        throw new AssertionError(signed.getLocalName() + " has no signature");
    }

    /**
     * Verifies the signature with the certificate in its own KeyInfo, after checking it uses the
     * algorithms Mina meddelanden asks for.
     *
     * @return the certificate, when the signature is valid
     */
    Optional<X509Certificate> verify(Element signature) throws Exception {
        AtomicReference<X509Certificate> signer = new AtomicReference<>();
        DOMValidateContext context = new DOMValidateContext(new CertificateInKeyInfo(signer), signature);
        for (Element element : elementsWithId()) {
            context.setIdAttributeNS(element, null, "Id");
        }
        XMLSignature xmlSignature = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
        requireAlgorithms(xmlSignature);
        return xmlSignature.validate(context) ? Optional.of(signer.get()) : Optional.empty();
    }

    private static void requireAlgorithms(XMLSignature signature) {
        if (!signature.getSignedInfo().getCanonicalizationMethod().getAlgorithm().equals(CanonicalizationMethod.EXCLUSIVE)
                || !signature.getSignedInfo().getSignatureMethod().getAlgorithm().equals(SignatureMethod.RSA_SHA256)) {
            throw new AssertionError("Not exclusive c14n with RSA-SHA256: " + signature.getSignedInfo().getSignatureMethod().getAlgorithm());
        }
        for (Reference reference : signature.getSignedInfo().getReferences()) {
            if (!reference.getDigestMethod().getAlgorithm().equals(DigestMethod.SHA256)
                    || reference.getTransforms().stream().noneMatch(t -> t.getAlgorithm().equals(Transform.ENVELOPED))) {
                throw new AssertionError("Not an enveloped SHA-256 reference: " + reference.getURI());
            }
        }
    }

    private List<Element> elementsWithId() {
        NodeList all = document.getElementsByTagName("*");
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttributeNS(null, "Id")) {
                found.add(element);
            }
        }
        return found;
    }

    /** Takes the key from the certificate in {@code KeyInfo/X509Data}, and remembers the certificate. */
    private static final class CertificateInKeyInfo extends KeySelector {

        private final AtomicReference<X509Certificate> signer;

        CertificateInKeyInfo(AtomicReference<X509Certificate> signer) {
            this.signer = signer;
        }

        @Override
        public KeySelectorResult select(KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method, XMLCryptoContext context)
                throws KeySelectorException {
            for (XMLStructure structure : keyInfo.getContent()) {
                if (structure instanceof X509Data) {
                    for (Object item : ((X509Data) structure).getContent()) {
                        if (item instanceof X509Certificate) {
                            X509Certificate certificate = (X509Certificate) item;
                            signer.set(certificate);
                            Key key = certificate.getPublicKey();
                            return () -> key;
                        }
                    }
                }
            }
            throw new KeySelectorException("The signature's KeyInfo has no X509Data certificate");
        }
    }
}
