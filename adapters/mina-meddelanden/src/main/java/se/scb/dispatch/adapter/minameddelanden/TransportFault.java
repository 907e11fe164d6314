package se.scb.dispatch.adapter.minameddelanden;

import java.io.IOException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import se.scb.dispatch.spi.Faults;

/**
 * Why a call got no answer, as a code for the dispatch log and a sentence. Transport messages name
 * hosts and exceptions, never the request's content.
 *
 * @param code {@code TIMEOUT}, {@code TLS}, {@code CONNECTION}, {@code BUSY} or {@code INTERRUPTED}
 */
record TransportFault(String code, String message) {

    /** Thrown (as a failed stage) when no call slot came free within the time-out. */
    static final class NoFreeSlotException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoFreeSlotException(int maxInFlight, Duration waited) {
            super(maxInFlight + " calls were in flight for " + waited.toMillis() + " ms");
        }
    }

    static TransportFault of(Throwable failure, Duration timeout) {
        Throwable cause = Faults.rootOf(failure);
        if (cause instanceof HttpConnectTimeoutException) {
            return new TransportFault("TIMEOUT", "No connection within " + timeout.toMillis() + " ms.");
        }
        if (cause instanceof TimeoutException || cause instanceof HttpTimeoutException) {
            return new TransportFault("TIMEOUT", "No answer within " + timeout.toMillis() + " ms.");
        }
        if (cause instanceof SSLException) {
            return new TransportFault("TLS", "The TLS connection failed: " + Faults.describe(cause)
                    + " (check the client certificate in the key store and the server's certificate in the trust store).");
        }
        if (cause instanceof IOException) {
            return new TransportFault("CONNECTION", "The connection failed: " + Faults.describe(cause) + ".");
        }
        if (cause instanceof NoFreeSlotException) {
            return new TransportFault("BUSY", "No call slot came free: " + cause.getMessage() + " (" + MinaMeddelandenConfig.MAX_IN_FLIGHT + ").");
        }
        if (cause instanceof InterruptedException) {
            return new TransportFault("INTERRUPTED", "Interrupted while waiting for a call slot.");
        }
        return new TransportFault("TRANSPORT", "The call failed: " + Faults.describe(cause) + ".");
    }
}
