package se.scb.dispatch.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy noJitter = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(10), 2.0, 0.0);

    @Test
    void waitsGrowExponentiallyUpToTheCap() {
        SplittableRandom random = new SplittableRandom(1);
        assertThat(noJitter.delayAfter(1, Optional.empty(), random)).isEqualTo(Duration.ofSeconds(1));
        assertThat(noJitter.delayAfter(2, Optional.empty(), random)).isEqualTo(Duration.ofSeconds(2));
        assertThat(noJitter.delayAfter(3, Optional.empty(), random)).isEqualTo(Duration.ofSeconds(4));
        assertThat(noJitter.delayAfter(5, Optional.empty(), random)).isEqualTo(Duration.ofSeconds(10));
        assertThat(noJitter.delayAfter(40, Optional.empty(), random)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void jitterSpreadsWaitsWithinTheFraction() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(10), Duration.ofSeconds(10), 2.0, 0.2);
        SplittableRandom random = new SplittableRandom(7);
        long distinct = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> policy.delayAfter(1, Optional.empty(), random))
                .peek(wait -> assertThat(wait).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(12)))
                .distinct()
                .count();
        assertThat(distinct).as("waits differ from letter to letter").isGreaterThan(50);
    }

    @Test
    void retryAfterWinsWhenItAsksForLonger() {
        SplittableRandom random = new SplittableRandom(1);
        assertThat(noJitter.delayAfter(1, Optional.of(Duration.ofSeconds(30)), random)).isEqualTo(Duration.ofSeconds(30));
        assertThat(noJitter.delayAfter(3, Optional.of(Duration.ofMillis(10)), random)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void countsAttemptsIncludingTheFirst() {
        assertThat(noJitter.allowsAnotherAfter(4)).isTrue();
        assertThat(noJitter.allowsAnotherAfter(5)).isFalse();
        assertThat(new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 1, 0).allowsAnotherAfter(1)).isFalse();
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, 2, 0)).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1), 2, 0)).hasMessageContaining("maxDelay");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ZERO, 0.5, 0)).hasMessageContaining("multiplier");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ZERO, 2, 1.5)).hasMessageContaining("jitter");
    }
}
