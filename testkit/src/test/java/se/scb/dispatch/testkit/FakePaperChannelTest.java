package se.scb.dispatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.spi.PaperLetter;
import se.scb.dispatch.spi.PaperReceipt;
import se.scb.dispatch.spi.ProviderException;

class FakePaperChannelTest {

    private final FakePaperChannel channel = new FakePaperChannel();

    @Test
    void numbersTheBatchesAndKeepsTheirLetters() {
        PaperLetter a = TestLetters.paperLetter("p-1");
        PaperLetter b = TestLetters.paperLetter("p-2");
        PaperLetter c = TestLetters.paperLetter("p-3");

        PaperReceipt first = channel.submit(List.of(a, b));
        PaperReceipt second = channel.submit(List.of(c));

        assertThat(first).isEqualTo(new PaperReceipt("fake-batch-1", List.of("p-1", "p-2"), Map.of()));
        assertThat(second.batchId()).isEqualTo("fake-batch-2");
        assertThat(channel.batches()).extracting(FakePaperChannel.PaperBatch::batchId).containsExactly("fake-batch-1", "fake-batch-2");
        assertThat(channel.letters()).containsExactly(a, b, c);
    }

    @Test
    void refusesTheNextBatchesWhenToldAndKeepsNoneOfTheirLetters() {
        channel.failNext(1);

        assertThatThrownBy(() -> channel.submit(List.of(TestLetters.paperLetter("p-1")))).isInstanceOf(ProviderException.class);
        PaperReceipt receipt = channel.submit(List.of(TestLetters.paperLetter("p-1")));

        assertThat(receipt.batchId()).isEqualTo("fake-batch-1");
        assertThat(channel.letters()).extracting(PaperLetter::messageId).containsExactly("p-1");
    }

    @Test
    void refusesAnEmptyBatchAndAMessageIdTwice() {
        assertThatThrownBy(() -> channel.submit(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> channel.submit(List.of(TestLetters.paperLetter("p-1"), TestLetters.paperLetter("p-1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p-1");
        assertThat(channel.batches()).isEmpty();
    }
}
