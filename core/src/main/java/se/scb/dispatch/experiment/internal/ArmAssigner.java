package se.scb.dispatch.experiment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.scb.dispatch.config.InvalidConfigurationException;
import se.scb.dispatch.coverage.AgeGroups;
import se.scb.dispatch.coverage.Coverage;
import se.scb.dispatch.experiment.Experiment;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.population.PopulationRow;

/**
 * Gives each recipient of a pass its experiment arm, in the order asked: the recipient's stratum is the
 * values of the experiment's strata in its row (or derived from its identity number), and the arm is the
 * next place of that stratum's permuted block ({@link StratifiedAssignment}). Asked in row order for the
 * same rows, it gives the same arms, so validation and sending agree.
 *
 * <p>Not thread-safe: one instance per pass over a population.
 */
public final class ArmAssigner {

    /** The stratum value of an organisation for a stratum derived from a person's identity number. */
    static final String ORGANISATION = "organisation";
    /** The stratum value of a row that leaves the column blank: a stratum of its own. */
    static final String BLANK = "";

    private final Experiment experiment;
    private final List<Stratum> strata;
    private final StratifiedAssignment assignment;
    private final LocalDate asOf;
    private final AgeGroups ageGroups = AgeGroups.standard();

    private ArmAssigner(Experiment experiment, List<Stratum> strata, LocalDate asOf) {
        this.experiment = experiment;
        this.strata = strata;
        this.asOf = asOf;
        this.assignment = new StratifiedAssignment(experiment.seed(),
                experiment.arms().stream().map(arm -> new StratifiedAssignment.Arm(arm.name(), arm.weight())).toList());
    }

    /**
     * An assigner for one pass over a population with these columns; ages are counted on {@code asOf}.
     *
     * @throws InvalidConfigurationException when a stratum is neither a column of the population nor derived
     */
    public static ArmAssigner forPass(Experiment experiment, List<String> columns, LocalDate asOf) {
        List<Stratum> strata = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String name : experiment.strata()) {
            Optional<String> column = columns.stream().filter(each -> each.strip().equalsIgnoreCase(name.strip())).findFirst();
            if (column.isPresent()) {
                strata.add(new Stratum(Optional.of(column.get()), name));
            } else if (isDerived(name)) {
                strata.add(new Stratum(Optional.empty(), name.strip().toLowerCase(Locale.ROOT)));
            } else {
                problems.add("'strata' names '" + name + "', which is not a column of the population (its columns are "
                        + String.join(", ", columns) + "); name a column, or sex or age_group to derive them from the identity number.");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException("experiment", problems);
        }
        return new ArmAssigner(experiment, List.copyOf(strata), asOf);
    }

    /** The arm of the next recipient taking part, whose row is {@code row}. */
    public Experiment.Arm next(PopulationRow row, RecipientId recipient) {
        List<String> values = new ArrayList<>(strata.size());
        for (Stratum stratum : strata) {
            values.add(stratum.column.map(column -> valueOf(row.variables(), column)).orElseGet(() -> derived(stratum.name, recipient)));
        }
        String name = assignment.next(values).name();
        return experiment.arm(name).orElseThrow();
    }

    private static boolean isDerived(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return key.equals(Experiment.SEX) || key.equals(Experiment.AGE_GROUP);
    }

    /** The row's value of the column, found as the population finds columns: trimmed, ignoring case. */
    private static String valueOf(Map<String, String> variables, String column) {
        String value = variables.get(column);
        if (value == null) {
            value = variables.entrySet().stream().filter(each -> each.getKey().strip().equalsIgnoreCase(column.strip()))
                    .map(Map.Entry::getValue).findFirst().orElse(BLANK);
        }
        return value.strip();
    }

    private String derived(String name, RecipientId recipient) {
        if (recipient instanceof OrganisationNumber) {
            return ORGANISATION;
        }
        return name.equals(Experiment.SEX) ? Coverage.sexOf(recipient) : ageGroups.labelOf(Coverage.ageOn(recipient, asOf));
    }

    /** A stratum variable: a column of the population, or derived from the identity number when none is given. */
    private record Stratum(Optional<String> column, String name) {
    }
}
