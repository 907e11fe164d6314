package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.DispatchSummary;
import se.scb.dispatch.journal.HistoryQuery;
import se.scb.dispatch.journal.Journal;

/** {@code dispatch history}: the dispatches in the journal, newest first. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List the dispatches in the journal, newest first: id, name, state, when created, letters per final state,"
                + " when the first letter went out and when anything last happened.")
final class HistoryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private JournalOption journal;

    @Option(names = "--state", paramLabel = "STATE",
            description = "Only dispatches in this state (${COMPLETION-CANDIDATES}); repeat for several.")
    private Set<DispatchState> states = EnumSet.noneOf(DispatchState.class);

    @Option(names = "--from", paramLabel = "TIME", converter = TimeConverter.class,
            description = "Only dispatches created at or after this time, e.g. 2026-12-01 (Swedish time) or 2026-12-01T07:00:00Z.")
    private Instant from;

    @Option(names = "--to", paramLabel = "TIME", converter = TimeConverter.class, description = "Only dispatches created before this time.")
    private Instant to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N dispatches (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--json", description = "Print one JSON object with the dispatches as an array.")
    private boolean json;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, was " + limit + ".");
        }
        HistoryQuery query = HistoryQuery.all().inStates(states).createdBetween(Optional.ofNullable(from), Optional.ofNullable(to)).limit(limit);
        PrintWriter out = spec.commandLine().getOut();
        try (Journal opened = journal.openExisting()) {
            List<DispatchSummary> history = opened.history(query);
            if (json) {
                JsonReport output = JsonReport.startObject(out);
                output.startArray("dispatches");
                for (DispatchSummary summary : history) {
                    output.startElement();
                    output.dispatch(summary);
                    output.endObject();
                }
                output.endArray();
                output.end();
            } else {
                new TextReport(out).history(history);
            }
        }
        out.flush();
        return 0;
    }
}
