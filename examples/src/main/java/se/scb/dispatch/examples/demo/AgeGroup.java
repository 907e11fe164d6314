package se.scb.dispatch.examples.demo;

import java.util.List;
import java.util.Random;

/**
 * Adult age groups with their share of the sample and how likely their members are to have a
 * digital mailbox: lower among the youngest, lowest among the oldest.
 *
 * @param mailboxShare         chance of having a mailbox for someone born in Sweden
 * @param minMyndighetspostShare share of mailbox holders at Min myndighetspost rather than a private operator
 */
record AgeGroup(int fromAge, int toAge, int weight, double mailboxShare, double minMyndighetspostShare) {

    static final List<AgeGroup> ALL = List.of(
            new AgeGroup(18, 24, 11, 0.74, 0.10),
            new AgeGroup(25, 64, 62, 0.95, 0.18),
            new AgeGroup(65, 79, 19, 0.85, 0.30),
            // 98 at most: a 10-digit number of someone aged 100 would need '+', which the demo does not write.
            new AgeGroup(80, 98, 8, 0.47, 0.40));

    static AgeGroup pick(Random random) {
        return Weighted.pick(random, ALL, AgeGroup::weight);
    }

    int age(Random random) {
        return fromAge + random.nextInt(toAge - fromAge + 1);
    }
}
