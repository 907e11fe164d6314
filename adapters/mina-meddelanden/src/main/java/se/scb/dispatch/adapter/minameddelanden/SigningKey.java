package se.scb.dispatch.adapter.minameddelanden;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

/** An RSA private key and its certificate, for an XML signature. {@code toString} shows the certificate's subject only. */
record SigningKey(PrivateKey privateKey, X509Certificate certificate) {

    SigningKey {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
    }

    @Override
    public String toString() {
        return "SigningKey[" + certificate.getSubjectX500Principal().getName() + "]";
    }
}
