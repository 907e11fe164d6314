package se.scb.dispatch.process;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The facts of a group of letters (a dispatch, the letters of one operator, of one channel).
 *
 * @param letters        the letters in the group
 * @param facts          every {@link Fact}, in its order
 * @param timeToOpen     from digital delivery to opening
 * @param timeToResponse from digital delivery to the case's response
 */
public record ProcessFacts(long letters, Map<Fact, FactFigure> facts, TimeFigures timeToOpen, TimeFigures timeToResponse) {

    public ProcessFacts {
        facts = Collections.unmodifiableMap(new EnumMap<>(facts));
    }

    public FactFigure fact(Fact fact) {
        return facts.get(fact);
    }
}
