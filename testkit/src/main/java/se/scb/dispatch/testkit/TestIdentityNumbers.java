package se.scb.dispatch.testkit;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import se.scb.dispatch.id.CoordinationNumber;
import se.scb.dispatch.id.Luhn;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.PersonalIdentityNumber;

/**
 * A seeded source of valid Swedish identity numbers for tests: the same seed gives the same
 * numbers, and one generator never gives the same number twice.
 *
 * <p>The numbers are valid in form (real date, correct check digit) and may therefore belong to
 * real people or organisations: use them with fakes only, never against a live operator.
 *
 * <p>Thread-safe, but the sequence is reproducible only when one thread draws from it. It
 * remembers every number it has issued (to keep them distinct), so memory grows with use.
 */
public final class TestIdentityNumbers {

    // Birth numbers are drawn from 000-999 so that a seed gives the numbers it always gave; 000 is never
    // assigned (and the parser rejects it), so it is passed over, which leaves 999 numbers per date.
    private static final int INDIVIDUAL_NUMBERS_PER_DATE = 1000;
    private static final int UNASSIGNED_BIRTH_NUMBER = 0;
    private static final int COORDINATION_DAY_OFFSET = 60;
    private static final int MAX_ORGANISATION_ATTEMPTS = 10_000;

    /**
     * Group digits of the most common legal forms: 2 public bodies, 5 limited companies,
     * 7 economic associations, 8 non-profit associations and foundations, 9 partnerships.
     */
    private static final String ORGANISATION_GROUPS = "25789";

    // java.util.Random because its algorithm is specified, so a seed gives the same numbers on every JDK.
    private final Random random;
    private final Set<String> issued = new HashSet<>();

    /** A generator whose numbers are fully determined by {@code seed}. */
    public TestIdentityNumbers(long seed) {
        this.random = new Random(seed);
    }

    /**
     * A personal identity number for a person born on the given date (from 1800 on). A date after
     * today gives a number that {@code parse} rejects.
     *
     * @throws IllegalStateException if all 999 numbers for that date have been issued
     */
    public PersonalIdentityNumber personalIdentityNumber(LocalDate birthDate) {
        return issueForBirthDate(birthDate, 0, PersonalIdentityNumber::new);
    }

    /** A personal identity number for a person born on a random day of the given year. */
    public PersonalIdentityNumber personalIdentityNumber(int birthYear) {
        return personalIdentityNumber(randomDayIn(birthYear));
    }

    /** A personal identity number for a person born on a random day between the two years, both included. */
    public PersonalIdentityNumber randomPerson(int fromYear, int toYear) {
        if (fromYear > toYear) {
            throw new IllegalArgumentException("fromYear must not be after toYear");
        }
        return personalIdentityNumber(fromYear + nextInt(toYear - fromYear + 1));
    }

    /**
     * A coordination number (the birth day plus 60) for a person born on the given date.
     *
     * @throws IllegalStateException if all 999 numbers for that date have been issued
     */
    public CoordinationNumber coordinationNumber(LocalDate birthDate) {
        return issueForBirthDate(birthDate, COORDINATION_DAY_OFFSET, CoordinationNumber::new);
    }

    /** A coordination number for a person born on a random day of the given year. */
    public CoordinationNumber coordinationNumber(int birthYear) {
        return coordinationNumber(randomDayIn(birthYear));
    }

    /** An organisation number of a common legal form, in canonical form with the {@code 16} prefix. */
    public synchronized OrganisationNumber organisationNumber() {
        for (int attempt = 0; attempt < MAX_ORGANISATION_ATTEMPTS; attempt++) {
            String payload = ORGANISATION_GROUPS.charAt(nextInt(ORGANISATION_GROUPS.length()))
                    + digits(1, 10)
                    + (20 + nextInt(80))
                    + digits(5, 100_000);
            String canonical = "16" + payload + Luhn.checkDigit(payload);
            if (issued.add(canonical)) {
                return new OrganisationNumber(canonical);
            }
        }
        throw new IllegalStateException("Could not find an organisation number this generator has not issued yet");
    }

    /**
     * Picks a random individual number for the date and, if it was issued already, the next free
     * one, so that a date runs out only when all its 999 numbers are used.
     */
    private synchronized <T> T issueForBirthDate(LocalDate birthDate, int dayOffset, Function<String, T> constructor) {
        String datePart = String.format("%04d%02d%02d",
                birthDate.getYear(), birthDate.getMonthValue(), birthDate.getDayOfMonth() + dayOffset);
        int start = nextInt(INDIVIDUAL_NUMBERS_PER_DATE);
        for (int i = 0; i < INDIVIDUAL_NUMBERS_PER_DATE; i++) {
            int birthNumber = (start + i) % INDIVIDUAL_NUMBERS_PER_DATE;
            if (birthNumber == UNASSIGNED_BIRTH_NUMBER) {
                continue;
            }
            String payload = datePart.substring(2) + String.format("%03d", birthNumber);
            String canonical = datePart.substring(0, 2) + payload + Luhn.checkDigit(payload);
            if (!issued.contains(canonical)) {
                // Construct before remembering, so that an invalid request (say, before 1800) uses up nothing.
                T id = constructor.apply(canonical);
                issued.add(canonical);
                return id;
            }
        }
        throw new IllegalStateException("All " + (INDIVIDUAL_NUMBERS_PER_DATE - 1)
                + " numbers of this kind for the requested birth date have been issued; vary the date");
    }

    private LocalDate randomDayIn(int year) {
        return LocalDate.ofYearDay(year, 1 + nextInt(Year.of(year).length()));
    }

    private String digits(int count, int bound) {
        return String.format("%0" + count + "d", nextInt(bound));
    }

    private synchronized int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
