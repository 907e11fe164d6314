package se.scb.dispatch.process;

import java.util.OptionalDouble;

/**
 * How long something took after digital delivery (to opening, to response), in hours, over the letters it happened to.
 * Percentiles are read to the minute; every figure is empty when {@code count} is 0.
 */
public record TimeFigures(long count, OptionalDouble medianHours, OptionalDouble meanHours, OptionalDouble p25Hours, OptionalDouble p75Hours) {
}
