package se.scb.dispatch.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import se.scb.dispatch.id.IdentityNumbers;
import se.scb.dispatch.id.InvalidRecipientIdException;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.spi.Reachability.Status;

/**
 * Reads the fake directory's answers from a file {@code recipient_id;status;operator}. The whole file
 * is checked before anything is used, and every bad line is reported at once, by line number, with
 * identity numbers masked.
 */
final class ReachabilityCsv {

    static final String HEADER = "recipient_id;status;operator";
    private static final int MAX_ERRORS_LISTED = 20;

    private final Path file;
    private final List<String> errors = new ArrayList<>();
    private final Map<RecipientId, Integer> lineOfId = new HashMap<>();

    private ReachabilityCsv(Path file) {
        this.file = file;
    }

    /**
     * Reads every answer in the file, handing each to {@code answers}.
     *
     * @throws IllegalArgumentException listing the bad lines
     * @throws UncheckedIOException     when the file cannot be read
     */
    static void read(Path file, Consumer<Reachability> answers) {
        List<Reachability> read = new ReachabilityCsv(file).readAll();
        read.forEach(answers);
    }

    private List<Reachability> readAll() {
        List<Reachability> answers = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null || !isHeader(header)) {
                throw new IllegalArgumentException(file + " line 1: the first line must be the header '" + HEADER + "'.");
            }
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    Reachability answer = parse(line, lineNumber);
                    if (answer != null) {
                        answers.add(answer);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the reachability file " + file + ": " + e.getMessage(), e);
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(errorReport());
        }
        return answers;
    }

    private static boolean isHeader(String line) {
        String withoutBom = line.startsWith("\uFEFF") ? line.substring(1) : line;
        return withoutBom.replace(" ", "").strip().equalsIgnoreCase(HEADER);
    }

    /** The answer on the line, or null after noting why there is none. */
    private Reachability parse(String line, int lineNumber) {
        String[] fields = line.split(";", -1);
        if (fields.length < 2 || fields.length > 3) {
            return error(lineNumber, "expected 2 or 3 fields separated by ';' (" + HEADER + "), found " + fields.length);
        }
        String idText = fields[0].strip();
        String statusText = fields[1].strip();
        String operator = fields.length == 3 ? fields[2].strip() : "";
        if (idText.isEmpty()) {
            return error(lineNumber, "the recipient id is missing");
        }
        Status status = status(statusText);
        if (status == null) {
            return error(lineNumber, "status '" + maskedIfDigits(statusText) + "' is not one of " + Arrays.toString(Status.values()));
        }
        if (status == Status.REACHABLE && operator.isEmpty()) {
            return error(lineNumber, "status REACHABLE needs an operator in the third column, e.g. kivra");
        }
        RecipientId id;
        try {
            id = RecipientId.parse(idText);
        } catch (InvalidRecipientIdException e) {
            return error(lineNumber, "recipient id " + mask(idText) + " is not valid: " + e.getMessage());
        }
        Integer earlierLine = lineOfId.putIfAbsent(id, lineNumber);
        if (earlierLine != null) {
            return error(lineNumber, "recipient " + id.masked() + " is already listed on line " + earlierLine);
        }
        return status == Status.REACHABLE
                ? Reachability.reachable(id, FakeMailboxes.at(operator))
                : Reachability.unreachable(id, status);
    }

    private static Status status(String text) {
        try {
            return Status.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Reachability error(int lineNumber, String reason) {
        errors.add("line " + lineNumber + ": " + reason);
        return null;
    }

    private String errorReport() {
        StringBuilder report = new StringBuilder("The reachability file " + file + " has " + errors.size() + " bad line(s):");
        errors.stream().limit(MAX_ERRORS_LISTED).forEach(error -> report.append(System.lineSeparator()).append("  ").append(error));
        if (errors.size() > MAX_ERRORS_LISTED) {
            report.append(System.lineSeparator()).append("  … and ").append(errors.size() - MAX_ERRORS_LISTED).append(" more");
        }
        return report.toString();
    }

    /**
     * Text that failed to parse as an id, safe to show: every identity-number-like sequence in it is
     * masked where it sits; when there is none (a typo made it unlike one), the last four characters go.
     */
    static String mask(String text) {
        String masked = IdentityNumbers.mask(text);
        if (!masked.equals(text)) {
            return masked;
        }
        return text.length() <= 4 ? "****" : text.substring(0, text.length() - 4) + "****";
    }

    // A status column holding digits is most likely an id in the wrong column.
    private static String maskedIfDigits(String text) {
        return text.chars().anyMatch(Character::isDigit) ? mask(text) : text;
    }
}
