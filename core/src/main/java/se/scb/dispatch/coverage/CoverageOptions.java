package se.scb.dispatch.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.scb.dispatch.id.OrganisationNumber;

/**
 * What a coverage count asks: on whose behalf (a recipient may block one sender and not another), the
 * columns to group by besides sex and age group, the age groups, and the date ages are counted at.
 *
 * @param asOf empty for today in Sweden
 */
public record CoverageOptions(OrganisationNumber sender, List<String> columns, AgeGroups ageGroups, Optional<LocalDate> asOf) {

    public CoverageOptions {
        Objects.requireNonNull(sender, "sender");
        columns = List.copyOf(columns);
        Objects.requireNonNull(ageGroups, "ageGroups");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** Sex and the standard age groups at today's date, for this sender. */
    public static CoverageOptions forSender(OrganisationNumber sender) {
        return new CoverageOptions(sender, List.of(), AgeGroups.standard(), Optional.empty());
    }

    /** Also by these columns, by their names as written in the population. */
    public CoverageOptions by(List<String> more) {
        return new CoverageOptions(sender, more, ageGroups, asOf);
    }

    public CoverageOptions ageGroups(AgeGroups groups) {
        return new CoverageOptions(sender, columns, groups, asOf);
    }

    /** Ages counted at this date, e.g. the day the letters go out. */
    public CoverageOptions asOf(LocalDate date) {
        return new CoverageOptions(sender, columns, ageGroups, Optional.of(date));
    }
}
