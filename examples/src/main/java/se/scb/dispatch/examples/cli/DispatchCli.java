package se.scb.dispatch.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import se.scb.dispatch.run.RunSettings;

/**
 * The {@code dispatch} program: preview, validate and send a population against a template, keep
 * every dispatch in a journal (an H2 file or PostgreSQL), and look after it later: run what falls
 * due, resume after a crash, pause, cancel, purge, and read its status, history and log. The
 * testkit's fakes stand in for the directory and the operators unless {@code --config} names real
 * providers; paper letters become print batches on disk.
 *
 * <p>Exit codes: 0 when the command did its work (failed rows included), 2 for a usage error or an
 * input that cannot be used, 1 for anything unexpected.
 */
@Command(name = "dispatch",
        mixinStandardHelpOptions = true,
        version = "dispatch 0.1.0-SNAPSHOT",
        description = "Preview, validate and send official letters to digital mailboxes, with paper as fallback."
                + " Without --config the commands run against fakes and nothing leaves this machine;"
                + " paper letters become print batches (PDF and manifest) in a directory.",
        subcommands = {DemoCommand.class, PreviewCommand.class, ValidateCommand.class, CoverageCommand.class, SendCommand.class, RunCommand.class,
                ResumeCommand.class, StatusCommand.class, HistoryCommand.class, LogCommand.class, PauseCommand.class,
                CancelCommand.class, PurgeCommand.class, ResponsesCommand.class, EventsCommand.class, ProcessCommand.class, ReportCommand.class,
                OperatorsCommand.class})
public final class DispatchCli implements Runnable {

    /** Exit code for a wrong flag or an input that cannot be used. */
    static final int USAGE = 2;
    /** Exit code for anything we did not foresee. */
    static final int UNEXPECTED = 1;

    /** Shown in every command's help. */
    private static final Map<String, String> EXIT_CODES = exitCodes();

    @Spec
    private CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Log what the SDK does, and print the stack trace of an unexpected error.")
    private boolean verbose;

    // Hidden: a knob for tests and for watching a crash recovery by hand, not for everyday use.
    @Option(names = "--lease", scope = ScopeType.INHERIT, hidden = true, paramLabel = "SECONDS", defaultValue = "30",
            description = "How long letters a process claimed stay its own without a heartbeat (default: ${DEFAULT-VALUE});"
                    + " after that a restarted process takes them over.")
    private int leaseSeconds;

    private final boolean terminal;

    private DispatchCli(boolean terminal) {
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        Charset console = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, console), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, console), true);
        int exitCode = commandLine(out, err, System.console() != null).execute(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /**
     * The program, writing to the given streams; tests run it in-process with this.
     *
     * @param terminal whether {@code err} is a terminal, where progress is redrawn in place
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean terminal) {
        CommandLine commandLine = new CommandLine(new DispatchCli(terminal));
        commandLine.setOut(new PrintWriter(new TerminalSafeWriter(out), true));
        commandLine.setErr(new PrintWriter(new TerminalSafeWriter(err), true));
        commandLine.setParameterExceptionHandler(ErrorHandling::onParameterError);
        commandLine.setExecutionExceptionHandler(ErrorHandling::onExecutionError);
        commandLine.setExecutionStrategy(DispatchCli::execute);
        withExitCodes(commandLine);
        return commandLine;
    }

    private static void withExitCodes(CommandLine command) {
        command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(EXIT_CODES);
        command.getSubcommands().values().forEach(DispatchCli::withExitCodes);
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "the command did its work (rows that failed are part of the report)");
        codes.put("1", "an unexpected error");
        codes.put("2", "a usage error, or an input file that is missing, unreadable or invalid");
        return codes;
    }

    private static int execute(CommandLine.ParseResult parseResult) {
        // Before the first logger exists (the SDK logs its choice of providers): quiet unless asked.
        if (verbose(parseResult)) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        }
        // Hibernate Validator logs through JBoss Logging, which would otherwise print to java.util.logging:
        // through SLF4J, --verbose governs every log line.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        return new CommandLine.RunLast().execute(parseResult);
    }

    /** Whether {@code --verbose} was given, on the program or on its command. */
    static boolean verbose(CommandLine.ParseResult parseResult) {
        return parseResult != null && parseResult.asCommandLineList().stream()
                .map(CommandLine::getParseResult)
                .anyMatch(each -> each != null && each.hasMatchedOption("--verbose"));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing a command: demo, preview, validate, send, run, resume, status, history, log, pause, cancel, purge, responses, events, process or operators.");
    }

    /**
     * How this process sends: the default settings with the {@code --lease}, and a delivery time-out
     * below it (the runner requires it shorter, so a letter never has two runners).
     */
    RunSettings runSettings() {
        if (leaseSeconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lease must be at least 1 second, was " + leaseSeconds + ".");
        }
        RunSettings defaults = RunSettings.defaults();
        Duration lease = Duration.ofSeconds(leaseSeconds);
        Duration timeout = defaults.deliveryTimeout().compareTo(lease.dividedBy(2)) < 0 ? defaults.deliveryTimeout() : lease.dividedBy(2);
        return new RunSettings(defaults.maxInFlightPerOperator(), defaults.retryPolicy(), timeout, defaults.claimSize(),
                defaults.paperBatchSize(), lease, defaults.idlePoll());
    }

    /** Whether progress may be redrawn in place on stderr. */
    boolean terminal() {
        return terminal;
    }
}
