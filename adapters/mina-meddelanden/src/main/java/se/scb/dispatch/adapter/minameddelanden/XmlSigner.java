package se.scb.dispatch.adapter.minameddelanden;

import java.security.GeneralSecurityException;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.XMLStructure;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Enveloped XML signatures as Mina meddelanden wants them: RSA-SHA256 over a SHA-256 digest,
 * exclusive canonicalisation, the signer's certificate in {@code KeyInfo/X509Data}.
 *
 * <p>The reference points at the signed element's {@code Id} (both {@code SignedDelivery} and
 * {@code SealedDelivery} have one in the schema), and exclusive canonicalisation is also applied as a
 * transform, so each signature verifies in the SOAP request as sent and in the element taken out
 * on its own: no namespace of the envelope around it is part of the digest.
 */
final class XmlSigner {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private XmlSigner() {
    }

    /**
     * Takes the line breaks out of the signature's base64 values. The JDK wraps them at 76 characters
     * with CR LF, written as {@code &#13;}, which some receivers stumble on. Base64 ignores whitespace,
     * and neither value is under the signature's own digest; this runs before an enclosing signature is made.
     */
    private static void compactBase64(Element signature) {
        for (String name : List.of("SignatureValue", "X509Certificate")) {
            NodeList values = signature.getElementsByTagNameNS(XMLSignature.XMLNS, name);
            for (int i = 0; i < values.getLength(); i++) {
                values.item(i).setTextContent(WHITESPACE.matcher(values.item(i).getTextContent()).replaceAll(""));
            }
        }
    }

    /** Gives {@code element} the {@code Id} and appends, as its last child, a signature over it. */
    static void signEnveloped(Element element, String id, SigningKey key) {
        element.setAttributeNS(null, "Id", id);
        element.setIdAttributeNS(null, "Id", true);
        XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
        try {
            Reference reference = factory.newReference("#" + id,
                    factory.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                    null, null);
            SignedInfo signedInfo = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod(SignatureMethod.RSA_SHA256, null),
                    List.of(reference));
            KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
            KeyInfo keyInfo = keyInfos.newKeyInfo(List.<XMLStructure>of(keyInfos.newX509Data(List.of(key.certificate()))));
            DOMSignContext context = new DOMSignContext(key.privateKey(), element);
            context.setDefaultNamespacePrefix("ds");
            factory.newXMLSignature(signedInfo, keyInfo).sign(context);
            compactBase64((Element) element.getLastChild());
        } catch (GeneralSecurityException | MarshalException | XMLSignatureException e) {
            throw new IllegalStateException("The " + element.getLocalName() + " could not be signed with " + key + ": " + e.getMessage(), e);
        }
    }
}
