package se.scb.dispatch.process;

import java.util.Optional;
import se.scb.dispatch.spi.ProcessEvent;

/** The facts the process figures count of each letter: from the delivery, the operator's events, the lookup and the case. */
public enum Fact {
    /** In the recipient's mailbox: the operator's answer when sending; always known for a digital letter. */
    DELIVERED("delivered", Optional.empty()),
    OPENED("opened", Optional.of(ProcessEvent.Kind.OPENED)),
    ATTACHMENT_OPENED("attachmentOpened", Optional.of(ProcessEvent.Kind.ATTACHMENT_OPENED)),
    NOTIFIED("notified", Optional.of(ProcessEvent.Kind.NOTIFIED)),
    OPERATOR_REMINDED("operatorReminded", Optional.of(ProcessEvent.Kind.OPERATOR_REMINDER)),
    /** The recipient blocks the sender: said by the directory at lookup, or by the operator later; always known. */
    BLOCKED("blocked", Optional.empty()),
    /** Logged in to the questionnaire: the product system's event, or the operator's single sign-on. */
    LOGGED_IN("loggedIn", Optional.empty()),
    /** The case responded, as the product system reported. */
    RESPONDED("responded", Optional.empty());

    private final String key;
    private final Optional<ProcessEvent.Kind> fromOperator;

    Fact(String key, Optional<ProcessEvent.Kind> fromOperator) {
        this.key = key;
        this.fromOperator = fromOperator;
    }

    /** The fact's key in JSON, e.g. {@code attachmentOpened}. */
    public String key() {
        return key;
    }

    /** The operator's event kind this fact is known from alone, for the facts only an operator can tell. */
    public Optional<ProcessEvent.Kind> fromOperator() {
        return fromOperator;
    }
}
