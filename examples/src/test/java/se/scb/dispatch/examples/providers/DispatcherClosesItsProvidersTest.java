package se.scb.dispatch.examples.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.testkit.FakePaperChannel;
import se.scb.dispatch.testkit.FakeRecipientDirectory;

/** A provider discovery made is the dispatcher's to close (its threads and connections); one given in code is the caller's. */
class DispatcherClosesItsProvidersTest {

    @Test
    void closes_the_providers_it_found_itself() {
        int before = ClosingProbe.CLOSED.get();
        Dispatcher dispatcher = Dispatcher.builder()
                .config(ProviderConfig.of(Map.of(ProviderConfig.MAILBOX_OPERATOR_KEY, ClosingProbe.NAME)))
                .recipientDirectory(FakeRecipientDirectory.builder().build())
                .paperChannel(new FakePaperChannel())
                .build();

        dispatcher.close();

        assertThat(ClosingProbe.CLOSED.get() - before).isEqualTo(1);
    }

    @Test
    void leaves_a_provider_given_in_code_open() {
        int before = ClosingProbe.CLOSED.get();
        ClosingProbe given = new ClosingProbe();
        Dispatcher dispatcher = Dispatcher.builder()
                .mailboxOperator(given)
                .recipientDirectory(FakeRecipientDirectory.builder().build())
                .paperChannel(new FakePaperChannel())
                .build();

        dispatcher.close();

        assertThat(ClosingProbe.CLOSED.get() - before).isZero();
    }
}
