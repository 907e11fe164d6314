package se.scb.dispatch.examples.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.scb.dispatch.run.RunSettings;
import se.scb.dispatch.spi.ProviderConfig;

/**
 * The {@code --max-in-flight} option: letters open to the mailbox operator at once. One number for
 * both bounds, so they cannot disagree: the configured operator's own {@code <name>.max-in-flight}
 * key (each provider reads its keys under its name; the flag wins over the file), which the runner
 * follows, and the runner's bound for an operator without one (the fakes).
 */
final class MaxInFlightOption {

    /** Kivra's and Mina meddelanden's configurations take no more. */
    private static final int MOST = 1_000;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--max-in-flight", paramLabel = "N",
            description = "Letters sent to the mailbox operator and not yet answered, at most (default: the operator's"
                    + " max-in-flight in --config, else 16). Sets <operator>.max-in-flight of --config.")
    private Integer value;

    /** The settings with the flag's bound, when it is given. */
    RunSettings appliedTo(RunSettings settings) {
        return value == null ? settings : settings.withMaxInFlightPerOperator(checked());
    }

    /** The configuration with the flag's bound as the named operator's {@code max-in-flight}, when both are given. */
    ProviderConfig appliedTo(ProviderConfig config) {
        if (value == null || config.get(ProviderConfig.MAILBOX_OPERATOR_KEY).isEmpty()) {
            return config;
        }
        Map<String, String> values = new LinkedHashMap<>(config.asMap());
        values.put(config.get(ProviderConfig.MAILBOX_OPERATOR_KEY).get() + ".max-in-flight", String.valueOf(checked()));
        return ProviderConfig.of(values);
    }

    private int checked() {
        if (value < 1 || value > MOST) {
            throw new ParameterException(command.commandLine(), "--max-in-flight must be from 1 to " + MOST + ", was " + value + ".");
        }
        return value;
    }
}
