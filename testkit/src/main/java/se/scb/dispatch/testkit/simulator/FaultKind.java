package se.scb.dispatch.testkit.simulator;

/** The ways a simulator misbehaves on purpose when it answers a delivery. */
public enum FaultKind {
    /** A 5xx answer (the protocol's "server trouble, try later"); the letter is not taken. */
    SERVER_ERROR(false),
    /** 429 with a {@code Retry-After} in whole seconds; the letter is not taken. */
    TOO_MANY_REQUESTS(false),
    /** No answer at all: the request is held until the client gives up (or the hold ends); the letter is not taken. */
    NO_ANSWER(false),
    /** The connection is closed after the request was read and before any answer; the letter is not taken. */
    CONNECTION_DROPPED(false),
    /** The letter is taken, and the success answer breaks off half-way, the connection closed under it. */
    HALF_WRITTEN_BODY(true),
    /** The letter is taken, and the answer has a success status with a body that is not the protocol's. */
    MALFORMED_BODY(true),
    /** The letter is taken, and the success answer trickles out a few bytes at a time. */
    SLOW_DRIP(true);

    private final boolean takesTheLetter;

    FaultKind(boolean takesTheLetter) {
        this.takesTheLetter = takesTheLetter;
    }

    /** Whether the operator keeps the letter although the answer goes wrong: a repeat of it must then be dropped. */
    public boolean takesTheLetter() {
        return takesTheLetter;
    }
}
