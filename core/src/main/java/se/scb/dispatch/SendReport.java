package se.scb.dispatch;

import se.scb.dispatch.journal.DispatchStatus;
import se.scb.dispatch.validation.ValidationReport;

/**
 * What a send did.
 *
 * @param plan   the plan's counts, as validation would have told them
 * @param status where every letter ended, counted per state and reason
 */
public record SendReport(String dispatchId, ValidationReport plan, DispatchStatus status) {
}
