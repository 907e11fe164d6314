package se.scb.dispatch.examples.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import se.scb.dispatch.id.IdentityNumbers;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.model.Reminder;
import se.scb.dispatch.template.MessageTemplate;

/**
 * The {@code --reminder WHEN=TEMPLATE[,paper]} option of {@code send}: reminders to the cases that have not responded,
 * several in a row, each with its own template; {@code ,paper} sends that one on paper only, {@code --reminders-on-paper}
 * every one.
 */
final class ReminderOptions {

    private static final String ON_PAPER = ",paper";

    @Option(names = "--reminder", paramLabel = "WHEN=TEMPLATE[,paper]",
            description = "A reminder to every recipient whose case has not responded, with its own template file: WHEN is a wait after each"
                    + " letter (ISO-8601, e.g. P3D) or a time (2026-12-04T09:00 in Swedish time, or with an offset). Repeat for several in a row."
                    + " Ending in ,paper, that reminder goes on paper to everyone; otherwise by the first letter's routing."
                    + " Planned when the dispatch completes; a case that responds before its reminder goes gets none.")
    private List<String> reminders = new ArrayList<>();

    @Option(names = "--reminders-on-paper", description = "Send the reminders on paper to everyone, instead of by the first letter's routing.")
    private boolean onPaper;

    /** The options with the reminders added, in the order given. */
    DispatchOptions addTo(DispatchOptions options) {
        DispatchOptions with = options;
        for (String given : reminders) {
            boolean thisOnPaper = given.endsWith(ON_PAPER);
            Reminder reminder = parse(thisOnPaper ? given.substring(0, given.length() - ON_PAPER.length()) : given);
            with = with.reminder(onPaper || thisOnPaper ? reminder.onPaperOnly() : reminder);
        }
        return with;
    }

    private static Reminder parse(String given) {
        int equals = given.lastIndexOf('=');
        if (equals < 1 || equals == given.length() - 1) {
            throw new InputException("--reminder: '" + IdentityNumbers.mask(given) + "' is not WHEN=TEMPLATE, e.g. P3D=paminnelse.json.");
        }
        String when = given.substring(0, equals);
        MessageTemplate template = MessageTemplate.load(templateFile(given.substring(equals + 1)));
        try {
            return Reminder.after(Duration.parse(when), template);
        } catch (DateTimeParseException notAWait) {
            try {
                return Reminder.at(new TimeConverter().convert(when), template);
            } catch (TypeConversionException e) {
                throw new InputException("--reminder: '" + when + "' is neither a wait (P3D) nor a time: " + e.getMessage(), e);
            }
        }
    }

    private static Path templateFile(String given) {
        try {
            return new ReadableFile().convert(given);
        } catch (TypeConversionException e) {
            throw new InputException("--reminder: the template " + e.getMessage(), e);
        }
    }
}
