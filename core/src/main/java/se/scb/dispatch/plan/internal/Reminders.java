package se.scb.dispatch.plan.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.scb.dispatch.check.internal.AddressCheck;
import se.scb.dispatch.journal.CaseEvent;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchLog;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.LetterQuery;
import se.scb.dispatch.journal.internal.JournalCodec;
import se.scb.dispatch.journal.internal.JournalStore;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.model.RecipientOutcome;
import se.scb.dispatch.model.Reminder;
import se.scb.dispatch.template.MessageTemplate;

/**
 * Plans the reminders of a dispatch that has just completed: each a dispatch of its own, linked to the first,
 * holding every letter of the first that went out (or, for paper if unanswered, went out digitally) and has a
 * case id, each due its time after its own letter, by the first letter's routing (the same mailbox, or paper) or
 * on paper only. Being ordinary dispatches they are sent, resumed and reported like any other; their runner
 * skips the cases that respond before their letter goes ({@link #answered}).
 */
public final class Reminders {

    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);
    private static final int WRITE_BATCH = 1_000;

    private Reminders() {
    }

    /** Plans every reminder of {@code origin}, which has just completed; returns their ids in order. */
    public static List<String> plan(JournalStore journal, DispatchRecord origin, Instant now) {
        List<String> planned = new ArrayList<>();
        List<Reminder> reminders = origin.options().reminders();
        for (int number = 1; number <= reminders.size(); number++) {
            planned.add(planOne(journal, origin, number, reminders.get(number - 1), now));
        }
        return planned;
    }

    private static String planOne(JournalStore journal, DispatchRecord origin, int number, Reminder reminder, Instant now) {
        String id = UUID.randomUUID().toString();
        String subject = reminder.template().map(MessageTemplate::subject).orElse(origin.subject());
        String templateJson = reminder.template().map(JournalCodec::template).orElse(origin.templateJson());
        journal.createDispatch(new DispatchRecord(id, origin.options().reminderOf(origin.id(), number, reminder), origin.sender(), subject,
                templateJson, DispatchState.PLANNING, now, Optional.empty()));
        LetterQuery followed = reminder.onlyToDigital()
                ? LetterQuery.all().inStates(DeliveryState.DELIVERED)
                : LetterQuery.all().inStates(DeliveryState.DELIVERED, DeliveryState.HANDED_TO_PAPER);
        List<JournalEntry> batch = new ArrayList<>(WRITE_BATCH);
        long count = 0;
        try (Stream<JournalEntry> sent = journal.allLetters(origin.id(), followed)) {
            Iterator<JournalEntry> each = sent.iterator();
            while (each.hasNext()) {
                JournalEntry letter = each.next();
                if (letter.row().caseId().isEmpty() || letter.recipient().isEmpty()) {
                    continue;
                }
                // A reminder keeps its first letter's experiment arm, so a reminder's report splits by arm as the first does.
                batch.add(PlannedLetters.dueAt(id, new PlanEntry(letter.row(), outcome(letter, reminder)), reminder.dueFor(letter.dueAt()))
                        .inArm(letter.arm()));
                count++;
                if (batch.size() >= WRITE_BATCH) {
                    journal.addToPlan(batch);
                    batch.clear();
                }
            }
        }
        journal.addToPlan(batch);
        journal.updateState(id, DispatchState.SCHEDULED, now);
        LOG.info("Dispatch {} completed; its reminder {} ({}) holds {} letters", origin.id(), number, id, count);
        return id;
    }

    /** The first letter's mailbox again when it went digital and the reminder may; paper otherwise, if the address will do. */
    private static RecipientOutcome outcome(JournalEntry first, Reminder reminder) {
        long row = first.row().number();
        if (!reminder.paperOnly() && first.state() == DeliveryState.DELIVERED && first.plan().mailbox().isPresent()) {
            return RecipientOutcome.digital(row, first.recipient().orElseThrow(), first.plan().mailbox().get());
        }
        return AddressCheck.check(first.row().address())
                .map(problem -> RecipientOutcome.of(row, first.recipient(), problem.reason(), problem.message()))
                .orElseGet(() -> RecipientOutcome.of(row, first.recipient(), ReasonCode.NOT_ANSWERED,
                        "Goes on paper unless the case answers before it is due."));
    }

    /**
     * The reminder letters whose case has responded, with the response: those letters do not go. Asked just
     * before they go, for the letters at hand in one question to the journal.
     */
    public static Map<JournalEntry, CaseEvent> answered(DispatchLog journal, List<JournalEntry> reminders) {
        Map<String, CaseEvent> responses = new LinkedHashMap<>();
        journal.caseEvents(reminders.stream().map(letter -> letter.row().caseId()).filter(caseId -> !caseId.isEmpty()).toList()).stream()
                .filter(event -> event.kind() == CaseEvent.Kind.RESPONDED)
                .forEach(event -> responses.put(event.caseId(), event));
        Map<JournalEntry, CaseEvent> answered = new LinkedHashMap<>();
        for (JournalEntry letter : reminders) {
            CaseEvent response = responses.get(letter.row().caseId());
            if (response != null) {
                answered.put(letter, response);
            }
        }
        return answered;
    }
}
