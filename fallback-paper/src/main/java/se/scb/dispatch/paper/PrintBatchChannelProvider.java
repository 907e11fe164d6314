package se.scb.dispatch.paper;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.scb.dispatch.config.InvalidConfigurationException;
import se.scb.dispatch.spi.PaperChannel;
import se.scb.dispatch.spi.PaperChannelProvider;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.ProviderException;

/**
 * Provides the {@link PrintBatchChannel}, named {@value #NAME}, from these configuration keys:
 * {@value #OUTPUT_DIRECTORY} (required), {@value #RETURN_ADDRESS} (lines separated by {@code |})
 * {@value #SORT_BY_POSTAL_CODE} ({@code true}, the default, or {@code false}) and {@value #DIRECTORY_MODE}
 * (each batch directory's permissions, {@code rwxr-x---} by default). Each batch's
 * directory is named by the id the core gives the batch.
 */
public final class PrintBatchChannelProvider implements PaperChannelProvider {

    public static final String NAME = "print-batch";
    public static final String OUTPUT_DIRECTORY = "paper.output-directory";
    public static final String RETURN_ADDRESS = "paper.return-address";
    public static final String SORT_BY_POSTAL_CODE = "paper.sort-by-postal-code";
    public static final String DIRECTORY_MODE = "paper.directory-mode";

    /** Builder settings by the key that sets them, so that a problem names what the user wrote. */
    private static final Map<String, String> KEYS_BY_SETTING = Map.of(
            "outputDirectory", OUTPUT_DIRECTORY,
            "returnAddress", RETURN_ADDRESS,
            "directoryMode", DIRECTORY_MODE);

    @Override
    public String name() {
        return NAME;
    }

    /** @throws ProviderException naming the key that is missing or wrong */
    @Override
    public PaperChannel create(ProviderConfig config) {
        PrintBatchChannel.Builder builder = PrintBatchChannel.builder()
                .outputDirectory(directory(config.require(OUTPUT_DIRECTORY)))
                .sortByPostalCode(bool(config, SORT_BY_POSTAL_CODE, true));
        config.get(RETURN_ADDRESS).ifPresent(value -> builder.returnAddress(lines(value)));
        config.get(DIRECTORY_MODE).ifPresent(value -> builder.directoryMode(mode(value)));
        try {
            return builder.build();
        } catch (InvalidConfigurationException e) {
            throw new ProviderException("The print-batch paper channel is configured wrongly: "
                    + e.problems().stream().map(PrintBatchChannelProvider::withKey).collect(Collectors.joining(" ")), e);
        }
    }

    private static Path directory(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new ProviderException("The configuration key '" + OUTPUT_DIRECTORY + "' is not a usable path: " + e.getMessage(), e);
        }
    }

    private static Set<PosixFilePermission> mode(String value) {
        try {
            return PosixFilePermissions.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ProviderException("The configuration key '" + DIRECTORY_MODE + "' must be nine characters such as rwxr-x---, not '"
                    + value + "'.", e);
        }
    }

    /** The return address lines; blank ones (e.g. from {@code a||b}) are left out. */
    private static List<String> lines(String value) {
        return Arrays.stream(value.split("\\|")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static boolean bool(ProviderConfig config, String key, boolean absent) {
        String value = config.get(key).orElse(null);
        if (value == null) {
            return absent;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ProviderException("The configuration key '" + key + "' must be true or false, not '" + value + "'.");
        };
    }

    /** A builder problem such as {@code "returnAddress may have at most 5 lines"} with the setting replaced by its key. */
    private static String withKey(String problem) {
        return KEYS_BY_SETTING.entrySet().stream()
                .filter(entry -> problem.startsWith(entry.getKey()))
                .findFirst()
                .map(entry -> entry.getValue() + problem.substring(entry.getKey().length()))
                .orElse(problem);
    }
}
