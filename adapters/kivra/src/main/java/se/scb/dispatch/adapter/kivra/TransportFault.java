package se.scb.dispatch.adapter.kivra;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;
import se.scb.dispatch.spi.Faults;
import se.scb.dispatch.spi.ProviderException;

/**
 * A request that got no answer from Kivra, as a code and a sentence for the dispatch log: a
 * time-out, a connection fault, or no access token.
 */
record TransportFault(String code, String message) {

    static TransportFault of(Throwable error, KivraConfig config) {
        Throwable cause = Faults.rootOf(error);
        if (cause instanceof TimeoutException || cause instanceof HttpTimeoutException) {
            return new TransportFault("TIMEOUT", "Kivra did not answer within " + config.timeout().toMillis() + " ms"
                    + (cause.getMessage() == null ? "." : ": " + cause.getMessage()));
        }
        if (cause instanceof ProviderException) {
            return new TransportFault("TOKEN", cause.getMessage());
        }
        if (cause instanceof ConnectException) {
            return new TransportFault("CONNECTION", "Kivra could not be reached at " + config.baseUrl() + ": " + Faults.describe(cause) + ".");
        }
        if (cause instanceof IOException) {
            return new TransportFault("CONNECTION", "The connection to Kivra failed before an answer: " + Faults.describe(cause) + ".");
        }
        if (cause instanceof InterruptedException) {
            return new TransportFault("INTERRUPTED", "The request to Kivra was interrupted.");
        }
        return new TransportFault("ERROR", "The request to Kivra failed: " + Faults.describe(cause) + ".");
    }

    /** The fault as an exception for callers that answer with one. */
    ProviderException asException(String what) {
        return new ProviderException(what + " failed (" + code + "): " + message);
    }
}
