package se.scb.dispatch.process;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One fact counted: how many letters it holds for, and their share of the letters it could hold for.
 *
 * @param provided whether the source can tell the fact at all; when not, count and share are empty (not 0 %)
 * @param count    the letters the fact holds for
 * @param share    count divided by the letters it could hold for (delivered digital letters for an operator's facts,
 *                 letters with a case id for the case's facts, every letter for blocked); empty when there are none
 */
public record FactFigure(boolean provided, OptionalLong count, OptionalDouble share) {

    public static FactFigure notProvided() {
        return new FactFigure(false, OptionalLong.empty(), OptionalDouble.empty());
    }

    public static FactFigure of(long count, long outOf) {
        return new FactFigure(true, OptionalLong.of(count), outOf == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / outOf));
    }
}
