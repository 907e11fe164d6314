package se.scb.dispatch.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who has a digital mailbox, before anything is sent: the valid persons of a population (personal and
 * coordination numbers; rows that fail their checks are left out, a repeated recipient counted once)
 * by sex, by age group and by the columns asked for; organisations counted apart.
 *
 * @param asOf          the date ages are counted at
 * @param persons       valid persons, with the figures of them all
 * @param organisations valid organisations, with their figures; empty when there were none
 * @param groups        by sex ({@code female}, {@code male}), then age group in order, then each column in
 *                      the order asked for, its values in alphabetical order; only groups that have persons
 */
public record CoverageReport(LocalDate asOf, Optional<CoverageGroup> persons, Optional<CoverageGroup> organisations, List<CoverageGroup> groups) {

    public CoverageReport {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(persons, "persons");
        Objects.requireNonNull(organisations, "organisations");
        groups = List.copyOf(groups);
    }

    public long personCount() {
        return persons.map(CoverageGroup::recipients).orElse(0L);
    }

    public long organisationCount() {
        return organisations.map(CoverageGroup::recipients).orElse(0L);
    }

    /** The groups of one variable, in report order. */
    public List<CoverageGroup> groupsOf(String variable) {
        return groups.stream().filter(group -> group.variable().equals(variable)).toList();
    }
}
