package se.scb.dispatch.journal.internal.jdbc;

/** The journal's table names under one prefix. */
record Tables(String prefix, String dispatches, String letters, String log, String counts, String runners, String responses) {

    static Tables withPrefix(String prefix) {
        return new Tables(prefix, prefix + "dispatches", prefix + "letters", prefix + "log", prefix + "counts", prefix + "runners",
                prefix + "responses");
    }
}
