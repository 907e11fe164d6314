package se.scb.dispatch.process.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import se.scb.dispatch.journal.CaseEvent;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.process.Fact;
import se.scb.dispatch.spi.ProcessEvent;

/** One letter with what its operator and its case reported, the earliest time of each kind. */
public record LetterFacts(JournalEntry letter, Map<ProcessEvent.Kind, Instant> operator, Map<CaseEvent.Kind, Instant> caseEvents) {

    public boolean plannedDigital() {
        return letter.isDigital();
    }

    public boolean hasCase() {
        return !letter.row().caseId().isEmpty();
    }

    /** When a digital letter reached the mailbox: the operator's DELIVERED event, else the delivery answer's time. */
    public Optional<Instant> deliveredAt() {
        if (letter.state() != DeliveryState.DELIVERED) {
            return Optional.empty();
        }
        return Optional.of(operator.getOrDefault(ProcessEvent.Kind.DELIVERED, letter.dueAt()));
    }

    public Optional<Instant> openedAt() {
        return Optional.ofNullable(operator.get(ProcessEvent.Kind.OPENED));
    }

    public Optional<Instant> respondedAt() {
        return Optional.ofNullable(caseEvents.get(CaseEvent.Kind.RESPONDED));
    }

    /** Whether the fact holds for this letter (whether its source provides it is the tally's question). */
    public boolean holds(Fact fact) {
        return switch (fact) {
            case DELIVERED -> letter.state() == DeliveryState.DELIVERED;
            case BLOCKED -> letter.plan().reason().filter(ReasonCode.SENDER_BLOCKED::equals).isPresent()
                    || operator.containsKey(ProcessEvent.Kind.SENDER_BLOCKED);
            case LOGGED_IN -> caseEvents.containsKey(CaseEvent.Kind.LOGGED_IN) || operator.containsKey(ProcessEvent.Kind.SINGLE_SIGN_ON);
            case RESPONDED -> caseEvents.containsKey(CaseEvent.Kind.RESPONDED);
            default -> fact.fromOperator().map(operator::containsKey).orElse(false);
        };
    }

    /** How the letter went: {@code digital}, {@code paper} or {@code none}. */
    public String channel() {
        return switch (letter.state()) {
            case DELIVERED -> "digital";
            case HANDED_TO_PAPER -> "paper";
            default -> "none";
        };
    }
}
