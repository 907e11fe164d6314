package se.scb.dispatch.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.spi.ProviderException;

class ManifestTest {

    @TempDir
    Path directory;

    @Test
    void readsBackTheMessageIdsItWroteInOrder() throws IOException {
        Path file = directory.resolve("manifest.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            Manifest.write(List.of(
                    new ManifestRow(1, "m;2", Optional.empty(), Letters.address("Berg; Bertil \"Berra\"", "111 22", "Stockholm"), 2, 1),
                    new ManifestRow(2, "m1", Optional.of("case-m1"), Letters.address("Anna Andersson", "222 33", "Lund"), 4, 3)), out);
        }

        assertThat(Manifest.messageIds(file)).containsExactly("m;2", "m1");
    }

    @Test
    void refusesAFileThatIsNoManifestOfTheChannel() throws IOException {
        Path file = Files.writeString(directory.resolve("manifest.csv"), "id;name\r\nm1;Anna\r\n");

        assertThatThrownBy(() -> Manifest.messageIds(file))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("not a manifest")
                .hasMessageContaining("header");
    }
}
