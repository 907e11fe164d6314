package se.scb.dispatch.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.spi.PaperChannel;
import se.scb.dispatch.spi.PaperReceipt;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.spi.ProviderFactory;

class PrintBatchChannelProviderTest {

    @TempDir
    Path output;

    private final PrintBatchChannelProvider provider = new PrintBatchChannelProvider();

    @Test
    @SuppressWarnings("rawtypes") // ServiceLoader knows the class ProviderFactory, not its type argument
    void isFoundOnTheClassPathByItsName() {
        assertThat(ServiceLoader.load(ProviderFactory.class).stream().map(ServiceLoader.Provider::get))
                .anySatisfy(found -> {
                    assertThat(found.name()).isEqualTo("print-batch");
                    assertThat(found.type()).isEqualTo(PaperChannel.class);
                });
    }

    @Test
    void createsAChannelFromItsKeys() {
        PaperChannel channel = provider.create(ProviderConfig.of(Map.of(
                "paper.output-directory", output.toString(),
                "paper.return-address", "Box 24300 | | 104 51 Stockholm",
                "paper.sort-by-postal-code", "FALSE")));

        PaperReceipt receipt = channel.submit(Letters.batch("lfs-48",
                List.of(Letters.letter("b", "Bertil Berg", "999 99"), Letters.letter("a", "Anna Andersson", "111 11"))));

        assertThat(receipt.batchId()).isEqualTo("lfs-48");
        assertThat(receipt.messageIds()).containsExactly("b", "a");
        PrintedBatch batch = PrintedBatch.read(output, receipt);
        assertThat(batch.area(1, 0, 0, 210, 44)).contains("Box 24300", "104 51 Stockholm");
    }

    @Test
    void sortsByPostalCodeWhenTheKeyIsAbsent() {
        PaperChannel channel = provider.create(ProviderConfig.of(Map.of("paper.output-directory", output.toString())));

        PaperReceipt receipt = channel.submit(Letters.batch("b1",
                List.of(Letters.letter("b", "Bertil Berg", "999 99"), Letters.letter("a", "Anna Andersson", "111 11"))));

        assertThat(receipt.messageIds()).containsExactly("a", "b");
    }

    @Test
    void namesTheMissingOutputDirectoryKey() {
        assertThatThrownBy(() -> provider.create(ProviderConfig.empty()))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("paper.output-directory");
    }

    @Test
    void namesTheKeyOfAWrongValue() {
        assertThatThrownBy(() -> provider.create(ProviderConfig.of(Map.of(
                "paper.output-directory", output.toString(), "paper.sort-by-postal-code", "ja"))))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("paper.sort-by-postal-code")
                .hasMessageContaining("ja");
        assertThatThrownBy(() -> provider.create(ProviderConfig.of(Map.of(
                "paper.output-directory", output.toString(), "paper.return-address", "1|2|3|4|5|6"))))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("paper.return-address may have at most 5 lines");
        assertThatThrownBy(() -> provider.create(ProviderConfig.of(Map.of(
                "paper.output-directory", output.resolve("missing").toString()))))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("paper.output-directory")
                .hasMessageContaining("missing");
    }

    @Test
    void namesEveryWrongKeyAtOnce() {
        assertThatThrownBy(() -> provider.create(ProviderConfig.of(Map.of(
                "paper.sort-by-postal-code", "ja", "paper.directory-mode", "750", "paper.return-address", "1|2|3|4|5|6"))))
                .isInstanceOf(ProviderException.class)
                .hasMessage("Invalid print batch channel configuration: paper.sort-by-postal-code must be true or false; it is 'ja'."
                        + " paper.directory-mode must be nine characters such as rwxr-x---; it is '750'."
                        + " paper.output-directory must be set: the directory the print house collects batches from."
                        + " paper.return-address may have at most 5 lines, to fit above the address window.");
    }
}
