package se.scb.dispatch.coverage;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import se.scb.dispatch.id.CoordinationNumber;
import se.scb.dispatch.id.IdentityNumbers;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.PersonalIdentityNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.spi.Reachability;

/**
 * Counts who has a digital mailbox as recipients stream past, one directory answer at a time, and
 * keeps only counts: a million rows need no more memory than their groups. {@code Dispatcher.coverage}
 * feeds it from a population; a host system can feed it answers it has itself.
 *
 * <p>Sex and age come from the identity number: the sex digit (the second last: odd for men, even for
 * women) and the date of birth, with age in whole years on the date given. Not thread-safe: one tally
 * per pass.
 */
public final class Coverage {

    /** The variable names of the derived groups. */
    public static final String SEX = "sex";
    public static final String AGE_GROUP = "age_group";

    private static final String BLANK = "(blank)";

    private final List<String> columns;
    private final AgeGroups ageGroups;
    private final LocalDate asOf;
    private final GroupCounts persons = new GroupCounts();
    private final GroupCounts organisations = new GroupCounts();
    private final Map<String, GroupCounts> bySex = new TreeMap<>();
    private final Map<String, GroupCounts> byAge = new LinkedHashMap<>();
    private final Map<String, Map<String, GroupCounts>> byColumn = new LinkedHashMap<>();

    private Coverage(List<String> columns, AgeGroups ageGroups, LocalDate asOf) {
        this.columns = List.copyOf(columns);
        this.ageGroups = Objects.requireNonNull(ageGroups, "ageGroups");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        ageGroups.labels().forEach(label -> byAge.put(label, new GroupCounts()));
        this.columns.forEach(column -> byColumn.put(column, new TreeMap<>()));
    }

    /**
     * A tally grouping persons by sex, by {@code ageGroups} at {@code asOf}, and by each of {@code columns}
     * (the value a row holds under the column's name as written).
     */
    public static Coverage tally(List<String> columns, AgeGroups ageGroups, LocalDate asOf) {
        return new Coverage(columns, ageGroups, asOf);
    }

    /**
     * Counts one valid recipient: what the directory answered, and its row's values by column name. A
     * column the row lacks or leaves blank counts under {@code (blank)}; identity numbers in a value are masked.
     */
    public void add(RecipientId recipient, Reachability.Status status, Map<String, String> columnValues) {
        Objects.requireNonNull(status, "status");
        if (recipient instanceof OrganisationNumber) {
            organisations.add(status);
            return;
        }
        persons.add(status);
        bySex.computeIfAbsent(sexOf(recipient), any -> new GroupCounts()).add(status);
        byAge.get(ageGroups.labelOf(ageOn(recipient, asOf))).add(status);
        for (String column : columns) {
            // A column may hold identity numbers (a guardian's, a partner's): a group's name is shown, so it is masked.
            String value = Optional.ofNullable(columnValues.get(column)).map(String::strip).filter(text -> !text.isEmpty())
                    .map(IdentityNumbers::mask).orElse(BLANK);
            byColumn.get(column).computeIfAbsent(value, any -> new GroupCounts()).add(status);
        }
    }

    /** The figures so far. */
    public CoverageReport report() {
        List<CoverageGroup> groups = new ArrayList<>();
        addGroups(groups, SEX, bySex);
        addGroups(groups, AGE_GROUP, byAge);
        byColumn.forEach((column, values) -> addGroups(groups, column, values));
        return new CoverageReport(asOf, whole(persons, "persons"), whole(organisations, "organisations"), groups);
    }

    private static void addGroups(List<CoverageGroup> into, String variable, Map<String, GroupCounts> counts) {
        counts.forEach((value, count) -> {
            if (!count.isEmpty()) {
                into.add(count.toGroup(variable, value));
            }
        });
    }

    private static Optional<CoverageGroup> whole(GroupCounts counts, String value) {
        return counts.isEmpty() ? Optional.empty() : Optional.of(counts.toGroup("recipients", value));
    }

    /**
     * {@code female} or {@code male}, from a person's sex digit; alphabetical order puts women first, as the office's tables do.
     * Public for the experiments' strata, so that sex is derived in one place.
     */
    public static String sexOf(RecipientId person) {
        int digit = person.canonical().charAt(10) - '0';
        return digit % 2 == 0 ? "female" : "male";
    }

    /** A person's age in whole years on {@code date}, from the date of birth in the identity number. */
    public static int ageOn(RecipientId person, LocalDate date) {
        return Period.between(birthDate(person), date).getYears();
    }

    private static LocalDate birthDate(RecipientId person) {
        return person instanceof CoordinationNumber ? ((CoordinationNumber) person).birthDate()
                : ((PersonalIdentityNumber) person).birthDate();
    }
}
