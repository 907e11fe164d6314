package se.scb.dispatch.model;

/** Where a row of the population ends: in a digital mailbox, on paper, or nowhere. */
public enum Outcome {
    DIGITAL,
    PAPER,
    FAILED
}
