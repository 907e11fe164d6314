package se.scb.dispatch.examples.demo;

import java.util.Objects;
import java.util.Optional;
import se.scb.dispatch.spi.Reachability;

/**
 * What the demo's directory knows of one recipient: the answer it gives, and the operator for a
 * reachable one.
 */
public record MailboxTruth(Reachability.Status status, Optional<DemoOperator> operator) {

    public MailboxTruth {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(operator, "operator");
        if ((status == Reachability.Status.REACHABLE) != operator.isPresent()) {
            throw new IllegalArgumentException("An operator is given exactly for REACHABLE, not for " + status);
        }
    }

    public static MailboxTruth reachable(DemoOperator operator) {
        return new MailboxTruth(Reachability.Status.REACHABLE, Optional.of(operator));
    }

    public static MailboxTruth unreachable(Reachability.Status status) {
        return new MailboxTruth(status, Optional.empty());
    }
}
