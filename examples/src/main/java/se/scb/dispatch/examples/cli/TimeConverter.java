package se.scb.dispatch.examples.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import se.scb.dispatch.model.SendingWindow;

/**
 * A point in time as people write it: {@code 2026-12-01T07:00:00Z}, with an offset
 * ({@code 2026-12-01T08:00+01:00}), or without one, in Swedish time ({@code 2026-12-01T08:00}, or a
 * date alone for the start of that day).
 */
final class TimeConverter implements ITypeConverter<Instant> {

    private static final String FORMS = "use e.g. 2026-12-01T08:00 (Swedish time), 2026-12-01T07:00:00Z or 2026-12-01";

    @Override
    public Instant convert(String value) {
        for (Function<String, Instant> form : List.<Function<String, Instant>>of(
                Instant::parse,
                text -> OffsetDateTime.parse(text).toInstant(),
                text -> LocalDateTime.parse(text).atZone(SendingWindow.ZONE).toInstant(),
                text -> LocalDate.parse(text).atStartOfDay(SendingWindow.ZONE).toInstant())) {
            try {
                return form.apply(value);
            } catch (DateTimeParseException e) {
                // Not this form; try the next.
            }
        }
        throw new TypeConversionException("'" + value + "' is not a time: " + FORMS + ".");
    }
}
