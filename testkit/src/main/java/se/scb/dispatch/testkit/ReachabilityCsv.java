package se.scb.dispatch.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.scb.dispatch.id.IdentityNumbers;
import se.scb.dispatch.id.InvalidRecipientIdException;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.id.RecipientTable;
import se.scb.dispatch.population.PopulationException;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.spi.Reachability.Status;

/**
 * Reads the fake directory's answers from a file {@code recipient_id;status;operator}; the first column
 * may be named like a population's recipient column ({@code personnummer}, {@code organisationsnummer}),
 * so a column copied from the population file fits. The whole file
 * is checked before anything is used, and every bad line is reported at once, by line number, with
 * identity numbers masked.
 *
 * <p>Lines stream through: what is kept while reading is the line on which each recipient was
 * listed, in a {@link RecipientTable}, and the code of each line's answer, so a file of a million
 * lines needs some 30 MB.
 */
final class ReachabilityCsv {

    static final String HEADER = "recipient_id;status;operator";
    private static final int MAX_ERRORS_LISTED = 20;

    private final Path file;
    private final DirectoryAnswers target;
    private final List<String> errors = new ArrayList<>();
    private int errorCount;
    private final RecipientTable lineOfId = new RecipientTable();
    private int[] codeOfLine = new int[1024];
    /** The code of each answer text seen on a good line, e.g. {@code "REACHABLE;kivra"}. */
    private final Map<String, Integer> codeOfAnswer = new HashMap<>();

    private ReachabilityCsv(Path file, DirectoryAnswers target) {
        this.file = file;
        this.target = target;
    }

    /**
     * Adds every answer in the file to {@code target}, or none of them when a line is bad.
     *
     * @throws IllegalArgumentException listing the bad lines
     * @throws UncheckedIOException     when the file cannot be read
     */
    static void read(Path file, DirectoryAnswers target) {
        new ReachabilityCsv(file, target).readAll();
    }

    private void readAll() {
        // Exported by the same systems as the population, so read the way it is: a Windows-1252 file too.
        try (BufferedReader reader = new BufferedReader(PopulationSource.openText(file))) {
            String header = reader.readLine();
            if (header == null || !isHeader(header)) {
                throw new IllegalArgumentException(file + " line 1: the first line must be the header '" + HEADER
                        + "' (the first column may be named any of " + String.join(", ", PopulationSource.recipientColumnNames()) + ").");
            }
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    parse(line, lineNumber);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the reachability file " + file + ": " + e.getMessage(), e);
        } catch (PopulationException e) {
            // Opening failed; say it as any other failure to read this file.
            IOException cause = e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
            throw new UncheckedIOException("Cannot read the reachability file: " + e.getMessage(), cause);
        }
        if (errorCount > 0) {
            throw new IllegalArgumentException(errorReport());
        }
        target.putAll(lineOfId, line -> codeOfLine[line]);
    }

    private static boolean isHeader(String line) {
        String withoutBom = line.startsWith("\uFEFF") ? line.substring(1) : line;
        String[] names = withoutBom.replace(" ", "").strip().split(";", -1);
        return names.length == 3
                && PopulationSource.recipientColumnNames().stream().anyMatch(names[0]::equalsIgnoreCase)
                && names[1].equalsIgnoreCase("status")
                && names[2].equalsIgnoreCase("operator");
    }

    /** Notes the answer on the line, or why there is none. */
    private void parse(String line, int lineNumber) {
        int firstSeparator = line.indexOf(';');
        if (firstSeparator < 0) {
            error(lineNumber, "expected 2 or 3 fields separated by ';' (" + HEADER + "), found 1");
            return;
        }
        String idText = line.substring(0, firstSeparator).strip();
        if (idText.isEmpty()) {
            error(lineNumber, "the recipient id is missing");
            return;
        }
        // A file holds a handful of different answers, each on many lines: each is checked once.
        String answerText = line.substring(firstSeparator + 1);
        Integer code = codeOfAnswer.get(answerText);
        if (code == null) {
            code = code(answerText, lineNumber);
            if (code == null) {
                return;
            }
            codeOfAnswer.put(answerText, code);
        }
        RecipientId id;
        try {
            id = RecipientId.parse(idText);
        } catch (InvalidRecipientIdException e) {
            error(lineNumber, "recipient id " + mask(idText) + " is not valid: " + e.getMessage());
            return;
        }
        int earlierLine = lineOfId.putIfAbsent(id, lineNumber);
        if (earlierLine != RecipientTable.ABSENT) {
            error(lineNumber, "recipient " + id.masked() + " is already listed on line " + earlierLine);
            return;
        }
        remember(lineNumber, code);
    }

    /** The code of the answer in the columns after the id ({@code status;operator}), or null after noting why there is none. */
    private Integer code(String answerText, int lineNumber) {
        String[] fields = answerText.split(";", -1);
        if (fields.length > 2) {
            error(lineNumber, "expected 2 or 3 fields separated by ';' (" + HEADER + "), found " + (fields.length + 1));
            return null;
        }
        String statusText = fields[0].strip();
        String operator = fields.length == 2 ? fields[1].strip() : "";
        Status status = status(statusText);
        if (status == null) {
            error(lineNumber, "status '" + maskedIfDigits(statusText) + "' is not one of " + Arrays.toString(Status.values()));
            return null;
        }
        if (status == Status.REACHABLE && operator.isEmpty()) {
            error(lineNumber, "status REACHABLE needs an operator in the third column, e.g. kivra");
            return null;
        }
        if (status == Status.NO_MAILBOX && !operator.isEmpty()) {
            error(lineNumber, "status NO_MAILBOX takes no operator; leave the third column empty");
            return null;
        }
        // A blocked or pending account may name its operator, as Mina meddelanden's directory does.
        return target.code(status, operator.isEmpty() ? Optional.empty() : Optional.of(FakeMailboxes.at(operator)));
    }

    private void remember(int lineNumber, int code) {
        if (lineNumber >= codeOfLine.length) {
            codeOfLine = Arrays.copyOf(codeOfLine, Math.max(lineNumber + 1, codeOfLine.length * 2));
        }
        codeOfLine[lineNumber] = code;
    }

    private static Status status(String text) {
        try {
            return Status.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Counts every bad line, keeping the words for those that will be listed. */
    private void error(int lineNumber, String reason) {
        errorCount++;
        if (errors.size() < MAX_ERRORS_LISTED) {
            errors.add("line " + lineNumber + ": " + reason);
        }
    }

    private String errorReport() {
        StringBuilder report = new StringBuilder("The reachability file " + file + " has " + errorCount + " bad line(s):");
        errors.forEach(error -> report.append(System.lineSeparator()).append("  ").append(error));
        if (errorCount > errors.size()) {
            report.append(System.lineSeparator()).append("  … and ").append(errorCount - errors.size()).append(" more");
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
