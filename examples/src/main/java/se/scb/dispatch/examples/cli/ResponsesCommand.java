package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.scb.dispatch.DispatchControl;
import se.scb.dispatch.id.IdentityNumbers;
import se.scb.dispatch.journal.Journal;

/** {@code dispatch responses}: what the survey's own systems say happened to the cases. */
@Command(name = "responses", mixinStandardHelpOptions = true, subcommands = ResponsesCommand.Import.class,
        description = "Events from the survey's own systems: logged in, started, responded.")
final class ResponsesCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: import.");
    }

    /** {@code dispatch responses import FILE}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import case events from a CSV file the product system exports: case_id;event;at;channel, event one of"
                    + " LOGGED_IN, STARTED, RESPONDED, at in ISO-8601 (Swedish local time when it has no offset). Each kind of"
                    + " each case is kept once with its earliest time, so importing a file again changes nothing. Lines that"
                    + " cannot be read are reported by number and the rest imported; case ids no letter carries are counted.")
    static final class Import implements Callable<Integer> {

        /** Unknown case ids named in the report, at most; the rest are counted. */
        private static final int SHOWN = 5;

        @Spec
        private CommandSpec spec;

        @Mixin
        private JournalOption journal;

        @Parameters(paramLabel = "FILE", converter = ReadableFile.class, description = "The CSV file (UTF-8).")
        private Path file;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            AtomicLong events = new AtomicLong();
            AtomicLong unknownEvents = new AtomicLong();
            Set<String> unknownCases = new LinkedHashSet<>();
            List<CaseEventsFile.BadLine> bad;
            try (Journal opened = journal.openExisting()) {
                DispatchControl control = DispatchControl.of(opened);
                bad = new CaseEventsFile(file).read(batch -> {
                    Set<String> unknown = Set.copyOf(control.recordCaseEvents(batch));
                    events.addAndGet(batch.size());
                    unknownEvents.addAndGet(batch.stream().filter(event -> unknown.contains(event.caseId())).count());
                    unknownCases.addAll(unknown);
                });
            }
            out.println("Imported " + events.get() + " case events from " + IdentityNumbers.mask(file.toString()) + " into "
                    + journal.writtenTo() + " (each kind of a case kept once, at its earliest time).");
            if (unknownEvents.get() > 0) {
                out.println(unknownEvents.get() + " events of " + unknownCases.size() + " case ids that no letter in the journal carries"
                        + " (kept all the same): " + shown(unknownCases));
            }
            if (!bad.isEmpty()) {
                out.println(bad.size() + " lines could not be read and were left out:");
                bad.forEach(line -> out.println("  line " + line.line() + ": " + line.why()));
            }
            out.flush();
            return 0;
        }

        private static String shown(Set<String> caseIds) {
            List<String> first = caseIds.stream().limit(SHOWN).map(IdentityNumbers::mask).toList();
            return String.join(", ", first) + (caseIds.size() > SHOWN ? " …" : "");
        }
    }
}
