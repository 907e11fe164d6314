package se.scb.dispatch.adapter.minameddelanden;

import se.scb.dispatch.id.IdentityNumbers;

/**
 * An answer that does not follow the contract. Internal: the directory turns it into a
 * {@link se.scb.dispatch.spi.ProviderException}, the operator into a transient result.
 * The message completes the sentence "The answer is malformed: ..." and holds no identity number.
 */
final class MalformedAnswerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    MalformedAnswerException(String detail) {
        super(IdentityNumbers.mask(detail));
    }
}
