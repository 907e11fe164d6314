package se.scb.dispatch.report;

import java.util.Objects;
import java.util.Optional;
import se.scb.dispatch.cost.PaperWeight;
import se.scb.dispatch.cost.PriceList;
import se.scb.dispatch.coverage.AgeGroups;

/**
 * What a dispatch report includes beyond what the journal holds.
 *
 * @param prices      a price list, for the cost section; without one the section is absent
 * @param paperWeight the paper letter's weight, for paper prices; empty leaves paper letters unpriced
 * @param ageGroups   the coverage's age groups (ages at the day the dispatch was created)
 * @param experiment  an experiment's counts given by the caller; empty: the arms the journal holds, if any
 */
public record ReportOptions(Optional<PriceList> prices, Optional<PaperWeight> paperWeight, AgeGroups ageGroups, Optional<ExperimentCounts> experiment) {

    public ReportOptions {
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(paperWeight, "paperWeight");
        Objects.requireNonNull(ageGroups, "ageGroups");
        Objects.requireNonNull(experiment, "experiment");
    }

    /** No cost, the standard age groups, the journal's experiment. */
    public static ReportOptions defaults() {
        return new ReportOptions(Optional.empty(), Optional.empty(), AgeGroups.standard(), Optional.empty());
    }

    public ReportOptions prices(PriceList list, Optional<PaperWeight> weight) {
        return new ReportOptions(Optional.of(list), weight, ageGroups, experiment);
    }

    public ReportOptions ageGroups(AgeGroups groups) {
        return new ReportOptions(prices, paperWeight, groups, experiment);
    }

    public ReportOptions experiment(ExperimentCounts counts) {
        return new ReportOptions(prices, paperWeight, ageGroups, Optional.of(counts));
    }
}
