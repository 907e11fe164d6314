package se.scb.dispatch.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import se.scb.dispatch.config.InvalidConfigurationException;
import se.scb.dispatch.experiment.Experiment;

/**
 * The {@code --experiment FILE} option of {@code validate} and {@code send} (and of any command that plans a dispatch):
 * the rows are given randomised arms, reproducibly, so that validation shows the arms sending will give.
 */
final class ExperimentOption {

    @Option(names = "--experiment", paramLabel = "FILE", converter = ReadableFile.class,
            description = "An experiment (JSON): {\"seed\": 20261201, \"strata\": [\"lan\", \"age_group\"], \"arms\": [{\"name\": \"digital\","
                    + " \"weight\": 1}, {\"name\": \"paper\", \"weight\": 1, \"channel\": \"PAPER_ONLY\"}, {\"name\": \"short\", \"weight\": 2,"
                    + " \"template\": \"short.json\", \"sendAt\": \"2026-12-01T09:00\"}]}. The same file and population give the same arms in"
                    + " validate and send (on the same day: age_group is the age on the day).")
    private Path file;

    /** The experiment the file holds, if one was given; a file with problems is the user's to fix, each problem naming its key. */
    Optional<Experiment> experiment() {
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Experiment.load(file));
        } catch (InvalidConfigurationException e) {
            throw new InputException("--experiment: " + e.getMessage(), e);
        }
    }
}
