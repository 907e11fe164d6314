package se.scb.dispatch.examples.readme;

import java.nio.file.Path;
import javax.sql.DataSource;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.jdbc.JdbcJournal;

/** The three ways to open a journal, and a dispatcher that writes to one (README, "The journal, history and resume"). */
public final class OpeningJournals {

    private OpeningJournals() {
    }

    /**
     * An embedded H2 journal in {@code folder}, created on first use, and a dispatcher on it.
     *
     * @param builder {@code Dispatcher.builder()} with the providers it is to use, if not those on the class path
     */
    public static Dispatcher embedded(Path folder, Dispatcher.Builder builder) {
        // tag::embedded[]
        Journal journal = JdbcJournal.open(folder.resolve("journal").toString());          // H2 file, embedded
        Dispatcher dispatcher = builder.journal(journal).build();                         // builder: Dispatcher.builder()
        // end::embedded[]
        return dispatcher;
    }

    /** A PostgreSQL journal that several instances share, in tables named {@code survey_…}. */
    public static Journal shared(DataSource pooledDataSource) {
        // tag::shared[]
        Journal shared = JdbcJournal.builder(pooledDataSource).tablePrefix("survey_").build();  // PostgreSQL, several instances
        // end::shared[]
        return shared;
    }

    /** A journal to read: fails, rather than creating an empty one, when there is none in {@code folder}. */
    public static Journal existing(Path folder) {
        // tag::existing[]
        Journal existing = JdbcJournal.builder(folder.resolve("journal").toString()).existingOnly().build();  // a reader: never creates one
        // end::existing[]
        return existing;
    }
}
