package se.scb.dispatch.testkit;

import java.util.Map;
import java.util.Objects;
import se.scb.dispatch.model.MailboxAddress;

/**
 * Mailbox addresses for the fakes. The operators of Mina meddelanden are known by name; any other
 * operator id is allowed and is its own name. Service addresses are under {@code https://fake.invalid/},
 * a host that can never resolve.
 */
public final class FakeMailboxes {

    private static final Map<String, String> KNOWN_OPERATORS = Map.of(
            "kivra", "Kivra",
            "minmyndighetspost", "Min myndighetspost",
            "fortnox", "Fortnox",
            "billo", "Billo");

    private FakeMailboxes() {
    }

    /** The mailbox an operator holds, e.g. {@code at("kivra")} is Kivra at {@code https://fake.invalid/kivra}. */
    public static MailboxAddress at(String operatorId) {
        Objects.requireNonNull(operatorId, "operatorId");
        if (operatorId.isBlank()) {
            throw new IllegalArgumentException("An operator id must not be blank; known ones are " + KNOWN_OPERATORS.keySet());
        }
        return new MailboxAddress(operatorId, KNOWN_OPERATORS.getOrDefault(operatorId, operatorId), "https://fake.invalid/" + operatorId);
    }
}
