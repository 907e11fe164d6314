package se.scb.dispatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final Instant PLANNED = Instant.parse("2026-11-26T08:00:00Z");

    @Test
    void withoutAStartTimeEveryLetterIsDueWhenPlanned() {
        assertThat(Schedule.immediately().dueAt("any", PLANNED)).isEqualTo(PLANNED);
    }

    @Test
    void aStartTimeHoldsEveryLetterBack() {
        Instant start = Instant.parse("2026-12-01T07:00:00Z");
        assertThat(Schedule.immediately().startingAt(start).dueAt("any", PLANNED)).isEqualTo(start);
    }

    @Test
    void wavesSpreadLettersEvenlyOverTheDaysAndTheSameWayEachTime() {
        Schedule schedule = Schedule.immediately().inWaves(3, Duration.ofDays(1));

        Map<Instant, Long> perWave = IntStream.range(0, 30_000)
                .mapToObj(i -> UUID.nameUUIDFromBytes(("letter-" + i).getBytes()).toString())
                .map(id -> schedule.dueAt(id, PLANNED))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(perWave).containsOnlyKeys(PLANNED, PLANNED.plus(Duration.ofDays(1)), PLANNED.plus(Duration.ofDays(2)));
        assertThat(perWave.values()).allSatisfy(count -> assertThat(count).isBetween(9_500L, 10_500L));
        assertThat(schedule.dueAt("letter-7", PLANNED)).isEqualTo(schedule.dueAt("letter-7", PLANNED));
    }

    @Test
    void isOpenOnlyInsideItsWindows() {
        Schedule schedule = Schedule.immediately().within(SendingWindow.weekdays(9, 17));
        Instant saturday = Instant.parse("2026-11-28T10:00:00Z");

        assertThat(schedule.isOpen(saturday)).isFalse();
        assertThat(schedule.nextOpening(saturday)).isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
        assertThat(Schedule.immediately().isOpen(saturday)).isTrue();
    }
}
