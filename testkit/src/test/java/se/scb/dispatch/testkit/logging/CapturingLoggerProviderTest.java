package se.scb.dispatch.testkit.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import se.scb.dispatch.id.PersonalIdentityNumber;

class CapturingLoggerProviderTest {

    private static final Logger LOG = LoggerFactory.getLogger(CapturingLoggerProviderTest.class);

    // Each test looks for its own text: the buffer is shared by the whole JVM.
    private final String tag = UUID.randomUUID().toString();

    @Test
    void isTheSlf4jProviderOfThisBuild() {
        assertThat(CapturedLogs.isActive()).isTrue();
    }

    @Test
    void keepsTheFormattedMessageLevelAndLoggerName() {
        LOG.info("Sent {} letters for {}", 3, tag);

        assertThat(eventsTagged()).singleElement().satisfies(event -> {
            assertThat(event.level()).isEqualTo(Level.INFO);
            assertThat(event.logger()).isEqualTo(CapturingLoggerProviderTest.class.getName());
            assertThat(event.message()).isEqualTo("Sent 3 letters for " + tag);
            assertThat(event.throwable()).isEmpty();
        });
    }

    @Test
    void keepsEventsBelowInfoToo() {
        LOG.trace("trace {}", tag);
        LOG.debug("debug {}", tag);

        assertThat(eventsTagged()).extracting(CapturedEvent::level).containsExactly(Level.TRACE, Level.DEBUG);
    }

    @Test
    void keepsTheStackTraceOfALoggedException() {
        IllegalStateException failure = new IllegalStateException("outer " + tag, new IllegalArgumentException("inner cause"));

        LOG.warn("Delivery failed for {}", tag, failure);

        CapturedEvent event = eventsTagged().get(0);
        assertThat(event.message()).isEqualTo("Delivery failed for " + tag);
        assertThat(event.throwable()).hasValueSatisfying(stack -> assertThat(stack)
                .contains("java.lang.IllegalStateException: outer " + tag)
                .contains("at " + CapturingLoggerProviderTest.class.getName() + ".keepsTheStackTraceOfALoggedException")
                .contains("Caused by: java.lang.IllegalArgumentException: inner cause"));
        assertThat(CapturedLogs.text()).contains("WARN " + CapturingLoggerProviderTest.class.getName() + " - Delivery failed for " + tag);
    }

    @Test
    void keepsKeyValuePairsOfTheFluentApi() {
        LOG.atInfo().addKeyValue("dispatch", tag).log("started");

        assertThat(eventsTagged()).singleElement().extracting(CapturedEvent::message).asString().contains("dispatch=" + tag);
    }

    @Test
    void clearForgetsEverything() {
        LOG.info("before clear {}", tag);

        CapturedLogs.clear();

        assertThat(eventsTagged()).isEmpty();
    }

    @Test
    void findsAnIdentityNumberInAnyUnmaskedFormAndReportsItMasked() {
        PersonalIdentityNumber id = new PersonalIdentityNumber("195001019982");
        LOG.error("No mailbox for {} ({})", "500101-9982", tag);

        assertThat(CapturedLogs.mentioning(id)).extracting(CapturedEvent::message).contains("No mailbox for 500101-9982 (" + tag + ")");
        assertThatThrownBy(() -> CapturedLogs.assertNoIdentityNumberOf(List.of(id)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ERROR " + CapturingLoggerProviderTest.class.getName())
                .hasMessageContaining("No mailbox for 19500101-****")
                .hasMessageNotContaining("500101-9982");
        CapturedLogs.clear(); // so that this deliberate leak cannot fail a later check
    }

    @Test
    void passesWhenAnIdentityNumberWasLoggedOnlyMasked() {
        PersonalIdentityNumber id = new PersonalIdentityNumber("195001019990");
        LOG.info("No mailbox for {}", id);

        CapturedLogs.assertNoIdentityNumberOf(List.of(id));
        assertThat(CapturedLogs.text()).contains("No mailbox for 19500101-****");
    }

    private List<CapturedEvent> eventsTagged() {
        return CapturedLogs.all().stream().filter(event -> event.text().contains(tag)).collect(Collectors.toList());
    }
}
