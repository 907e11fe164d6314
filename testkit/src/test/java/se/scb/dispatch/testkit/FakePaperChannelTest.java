package se.scb.dispatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.spi.PaperBatch;
import se.scb.dispatch.spi.PaperLetter;
import se.scb.dispatch.spi.PaperReceipt;
import se.scb.dispatch.spi.ProviderException;

class FakePaperChannelTest {

    private final FakePaperChannel channel = new FakePaperChannel();

    @Test
    void keepsEachBatchAndItsLetters() {
        PaperLetter a = TestLetters.paperLetter("p-1");
        PaperLetter b = TestLetters.paperLetter("p-2");
        PaperLetter c = TestLetters.paperLetter("p-3");

        PaperReceipt first = channel.submit(new PaperBatch("b-1", List.of(a, b)));
        PaperReceipt second = channel.submit(new PaperBatch("b-2", List.of(c)));

        assertThat(first).isEqualTo(new PaperReceipt("b-1", List.of("p-1", "p-2"), Map.of()));
        assertThat(second.batchId()).isEqualTo("b-2");
        assertThat(channel.batches()).extracting(PaperBatch::id).containsExactly("b-1", "b-2");
        assertThat(channel.letters()).containsExactly(a, b, c);
    }

    @Test
    void aBatchHandedOverAgainIsAnsweredWithTheFirstReceiptAndNotKeptTwice() {
        PaperLetter a = TestLetters.paperLetter("p-1");
        PaperReceipt first = channel.submit(new PaperBatch("b-1", List.of(a)));

        PaperReceipt again = channel.submit(new PaperBatch("b-1", List.of(a)));

        assertThat(again).isEqualTo(first);
        assertThat(channel.letters()).containsExactly(a);
        assertThat(channel.repeats()).isEqualTo(1);
    }

    @Test
    void refusesTheNextBatchesWhenToldAndKeepsNoneOfTheirLetters() {
        channel.failNext(1);

        assertThatThrownBy(() -> channel.submit(new PaperBatch("b-1", List.of(TestLetters.paperLetter("p-1"))))).isInstanceOf(ProviderException.class);
        PaperReceipt receipt = channel.submit(new PaperBatch("b-1", List.of(TestLetters.paperLetter("p-1"))));

        assertThat(receipt.batchId()).isEqualTo("b-1");
        assertThat(channel.letters()).extracting(PaperLetter::messageId).containsExactly("p-1");
        assertThat(channel.repeats()).isZero();
    }

    @Test
    void refusesAnEmptyBatchAndAMessageIdTwice() {
        assertThatThrownBy(() -> channel.submit(new PaperBatch("b-1", List.of()))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> channel.submit(new PaperBatch("b-1", List.of(TestLetters.paperLetter("p-1"), TestLetters.paperLetter("p-1")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p-1");
        assertThat(channel.batches()).isEmpty();
    }
}
