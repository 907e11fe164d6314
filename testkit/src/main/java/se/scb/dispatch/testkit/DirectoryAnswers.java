package se.scb.dispatch.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.id.RecipientTable;
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.spi.Reachability.Status;
import se.scb.dispatch.spi.Reachability;

/**
 * The fake directory's answers, compact enough for a reachability file of a million lines: each
 * recipient maps to the number of its kind of answer (a status and, when reachable, the mailbox),
 * and the few kinds are kept once. The {@link Reachability} is made when asked for. Not thread-safe.
 */
final class DirectoryAnswers {

    private final RecipientTable codes = new RecipientTable();
    private final List<Kind> kinds = new ArrayList<>();
    private final Map<Kind, Integer> codeOfKind = new HashMap<>();

    /** What an answer says, without whom it is about. */
    private record Kind(Status status, Optional<MailboxAddress> mailbox, Optional<Instant> senderAcceptChangedAt) {

        Reachability about(RecipientId recipient) {
            return new Reachability(recipient, status, mailbox, senderAcceptChangedAt);
        }
    }

    /** Sets the recipient's answer, replacing any earlier one. */
    void put(Reachability answer) {
        codes.put(answer.recipient(), code(new Kind(answer.status(), answer.mailbox(), answer.senderAcceptChangedAt())));
    }

    /** The answer for the recipient, or empty when none was given. */
    Optional<Reachability> get(RecipientId recipient) {
        int code = codes.get(recipient);
        return code == RecipientTable.ABSENT ? Optional.empty() : Optional.of(kinds.get(code).about(recipient));
    }

    /**
     * The number that stands for this kind of answer here, for {@link #putAll}; a number is never
     * reused, so numbers handed out for answers that are then not added only cost a list entry.
     */
    int code(Status status, Optional<MailboxAddress> mailbox) {
        return code(new Kind(status, mailbox, Optional.empty()));
    }

    private int code(Kind answer) {
        return codeOfKind.computeIfAbsent(answer, kind -> {
            kinds.add(kind);
            return kinds.size() - 1;
        });
    }

    /** Adds every entry of {@code staged}, whose values become codes of this table by {@code toCode}. */
    void putAll(RecipientTable staged, IntUnaryOperator toCode) {
        codes.putAll(staged, toCode);
    }

    /** A copy that changes independently of this one. */
    DirectoryAnswers copy() {
        DirectoryAnswers copy = new DirectoryAnswers();
        copy.kinds.addAll(kinds);
        copy.codeOfKind.putAll(codeOfKind);
        copy.codes.putAll(codes, code -> code);
        return copy;
    }
}
