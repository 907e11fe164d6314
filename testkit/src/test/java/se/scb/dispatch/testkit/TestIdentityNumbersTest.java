package se.scb.dispatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.scb.dispatch.id.CoordinationNumber;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.PersonalIdentityNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.id.RecipientId.Kind;

class TestIdentityNumbersTest {

    private static final Clock MID_MARCH_2026 = Clock.fixed(
            LocalDateTime.of(2026, 3, 15, 12, 0).atZone(RecipientId.SWEDEN).toInstant(), RecipientId.SWEDEN);
    private static final LocalDate TODAY = LocalDate.now(MID_MARCH_2026);
    private static final int SAMPLE = 10_000;

    static Stream<Arguments> generators() {
        return Stream.of(
                Arguments.of("random people 1900-2025", Kind.PERSONAL_IDENTITY_NUMBER,
                        (Function<TestIdentityNumbers, RecipientId>) g -> g.randomPerson(1900, 2025)),
                Arguments.of("people born in 1926", Kind.PERSONAL_IDENTITY_NUMBER,
                        (Function<TestIdentityNumbers, RecipientId>) g -> g.personalIdentityNumber(1926)),
                Arguments.of("coordination numbers 1990", Kind.COORDINATION_NUMBER,
                        (Function<TestIdentityNumbers, RecipientId>) g -> g.coordinationNumber(1990)),
                Arguments.of("organisations", Kind.ORGANISATION_NUMBER,
                        (Function<TestIdentityNumbers, RecipientId>) TestIdentityNumbers::organisationNumber));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void everyGeneratedNumberParsesBackToItselfAsTheRightKind(String name, Kind kind,
            Function<TestIdentityNumbers, RecipientId> generate) {
        TestIdentityNumbers numbers = new TestIdentityNumbers(42);

        for (int i = 0; i < SAMPLE; i++) {
            RecipientId id = generate.apply(numbers);

            assertThat(id.kind()).isEqualTo(kind);
            assertThat(RecipientId.parse(id.formatted(), MID_MARCH_2026)).isEqualTo(id);
            assertThat(RecipientId.parse(tenDigitForm(id), MID_MARCH_2026)).isEqualTo(id);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void aSampleHoldsNoDuplicates(String name, Kind kind, Function<TestIdentityNumbers, RecipientId> generate) {
        TestIdentityNumbers numbers = new TestIdentityNumbers(7);

        Set<RecipientId> sample = Stream.generate(() -> generate.apply(numbers)).limit(SAMPLE)
                .collect(Collectors.toCollection(HashSet::new));

        assertThat(sample).hasSize(SAMPLE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void theSameSeedGivesTheSameNumbers(String name, Kind kind, Function<TestIdentityNumbers, RecipientId> generate) {
        assertThat(draw(100, generate, new TestIdentityNumbers(2026)))
                .isEqualTo(draw(100, generate, new TestIdentityNumbers(2026)))
                .isNotEqualTo(draw(100, generate, new TestIdentityNumbers(2027)));
    }

    @Test
    void numbersKeepTheRequestedBirthDate() {
        TestIdentityNumbers numbers = new TestIdentityNumbers(1);
        LocalDate leapDay = LocalDate.of(2000, 2, 29);

        assertThat(numbers.personalIdentityNumber(leapDay).birthDate()).isEqualTo(leapDay);
        assertThat(numbers.coordinationNumber(leapDay).birthDate()).isEqualTo(leapDay);
        assertThat(numbers.coordinationNumber(leapDay).canonical()).startsWith("20000289");
        assertThat(numbers.personalIdentityNumber(1955).birthDate().getYear()).isEqualTo(1955);
        assertThat(numbers.coordinationNumber(1987).birthDate().getYear()).isEqualTo(1987);
        assertThat(draw(1000, g -> g.randomPerson(1940, 1945), numbers))
                .allSatisfy(id -> assertThat(((PersonalIdentityNumber) id).birthDate().getYear()).isBetween(1940, 1945))
                .extracting(id -> ((PersonalIdentityNumber) id).birthDate().getYear())
                .contains(1940, 1945);
    }

    @Test
    void typedResultsNeedNoCast() {
        TestIdentityNumbers numbers = new TestIdentityNumbers(3);

        PersonalIdentityNumber person = numbers.randomPerson(1950, 1960);
        CoordinationNumber coordination = numbers.coordinationNumber(LocalDate.of(1999, 12, 31));
        OrganisationNumber organisation = numbers.organisationNumber();

        assertThat(List.of(person, coordination, organisation)).doesNotHaveDuplicates();
    }

    @Test
    void aBirthDateRunsOutAfterIts999Numbers() {
        TestIdentityNumbers numbers = new TestIdentityNumbers(5);
        LocalDate date = LocalDate.of(1970, 6, 1);

        // Birth numbers 001 to 999: 000 is never assigned.
        Set<RecipientId> all = IntStream.range(0, 999).mapToObj(i -> numbers.personalIdentityNumber(date))
                .collect(Collectors.toSet());

        assertThat(all).hasSize(999);
        assertThat(all).noneMatch(id -> id.canonical().startsWith("000", 8));
        assertThatIllegalStateException().isThrownBy(() -> numbers.personalIdentityNumber(date))
                .withMessageContaining("vary the date");
        assertThat(numbers.coordinationNumber(date).birthDate()).isEqualTo(date);
    }

    @Test
    void rejectsAnEmptyYearRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TestIdentityNumbers(1).randomPerson(2000, 1999));
    }

    private static List<RecipientId> draw(int count, Function<TestIdentityNumbers, RecipientId> generate,
            TestIdentityNumbers numbers) {
        Supplier<RecipientId> next = () -> generate.apply(numbers);
        return Stream.generate(next).limit(count).collect(Collectors.toList());
    }

    /** The 10-digit form with the separator that gives back the same century. */
    private static String tenDigitForm(RecipientId id) {
        String canonical = id.canonical();
        boolean hundredOrOlder = id.kind() != Kind.ORGANISATION_NUMBER
                && !birthDate(id).plusYears(100).isAfter(TODAY);
        return canonical.substring(2, 8) + (hundredOrOlder ? "+" : "-") + canonical.substring(8);
    }

    private static LocalDate birthDate(RecipientId id) {
        return id instanceof CoordinationNumber
                ? ((CoordinationNumber) id).birthDate()
                : ((PersonalIdentityNumber) id).birthDate();
    }
}
