package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class ErrorHandlingTest {

    @Test
    void anUnexpectedErrorIsExitCodeOneWithOneLine() {
        StringWriter err = new StringWriter();

        int exitCode = failing(err).execute();

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("boom: unexpected error: IllegalStateException: the fake broke, and said so on two lines"
                + System.lineSeparator());
    }

    @Test
    void verboseAddsTheStackTrace() {
        StringWriter err = new StringWriter();

        int exitCode = failing(err).execute("--verbose");

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString()).startsWith("boom: unexpected error: IllegalStateException").contains("\tat ");
    }

    @Test
    void aTemplateProblemIsTheUsersToFix() {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new Failing(new se.scb.dispatch.template.TemplateException("t.json: no subject.")));
        command.setErr(new PrintWriter(err));
        command.setExecutionExceptionHandler(ErrorHandling::onExecutionError);

        assertThat(command.execute()).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("boom: t.json: no subject." + System.lineSeparator());
    }

    @Test
    void aFullDiskUnderTheJournalsWordsIsOneLineThatSaysSo() {
        StringWriter err = new StringWriter();
        RuntimeException full = new se.scb.dispatch.journal.jdbc.JournalStorageException("Could not record a letter. Check that the database is reachable.",
                new java.sql.SQLException("IO Exception", new java.io.IOException("No space left on device")));
        CommandLine command = new CommandLine(new Failing(full));
        command.setErr(new PrintWriter(err));
        command.setExecutionExceptionHandler(ErrorHandling::onExecutionError);

        assertThat(command.execute()).isEqualTo(2);
        assertThat(err.toString()).startsWith("boom: no space left on the disk").doesNotContain("Exception", "reachable")
                .hasLineCount(1);
    }

    private static CommandLine failing(StringWriter err) {
        CommandLine command = new CommandLine(new Failing(new IllegalStateException("the fake broke,\n  and said so on two lines")));
        command.setErr(new PrintWriter(err));
        command.setExecutionExceptionHandler(ErrorHandling::onExecutionError);
        return command;
    }

    @Command(name = "boom")
    static final class Failing implements Runnable {

        @Option(names = "--verbose")
        boolean verbose;

        private final RuntimeException error;

        Failing(RuntimeException error) {
            this.error = error;
        }

        @Override
        public void run() {
            throw error;
        }
    }
}
