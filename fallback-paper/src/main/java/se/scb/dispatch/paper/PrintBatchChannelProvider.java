package se.scb.dispatch.paper;

import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.scb.dispatch.spi.PaperChannel;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.spi.ProviderFactory;

/**
 * Makes the {@link PrintBatchChannel}, named {@value #NAME}, from these configuration keys:
 * {@value #OUTPUT_DIRECTORY} (required), {@value #RETURN_ADDRESS} (lines separated by {@code |})
 * {@value #SORT_BY_POSTAL_CODE} ({@code true}, the default, or {@code false}) and {@value #DIRECTORY_MODE}
 * (each batch directory's permissions, {@code rwxr-x---} by default). Each batch's
 * directory is named by the id the core gives the batch.
 */
public final class PrintBatchChannelProvider extends ProviderFactory<PaperChannel> {

    public static final String NAME = "print-batch";
    public static final String OUTPUT_DIRECTORY = "paper.output-directory";
    public static final String RETURN_ADDRESS = "paper.return-address";
    public static final String SORT_BY_POSTAL_CODE = "paper.sort-by-postal-code";
    public static final String DIRECTORY_MODE = "paper.directory-mode";

    static final String WHAT = "print batch channel configuration";

    /** Builder settings by the key that sets them, so that a problem names what the user wrote. */
    private static final Map<String, String> KEYS_BY_SETTING = Map.of(
            "outputDirectory", OUTPUT_DIRECTORY,
            "returnAddress", RETURN_ADDRESS,
            "directoryMode", DIRECTORY_MODE);

    public PrintBatchChannelProvider() {
        super(PaperChannel.class, NAME, PrintBatchChannelProvider::channel);
    }

    /** @throws ProviderException naming every key that is missing or wrong */
    private static PrintBatchChannel channel(ProviderConfig config) {
        ProviderConfig.Reader keys = config.reader(WHAT);
        PrintBatchChannel.Builder builder = PrintBatchChannel.builder().sortByPostalCode(keys.bool(SORT_BY_POSTAL_CODE, true));
        // Required, but the builder's check says so, in words that say what the directory is for.
        keys.path(OUTPUT_DIRECTORY).ifPresent(builder::outputDirectory);
        keys.optionalText(RETURN_ADDRESS).map(PrintBatchChannelProvider::lines).ifPresent(builder::returnAddress);
        mode(keys).ifPresent(builder::directoryMode);
        builder.check(keys, setting -> KEYS_BY_SETTING.getOrDefault(setting, setting));
        keys.done();
        return builder.build();
    }

    private static Optional<Set<PosixFilePermission>> mode(ProviderConfig.Reader keys) {
        Optional<String> text = keys.optionalText(DIRECTORY_MODE);
        try {
            return text.map(PosixFilePermissions::fromString);
        } catch (IllegalArgumentException e) {
            keys.problem(DIRECTORY_MODE, "must be nine characters such as rwxr-x---; it is '" + text.get() + "'");
            return Optional.empty();
        }
    }

    /** The return address lines; blank ones (e.g. from {@code a||b}) are left out. */
    private static List<String> lines(String value) {
        return Arrays.stream(value.split("\\|")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
