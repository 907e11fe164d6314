package se.scb.dispatch.model;

import java.util.Objects;

/**
 * The digital mailbox a recipient has: the operator that holds it and where that operator takes
 * deliveries.
 *
 * @param operatorId     a stable id of the operator (in Mina meddelanden the {@code ServiceSupplier} id),
 *                       e.g. {@code kivra}
 * @param operatorName   the operator's name for reports, e.g. {@code Kivra}
 * @param serviceAddress where deliveries for this mailbox go; empty when the operator's own API is used
 */
public record MailboxAddress(String operatorId, String operatorName, String serviceAddress) {

    public MailboxAddress {
        Objects.requireNonNull(operatorId, "operatorId");
        Objects.requireNonNull(operatorName, "operatorName");
        serviceAddress = serviceAddress == null ? "" : serviceAddress;
    }
}
