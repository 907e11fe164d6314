package se.scb.dispatch.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.spi.PaperBatch;
import se.scb.dispatch.spi.PaperReceipt;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.ProviderException;

/** A published batch can be read by the print house: its directory and files get the configured mode, not the staging directory's owner-only one. */
class BatchPermissionsTest {

    @TempDir
    Path output;

    @BeforeEach
    void onPosixOnly() throws IOException {
        Assumptions.assumeTrue(Files.getFileStore(output).supportsFileAttributeView(PosixFileAttributeView.class),
                "the file system has no POSIX permissions");
    }

    @Test
    void byDefaultOwnerAndGroupMayReadABatchAndOthersNot() throws IOException {
        PaperReceipt receipt = PrintBatchChannel.builder().outputDirectory(output).build().submit(oneLetter());

        Path batch = output.resolve(receipt.batchId());
        assertThat(mode(batch)).isEqualTo("rwxr-x---");
        assertThat(mode(batch.resolve(PrintBatchChannel.LETTERS_FILE))).isEqualTo("rw-r-----");
        assertThat(mode(batch.resolve(PrintBatchChannel.MANIFEST_FILE))).isEqualTo("rw-r-----");
    }

    @Test
    void theModeIsASettingOfTheChannelKey() throws IOException {
        PaperReceipt receipt = new PrintBatchChannelProvider().create(ProviderConfig.of(Map.of(
                "paper.output-directory", output.toString(), "paper.directory-mode", "rwxrwxr-x"))).submit(oneLetter());

        Path batch = output.resolve(receipt.batchId());
        assertThat(mode(batch)).isEqualTo("rwxrwxr-x");
        assertThat(mode(batch.resolve(PrintBatchChannel.MANIFEST_FILE))).isEqualTo("rw-rw-r--");
    }

    @Test
    void aModeThatIsNoModeNamesTheKey() {
        assertThatThrownBy(() -> new PrintBatchChannelProvider().create(ProviderConfig.of(Map.of(
                "paper.output-directory", output.toString(), "paper.directory-mode", "750"))))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("paper.directory-mode")
                .hasMessageContaining("750");
    }

    @Test
    void theOwnerMustKeepRwxToWriteAndCleanUp() {
        assertThatThrownBy(() -> PrintBatchChannel.builder().outputDirectory(output)
                .directoryMode(PosixFilePermissions.fromString("r-xr-x---")).build())
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("directoryMode r-xr-x---");
    }

    private static PaperBatch oneLetter() {
        return Letters.batch("b1", List.of(Letters.letter("a", "Anna Andersson", "111 11")));
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
