package se.scb.dispatch.run.internal;

import java.util.List;
import java.util.Map;
import se.scb.dispatch.journal.CaseEvent;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchLog;
import se.scb.dispatch.journal.EventType;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.plan.internal.Reminders;

/** Reminder letters whose case has responded are cancelled, saying why, instead of going out. */
final class AnsweredCases {

    private AnsweredCases() {
    }

    /** The letters whose case has not responded; the others are settled CANCELLED with code ANSWERED. */
    static List<JournalEntry> skip(DispatchLog journal, LetterLog log, List<JournalEntry> reminders) {
        Map<JournalEntry, CaseEvent> answered = Reminders.answered(journal, reminders);
        answered.forEach((letter, answer) -> log.settle(letter.settled(DeliveryState.CANCELLED, letter.reason()), EventType.CANCELLED, "ANSWERED",
                "The case responded" + (answer.channel().isEmpty() ? "" : " (" + answer.channel() + ")") + " before the reminder went out."));
        return reminders.stream().filter(letter -> !answered.containsKey(letter)).toList();
    }
}
