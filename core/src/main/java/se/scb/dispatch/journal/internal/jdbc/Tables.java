package se.scb.dispatch.journal.internal.jdbc;

/** The journal's table names under one prefix. */
record Tables(String prefix, String dispatches, String letters, String letterData, String log, String counts, String runners, String caseEvents,
        String processEvents, String eventCursors, String experiments, String armCounts) {

    static Tables withPrefix(String prefix) {
        return new Tables(prefix, prefix + "dispatches", prefix + "letters", prefix + "letter_data", prefix + "log", prefix + "counts",
                prefix + "runners", prefix + "case_events", prefix + "process_events", prefix + "event_cursors",
                prefix + "experiments", prefix + "arm_counts");
    }

    /** A letter whole: its state ({@code r}) joined to what was planned once and never changes ({@code c}), for {@link Columns#LETTER}. */
    String lettersWhole() {
        return letters + " r JOIN " + letterData + " c ON c.dispatch_id = r.dispatch_id AND c.row_no = r.row_no";
    }
}
