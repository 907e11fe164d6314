package se.scb.dispatch.coverage;

import se.scb.dispatch.spi.Reachability;

/** The running counts of one group while a population streams past. */
final class GroupCounts {

    private long recipients;
    private long digital;
    private long blocked;
    private long pending;

    void add(Reachability.Status status) {
        recipients++;
        switch (status) {
            case REACHABLE:
                digital++;
                break;
            case SENDER_BLOCKED:
                blocked++;
                break;
            case PENDING:
                pending++;
                break;
            case NO_MAILBOX:
            default:
                break;
        }
    }

    boolean isEmpty() {
        return recipients == 0;
    }

    CoverageGroup toGroup(String variable, String value) {
        return new CoverageGroup(variable, value, recipients, digital, blocked, pending);
    }
}
