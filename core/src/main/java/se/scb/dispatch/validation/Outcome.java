package se.scb.dispatch.validation;

/** Where a row of the population ends: in a digital mailbox, on paper, or nowhere. */
public enum Outcome {
    DIGITAL,
    PAPER,
    FAILED
}
