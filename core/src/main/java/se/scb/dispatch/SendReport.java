package se.scb.dispatch;

import se.scb.dispatch.journal.DispatchStatus;
import se.scb.dispatch.validation.ValidationReport;

/**
 * What a send did.
 *
 * @param plan   the plan's counts, as validation would have told
 * @param status where every letter ended
 */
public record SendReport(String dispatchId, ValidationReport plan, DispatchStatus status) {
}
