package se.scb.dispatch.experiment;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.scb.dispatch.experiment.internal.ExperimentFileReader;
import se.scb.dispatch.template.MessageTemplate;

/**
 * A randomised experiment on a dispatch: each letter is given one of the arms at random, by permuted blocks
 * within each stratum (so within every stratum each arm's count stays within 1 of its weighted share, block by
 * block), and the arm may send it with another template, on paper only, or at another time. The same seed,
 * arms and strata with the same population give the same arms, in validation and in sending.
 *
 * @param seed   the random generator's seed; a different seed gives a different assignment
 * @param strata the columns whose values form the strata, in order; {@link #SEX} and {@link #AGE_GROUP} are
 *               derived from the identity number (age on the day of the dispatch) unless the population has a
 *               column of that name; none: the whole population is one stratum
 * @param arms   the arms in order; the first is the baseline the reports compare the others with
 */
public record Experiment(long seed, List<String> strata, List<Arm> arms) {

    /** A stratum derived from the identity number's sex digit: {@code female}, {@code male}, or {@code organisation}. */
    public static final String SEX = "sex";
    /** A stratum derived from the identity number's date of birth, in the standard age groups, or {@code organisation}. */
    public static final String AGE_GROUP = "age_group";

    public Experiment {
        strata = List.copyOf(strata);
        arms = List.copyOf(arms);
        List<String> problems = new ArrayList<>();
        if (arms.isEmpty()) {
            problems.add("'arms' is empty: an experiment needs at least one arm.");
        }
        Set<String> names = new HashSet<>();
        for (Arm arm : arms) {
            if (!names.add(arm.name())) {
                problems.add("'arms' names the arm '" + arm.name() + "' twice: give each arm a name of its own.");
            }
        }
        Set<String> columns = new HashSet<>();
        for (String stratum : strata) {
            if (stratum.isBlank()) {
                problems.add("'strata' holds a blank name: give each stratum the name of a column, or sex or age_group.");
            } else if (!columns.add(stratum.strip().toLowerCase(Locale.ROOT))) {
                problems.add("'strata' names '" + stratum + "' twice.");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid experiment: " + String.join(" ", problems));
        }
    }

    /**
     * Reads an experiment file: a JSON object with {@code seed} (a whole number), {@code strata} (column names)
     * and {@code arms}, each with {@code name}, {@code weight} (a whole number, at least 1) and optionally
     * {@code template} (a template file, relative to the experiment file), {@code channel}
     * ({@code DIGITAL_FIRST}, the default, or {@code PAPER_ONLY}) and {@code sendAt} (ISO-8601; Swedish local
     * time when it has no offset). Any other key is an error.
     *
     * @throws se.scb.dispatch.config.InvalidConfigurationException naming the file, the key and what to fix
     */
    public static Experiment load(Path file) {
        return ExperimentFileReader.read(file);
    }

    /** The arm of this name. */
    public Optional<Arm> arm(String name) {
        return arms.stream().filter(arm -> arm.name().equals(name)).findFirst();
    }

    /** How an arm's letters go. */
    public enum Channel {
        /** A digital mailbox where the recipient has one, paper otherwise: as the dispatch without an experiment. */
        DIGITAL_FIRST,
        /** Paper for everyone in the arm; the directory is not asked. */
        PAPER_ONLY
    }

    /**
     * One arm of the experiment.
     *
     * @param weight   its places in every block of the permuted-block randomisation, so its share is weight / sum of weights
     * @param template the letter of this arm; empty: the dispatch's template
     * @param sendAt   when this arm's letters fall due; empty: as the dispatch's schedule says
     */
    public record Arm(String name, int weight, Optional<MessageTemplate> template, Channel channel, Optional<Instant> sendAt) {

        public Arm {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(sendAt, "sendAt");
            if (name.isBlank()) {
                throw new IllegalArgumentException("An arm needs a name that is not blank.");
            }
            if (weight < 1) {
                throw new IllegalArgumentException("Arm '" + name + "' has weight " + weight + "; a weight is a whole number, at least 1.");
            }
        }

        /** An arm that sends the dispatch's letter as the dispatch does. */
        public static Arm of(String name, int weight) {
            return new Arm(name, weight, Optional.empty(), Channel.DIGITAL_FIRST, Optional.empty());
        }

        public Arm template(MessageTemplate value) {
            return new Arm(name, weight, Optional.of(value), channel, sendAt);
        }

        public Arm channel(Channel value) {
            return new Arm(name, weight, template, value, sendAt);
        }

        public Arm sendAt(Instant value) {
            return new Arm(name, weight, template, channel, Optional.of(value));
        }

        public boolean paperOnly() {
            return channel == Channel.PAPER_ONLY;
        }
    }
}
