package se.scb.dispatch.preview;

import java.util.OptionalLong;

/**
 * What a preview shows.
 *
 * @param samples   how many rendered samples
 * @param seed      when present, the samples are a random pick with this seed; otherwise the first rows
 * @param topValues how many of each variable's most common values
 */
public record PreviewOptions(int samples, OptionalLong seed, int topValues) {

    public PreviewOptions {
        if (samples < 0 || topValues < 0) {
            throw new IllegalArgumentException("samples and topValues must not be negative");
        }
    }

    /** Three samples from the first rows, five top values. */
    public static PreviewOptions defaults() {
        return new PreviewOptions(3, OptionalLong.empty(), 5);
    }

    public PreviewOptions withRandomSamples(int count, long randomSeed) {
        return new PreviewOptions(count, OptionalLong.of(randomSeed), topValues);
    }
}
