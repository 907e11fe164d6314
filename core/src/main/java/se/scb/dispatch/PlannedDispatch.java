package se.scb.dispatch;

import se.scb.dispatch.validation.ValidationReport;

/** A dispatch written to the journal: its id, and the plan's counts as validation would tell them. */
public record PlannedDispatch(String dispatchId, ValidationReport plan) {
}
