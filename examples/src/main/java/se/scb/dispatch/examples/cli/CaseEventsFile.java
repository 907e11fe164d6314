package se.scb.dispatch.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import se.scb.dispatch.id.IdentityNumbers;
import se.scb.dispatch.journal.CaseEvent;

/**
 * The file a survey's product system exports of what happened to its cases: {@code case_id;event;at;channel},
 * one event a line, {@code event} one of {@code LOGGED_IN}, {@code STARTED}, {@code RESPONDED}, {@code at} in
 * ISO-8601 ({@code 2026-11-30T14:05:00+01:00}, {@code …Z}, or without an offset as Swedish local time). A header
 * line is optional. Read line by line and handed on in batches, so a file of any size passes through; a line
 * that cannot be read is a problem of that line, and the others are read all the same.
 */
final class CaseEventsFile {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final int BATCH = 1_000;
    private static final int FIELDS = 4;

    /** A line that could not be read, and why. */
    record BadLine(long line, String why) {
    }

    private final Path file;

    CaseEventsFile(Path file) {
        this.file = file;
    }

    /**
     * Reads the file, handing the events to {@code batches} a thousand at a time.
     *
     * @return the lines that could not be read, in file order
     */
    List<BadLine> read(Consumer<List<CaseEvent>> batches) {
        List<BadLine> bad = new ArrayList<>();
        List<CaseEvent> batch = new ArrayList<>(BATCH);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String text = number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
                if (text.isBlank() || number == 1 && isHeader(text)) {
                    continue;
                }
                try {
                    batch.add(event(text));
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    bad.add(new BadLine(number, IdentityNumbers.mask(e.getMessage())));
                }
                if (batch.size() == BATCH) {
                    batches.accept(List.copyOf(batch));
                    batch.clear();
                }
            }
        } catch (IOException e) {
            throw new InputException("FILE: " + IdentityNumbers.mask(file.toString()) + " cannot be read as UTF-8 text: " + FileProblem.of(e) + ".", e);
        }
        if (!batch.isEmpty()) {
            batches.accept(List.copyOf(batch));
        }
        return bad;
    }

    private static boolean isHeader(String line) {
        return line.strip().toLowerCase(Locale.ROOT).startsWith("case_id");
    }

    static CaseEvent event(String line) {
        String[] fields = line.split(";", -1);
        if (fields.length < FIELDS - 1 || fields.length > FIELDS) {
            throw new IllegalArgumentException("expected case_id;event;at;channel, found " + fields.length + " fields");
        }
        String caseId = fields[0].strip();
        if (caseId.isEmpty()) {
            throw new IllegalArgumentException("no case id");
        }
        return new CaseEvent(caseId, kind(fields[1].strip()), time(fields[2].strip()), fields.length == FIELDS ? fields[3].strip() : "");
    }

    private static CaseEvent.Kind kind(String event) {
        try {
            return CaseEvent.Kind.valueOf(event.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the event '" + event + "' is none of LOGGED_IN, STARTED, RESPONDED", e);
        }
    }

    /** With an offset or Z as given; without one, Swedish local time (what a product system in Sweden writes). */
    static Instant time(String at) {
        try {
            return OffsetDateTime.parse(at).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(at).atZone(SWEDEN).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("the time '" + at + "' is not ISO-8601, e.g. 2026-11-30T14:05:00+01:00 or 2026-11-30T14:05", e);
            }
        }
    }
}
