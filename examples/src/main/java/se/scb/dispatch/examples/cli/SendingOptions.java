package se.scb.dispatch.examples.cli;

import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.scb.dispatch.run.RunSettings;

/**
 * What every command that sends takes: the journal, where the fake operator keeps what it received
 * and how slow it is, the providers' configuration, the print-batch directory and the bound on letters in flight.
 */
final class SendingOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Mixin
    private JournalOption journal;

    @Mixin
    private ReceivedOption received;

    @Mixin
    private ConfigOption config;

    @Mixin
    private PaperOutOption out;

    @Mixin
    private MaxInFlightOption maxInFlight;

    @Option(names = "--latency-ms", paramLabel = "MS",
            description = "The fake operator's delay per letter, in milliseconds (default: 0; for the demo 1);"
                    + " a longer one leaves time to interrupt a run and start it again.")
    private Long latencyMs;

    JournalOption journal() {
        return journal;
    }

    ConfigOption config() {
        return config;
    }

    /**
     * A session over these options, its fake operator answering after {@code --latency-ms}, or after
     * {@code defaultLatency} when the flag is not given.
     */
    Session.Builder session(RunSettings settings, Duration defaultLatency) {
        if (latencyMs != null && latencyMs < 0) {
            throw new ParameterException(command.commandLine(), "--latency-ms must be 0 or more, was " + latencyMs + ".");
        }
        Duration latency = latencyMs == null ? defaultLatency : Duration.ofMillis(latencyMs);
        return Session.builder(journal, config, out, maxInFlight.appliedTo(settings)).configured(maxInFlight::appliedTo)
                .fakeOperator(received.file(journal), latency);
    }
}
