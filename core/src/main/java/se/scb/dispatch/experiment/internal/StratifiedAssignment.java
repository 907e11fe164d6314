package se.scb.dispatch.experiment.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * Assigns recipients to experiment arms at random, by permuted blocks within each stratum: a block holds
 * each arm as many times as its weight, in an order shuffled afresh for every block, and a stratum's
 * recipients take the places of its current block in turn. So at the end of every block each arm has
 * exactly its weighted share of the stratum, and in between no arm is ahead by more than its weight.
 *
 * <p>Reproducible: the same seed, arms and recipients in the same order give the same arms, on any JVM.
 * Each stratum draws from a generator of its own, seeded from the seed and the stratum's values, so one
 * stratum's assignments do not depend on how its rows interleave with another's; the generator is
 * {@link Random}, whose algorithm the JDK specifies (SplittableRandom's may change between releases).
 *
 * <p>Not thread-safe: one instance per pass over a population.
 */
public final class StratifiedAssignment {

    /** An arm and its weight, a whole number of places in every block. */
    public record Arm(String name, int weight) {
        public Arm {
            Objects.requireNonNull(name, "name");
            if (weight < 1) {
                throw new IllegalArgumentException("Arm '" + name + "' has weight " + weight + "; a weight is a whole number, at least 1");
            }
        }
    }

    private final long seed;
    private final List<Arm> arms;
    private final Map<List<String>, Stratum> strata = new HashMap<>();

    public StratifiedAssignment(long seed, List<Arm> arms) {
        this.seed = seed;
        this.arms = List.copyOf(arms);
        if (this.arms.isEmpty()) {
            throw new IllegalArgumentException("An experiment needs at least one arm");
        }
        Set<String> names = new HashSet<>();
        for (Arm arm : this.arms) {
            if (!names.add(arm.name())) {
                throw new IllegalArgumentException("Arm '" + arm.name() + "' is named twice");
            }
        }
    }

    /** The arm of the next recipient of the stratum given by {@code stratumValues} (e.g. its age group and county). */
    public Arm next(List<String> stratumValues) {
        List<String> key = List.copyOf(stratumValues);
        return strata.computeIfAbsent(key, values -> new Stratum(new Random(stratumSeed(values)))).next();
    }

    /** The seed mixed with the stratum's values through SHA-256, so neighbouring strata get unrelated generators. */
    private long stratumSeed(List<String> values) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
            for (String value : values) {
                byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                // The length first, so ("ab", "c") and ("a", "bc") are different strata.
                digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
                digest.update(bytes);
            }
            return ByteBuffer.wrap(digest.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** One stratum's generator and the rest of its current block. */
    private final class Stratum {
        private final Random random;
        private final List<Arm> block = new ArrayList<>();
        private int position;

        Stratum(Random random) {
            this.random = random;
        }

        Arm next() {
            if (position == block.size()) {
                refill();
            }
            return block.get(position++);
        }

        private void refill() {
            block.clear();
            for (Arm arm : arms) {
                for (int i = 0; i < arm.weight(); i++) {
                    block.add(arm);
                }
            }
            // Fisher–Yates, written out so the order depends only on Random's specified sequence.
            for (int i = block.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Arm swap = block.get(i);
                block.set(i, block.get(j));
                block.set(j, swap);
            }
            position = 0;
        }
    }
}
