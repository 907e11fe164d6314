package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program ships its own SLF4J binding (slf4j-simple): no "No SLF4J providers" warning on every run,
 * the SDK's log lines on stderr, never mixed into the report on stdout, and only warnings unless --verbose.
 */
class LoggingTest {

    @TempDir
    Path folder;

    @Test
    void aQuietRunPrintsNoLoggingNoticeAtAll() throws Exception {
        ChildProgram program = ChildProgram.start(folder, "quiet", validate(new Fixtures(folder)));

        assertThat(program.awaitExit(Duration.ofSeconds(60))).as(program.err()).isZero();
        assertThat(program.err()).doesNotContain("SLF4J").isEmpty();
        assertThat(program.out()).contains("Rows: 9");
    }

    @Test
    void withVerboseTheSdksInfoLinesGoToStderrNotIntoTheReport() throws Exception {
        ChildProgram program = ChildProgram.start(folder, "verbose", Workspace.with(validate(new Fixtures(folder)), "--verbose"));

        assertThat(program.awaitExit(Duration.ofSeconds(60))).as(program.err()).isZero();
        assertThat(program.err()).contains("INFO").doesNotContain("SLF4J");
        assertThat(program.out()).doesNotContain("INFO");
    }

    private static String[] validate(Fixtures fixtures) {
        return new String[] {"validate", "--population", fixtures.population.toString(), "--template", fixtures.template.toString(),
            "--reachability", fixtures.reachability.toString()};
    }
}
