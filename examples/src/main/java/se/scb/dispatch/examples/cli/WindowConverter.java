package se.scb.dispatch.examples.cli;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import se.scb.dispatch.model.SendingWindow;

/**
 * A sending window as people write it: days and hours in Swedish time, e.g. {@code Mon-Fri 09:00-17:00},
 * {@code Sat,Sun 10:00-14:00} or {@code Mon-Wed,Fri 08:00-24:00}.
 */
final class WindowConverter implements ITypeConverter<SendingWindow> {

    private static final Pattern WINDOW = Pattern.compile("\\s*(\\S+)\\s+(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s*");
    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static final String EXAMPLE = "write it like 'Mon-Fri 09:00-17:00' (days Mon Tue Wed Thu Fri Sat Sun, Swedish time)";

    @Override
    public SendingWindow convert(String value) {
        Matcher matcher = WINDOW.matcher(value);
        if (!matcher.matches()) {
            throw new TypeConversionException("'" + value + "' is not a sending window: " + EXAMPLE + ".");
        }
        Set<DayOfWeek> days = days(matcher.group(1), value);
        LocalTime from = time(matcher.group(2), value);
        LocalTime to = matcher.group(3).equals("24:00") ? LocalTime.MAX : time(matcher.group(3), value);
        try {
            return new SendingWindow(days, from, to);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "': " + e.getMessage());
        }
    }

    private static Set<DayOfWeek> days(String text, String value) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.split(",")) {
            String[] range = part.split("-", -1);
            if (range.length > 2) {
                throw new TypeConversionException("'" + value + "': '" + part + "' is not a day or a range of days; " + EXAMPLE + ".");
            }
            DayOfWeek first = day(range[0], value);
            DayOfWeek last = day(range[range.length - 1], value);
            if (last.compareTo(first) < 0) {
                throw new TypeConversionException("'" + value + "': the range " + part + " runs backwards; a week runs from Mon to Sun.");
            }
            days.addAll(EnumSet.range(first, last));
        }
        return days;
    }

    private static DayOfWeek day(String text, String value) {
        int index = DAYS.indexOf(text.toLowerCase(Locale.ROOT));
        if (index < 0) {
            throw new TypeConversionException("'" + value + "': '" + text + "' is not a day; " + EXAMPLE + ".");
        }
        return DayOfWeek.of(index + 1);
    }

    private static LocalTime time(String text, String value) {
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "': '" + text + "' is not a time of day (00:00 to 24:00).");
        }
    }
}
