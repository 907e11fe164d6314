package se.scb.dispatch.report.internal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.JournalEntry;

/**
 * The seam where a report learns a dispatch's experiment from the journal. The journal does not keep arms yet
 * (experiments are being added to the planner and the journal, issue 11); until it does, no letter has an arm
 * and a report has an experiment section only when its caller gives the counts ({@code ReportOptions.experiment}).
 * When the journal's public read side gives each letter's arm and the dispatch's design, read them here: the
 * report then counts letters, responses, openings and deliveries, and cost, per arm in its one pass.
 */
final class JournalArms {

    private JournalArms() {
    }

    /** The letter's arm; to become {@code letter.arm()}. */
    static Optional<String> armOf(JournalEntry letter) {
        return Optional.empty();
    }

    /** The experiment's design as the dispatch was planned with it; to be read from the dispatch record. */
    static Optional<Design> designOf(DispatchRecord dispatch) {
        return Optional.empty();
    }

    /**
     * @param arms the arms in the design's order: the first is the baseline
     */
    record Design(OptionalLong seed, List<String> strata, List<String> arms) {
    }
}
