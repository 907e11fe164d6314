package se.scb.dispatch.examples.demo;

import java.util.List;
import java.util.Random;

/**
 * A Swedish municipality (kommun) with its official code, a post town and the first three digits
 * of its postal codes, weighted roughly by population.
 */
record Municipality(String code, String name, String postTown, int postalPrefixFrom, int postalPrefixTo, int weight) {

    static final List<Municipality> ALL = List.of(
            new Municipality("0180", "Stockholm", "Stockholm", 113, 129, 98),
            new Municipality("1480", "Göteborg", "Göteborg", 411, 427, 60),
            new Municipality("1280", "Malmö", "Malmö", 211, 218, 36),
            new Municipality("0380", "Uppsala", "Uppsala", 751, 756, 24),
            new Municipality("0580", "Linköping", "Linköping", 582, 589, 17),
            new Municipality("1880", "Örebro", "Örebro", 702, 703, 16),
            new Municipality("2180", "Gävle", "Gävle", 802, 806, 10),
            new Municipality("2480", "Umeå", "Umeå", 902, 907, 13),
            new Municipality("0980", "Gotland", "Visby", 621, 621, 6),
            new Municipality("2584", "Kiruna", "Kiruna", 981, 981, 2));

    static Municipality pick(Random random) {
        return Weighted.pick(random, ALL, Municipality::weight);
    }

    /** A postal code in this municipality, written {@code 123 45}. */
    String postalCode(Random random) {
        int prefix = postalPrefixFrom + random.nextInt(postalPrefixTo - postalPrefixFrom + 1);
        return String.format("%03d %02d", prefix, random.nextInt(100));
    }
}
