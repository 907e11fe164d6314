package se.scb.dispatch.examples.cli;

import java.util.Optional;
import se.scb.dispatch.population.PopulationReader;
import se.scb.dispatch.population.PopulationRow;
import se.scb.dispatch.population.PopulationSource;

/**
 * The case id of each row, from a second pass over the source kept in step with the validation. A
 * validation outcome carries no case id, and validation hands the outcomes over in row order, so a
 * reader that walks forward to each asked-for row finds it without holding a million ids in memory.
 */
final class CaseIdsInRowOrder implements AutoCloseable {

    private final PopulationReader rows;
    private PopulationRow current;

    CaseIdsInRowOrder(PopulationSource source) {
        this.rows = source.open();
    }

    /** The case id of row {@code number}, or empty when it has none; rows must be asked for in increasing order. */
    Optional<String> of(long number) {
        while ((current == null || current.number() < number) && rows.hasNext()) {
            current = rows.next();
        }
        if (current == null || current.number() != number || current.caseId().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(current.caseId());
    }

    @Override
    public void close() {
        rows.close();
    }
}
