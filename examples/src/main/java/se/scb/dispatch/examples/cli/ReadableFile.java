package se.scb.dispatch.examples.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import se.scb.dispatch.id.IdentityNumbers;

/**
 * An option's file, checked before any work starts: it exists, is a regular file and can be read.
 * A failed check is a usage error (exit code 2) naming the option.
 */
final class ReadableFile implements ITypeConverter<Path> {

    @Override
    public Path convert(String given) {
        // A file named after a person (urval-19121212-1212.csv) must not be echoed whole in the error.
        String value = IdentityNumbers.mask(given);
        Path path;
        try {
            path = Path.of(given);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + value + "' is not a valid path: " + e.getReason() + ".");
        }
        if (!Files.exists(path)) {
            throw new TypeConversionException("no such file: " + value + ".");
        }
        if (!Files.isRegularFile(path)) {
            throw new TypeConversionException(value + " is not a regular file.");
        }
        if (!Files.isReadable(path)) {
            throw new TypeConversionException(value + " cannot be read; check its permissions.");
        }
        return path;
    }
}
