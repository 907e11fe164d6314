package se.scb.dispatch.report.internal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import se.scb.dispatch.experiment.Experiment;
import se.scb.dispatch.journal.DispatchLog;

/** Where a report learns the design of a dispatch's experiment from the journal (each letter's arm is {@code JournalEntry.arm()}). */
final class JournalArms {

    private JournalArms() {
    }

    /** The experiment the dispatch was planned with, as the journal keeps it. */
    static Optional<Design> designOf(DispatchLog journal, String dispatchId) {
        return journal.experiment(dispatchId).map(experiment -> new Design(OptionalLong.of(experiment.seed()), experiment.strata(),
                experiment.arms().stream().map(Experiment.Arm::name).toList()));
    }

    /**
     * @param arms the arms in the design's order: the first is the baseline
     */
    record Design(OptionalLong seed, List<String> strata, List<String> arms) {
    }
}
