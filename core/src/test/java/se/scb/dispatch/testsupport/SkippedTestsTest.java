package se.scb.dispatch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkippedTestsTest {

    @Test
    void nothingSkippedPrintsNothing() {
        assertThat(new SkippedTests().line()).isEmpty();
    }

    @Test
    void oneLineNamesWhatWasSkippedGroupedByReason() {
        SkippedTests skipped = new SkippedTests();
        skipped.add("PostgresJournalTest", "PostgreSQL not reachable");
        skipped.add("onPosix()", "not a POSIX file system");
        skipped.add("SharedJournalTest", "PostgreSQL not reachable");

        assertThat(skipped.line()).hasValue(
                "SKIPPED: PostgresJournalTest, SharedJournalTest (PostgreSQL not reachable); onPosix() (not a POSIX file system)");
    }

    @Test
    void manyNamesForOneReasonAreCounted() {
        SkippedTests skipped = new SkippedTests();
        for (int i = 1; i <= SkippedTests.NAMES_SHOWN + 3; i++) {
            skipped.add("test" + i, "why");
        }

        assertThat(skipped.line()).hasValueSatisfying(line -> assertThat(line)
                .contains("test" + SkippedTests.NAMES_SHOWN + " and 3 more (why)")
                .doesNotContain("test" + (SkippedTests.NAMES_SHOWN + 1))
                .doesNotContain("\n"));
    }
}
