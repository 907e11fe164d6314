package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.journal.CaseEvent;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.jdbc.JdbcJournal;

/** {@code dispatch responses import}: the product system's case events into the journal. */
class ResponsesImportTest {

    @TempDir
    Path folder;

    private Workspace workspace;
    private Fixtures fixtures;

    @BeforeEach
    void sendTheFixtures() throws Exception {
        workspace = new Workspace(folder);
        fixtures = new Fixtures(folder);
        Workspace.json(workspace.sending("send", "--population", fixtures.population.toString(), "--template", fixtures.template.toString(),
                "--reachability", fixtures.reachability.toString(), "--json"));
    }

    @Test
    void importsEveryReadableLineReportsTheBadOnesByNumberAndCountsUnknownCases() throws Exception {
        Path file = Fixtures.write(folder.resolve("svar.csv"), List.of(
                "case_id;event;at;channel",
                "C1;LOGGED_IN;2026-11-30T09:00:00+01:00;sso",
                "C1;RESPONDED;2026-11-30T09:20:00+01:00;web",
                "C2;responded;2026-11-30T10:00;web",
                "C3;ANSWERED;2026-11-30T10:00;web",
                "C4;RESPONDED;yesterday;web",
                "X-404;RESPONDED;2026-11-30T11:00:00Z;phone",
                "C9;STARTED;2026-11-30T12:00:00Z"));

        Cli.Result first = workspace.journal("responses", "import", file.toString());
        Cli.Result again = workspace.journal("responses", "import", file.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("Imported 5 case events", "1 events of 1 case ids that no letter in the journal carries",
                "X-404", "2 lines could not be read", "line 5: the event 'ANSWERED' is none of", "line 6: the time 'yesterday'");
        assertThat(again.out()).isEqualTo(first.out());
        try (Journal journal = JdbcJournal.builder(workspace.db()).existingOnly().build()) {
            assertThat(journal.caseEvents(List.of("C1", "C2", "C9"))).containsExactlyInAnyOrder(
                    new CaseEvent("C1", CaseEvent.Kind.LOGGED_IN, Instant.parse("2026-11-30T08:00:00Z"), "sso"),
                    new CaseEvent("C1", CaseEvent.Kind.RESPONDED, Instant.parse("2026-11-30T08:20:00Z"), "web"),
                    new CaseEvent("C2", CaseEvent.Kind.RESPONDED, Instant.parse("2026-11-30T09:00:00Z"), "web"),
                    new CaseEvent("C9", CaseEvent.Kind.STARTED, Instant.parse("2026-11-30T12:00:00Z"), ""));
        }
    }
}
