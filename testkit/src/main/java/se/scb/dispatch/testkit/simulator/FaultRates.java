package se.scb.dispatch.testkit.simulator;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How often a simulator answers a delivery with each {@link FaultKind}: a probability per kind, at most
 * 1 in all. Immutable.
 */
public final class FaultRates {

    private static final FaultRates NONE = new FaultRates(new EnumMap<>(FaultKind.class));

    private final Map<FaultKind, Double> rates;

    private FaultRates(EnumMap<FaultKind, Double> rates) {
        this.rates = Collections.unmodifiableMap(rates);
    }

    /** A well-behaved operator. */
    public static FaultRates none() {
        return NONE;
    }

    /** {@code total} spread evenly over every {@link FaultKind}: {@code spread(0.3)} fails 30 % of deliveries in seven ways. */
    public static FaultRates spread(double total) {
        FaultRates rates = none();
        for (FaultKind kind : FaultKind.values()) {
            rates = rates.with(kind, total / FaultKind.values().length);
        }
        return rates;
    }

    /**
     * These rates with {@code kind} at {@code rate} instead.
     *
     * @throws IllegalArgumentException when the rate is outside 0 to 1, or the rates would add up to more than 1
     */
    public FaultRates with(FaultKind kind, double rate) {
        Objects.requireNonNull(kind, "kind");
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("A fault rate is between 0 and 1; " + kind + " was given " + rate);
        }
        EnumMap<FaultKind, Double> changed = rates.isEmpty() ? new EnumMap<>(FaultKind.class) : new EnumMap<>(rates);
        changed.put(kind, rate);
        double total = changed.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total > 1 + 1e-9) {
            throw new IllegalArgumentException("The fault rates add up to " + total + ", more than 1");
        }
        return new FaultRates(changed);
    }

    public double rate(FaultKind kind) {
        return rates.getOrDefault(kind, 0.0);
    }

    /** The probability that a delivery meets any fault. */
    public double total() {
        return rates.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The fault a uniform draw in [0, 1) falls on, or none: the kinds take their shares of the interval in declaration order. */
    Optional<FaultKind> at(double draw) {
        double upTo = 0;
        for (FaultKind kind : FaultKind.values()) {
            upTo += rate(kind);
            if (draw < upTo) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "FaultRates" + rates;
    }
}
