package se.scb.dispatch.plan.internal;

/** The dispatch was cancelled while its plan was being written: the planner stops, and writes nothing more. */
public final class PlanStoppedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PlanStoppedException(String message) {
        super(message);
    }
}
