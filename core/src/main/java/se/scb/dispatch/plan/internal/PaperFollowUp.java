package se.scb.dispatch.plan.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.scb.dispatch.check.internal.AddressCheck;
import se.scb.dispatch.journal.CaseResponse;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchLog;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.LetterQuery;
import se.scb.dispatch.journal.internal.JournalStore;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.model.RecipientOutcome;

/**
 * Plans the paper follow-up of a dispatch that asked for paper to those who have not answered: a
 * dispatch of its own, paper only, holding every delivered digital letter that has a case id, each
 * due its number of days after its own delivery. Being an ordinary dispatch, it is sent, resumed
 * and reported like any other; its runner skips the cases that answer before their letter is due.
 */
public final class PaperFollowUp {

    private static final Logger LOG = LoggerFactory.getLogger(PaperFollowUp.class);
    private static final int WRITE_BATCH = 1_000;

    private PaperFollowUp() {
    }

    /** Plans the follow-up of {@code origin}, which has just completed. */
    public static String plan(JournalStore journal, DispatchRecord origin, Duration after, Instant now) {
        String id = UUID.randomUUID().toString();
        journal.createDispatch(new DispatchRecord(id, origin.options().paperFollowUpOf(origin.id()), origin.sender(), origin.subject(),
                origin.templateJson(), DispatchState.PLANNING, now, Optional.empty()));
        List<JournalEntry> batch = new ArrayList<>(WRITE_BATCH);
        long planned = 0;
        Iterator<JournalEntry> delivered = journal.allLetters(origin.id(), LetterQuery.all().inStates(DeliveryState.DELIVERED)).iterator();
        while (delivered.hasNext()) {
            JournalEntry letter = delivered.next();
            if (letter.row().caseId().isEmpty() || letter.recipient().isEmpty()) {
                continue;
            }
            batch.add(PlannedLetters.dueAt(id, new PlanEntry(letter.row(), outcome(letter)), letter.dueAt().plus(after)));
            planned++;
            if (batch.size() >= WRITE_BATCH) {
                journal.addToPlan(batch);
                batch.clear();
            }
        }
        journal.addToPlan(batch);
        journal.updateState(id, DispatchState.SCHEDULED, now);
        LOG.info("Dispatch {} completed; its paper follow-up {} holds {} letters, each due {} after its delivery", origin.id(), id, planned, after);
        return id;
    }

    /**
     * The follow-up letters whose case has answered since the follow-up was planned, with the answer:
     * those letters are not printed. A follow-up goes only to cases still unanswered when it goes out.
     */
    public static Map<JournalEntry, CaseResponse> answered(DispatchLog journal, List<JournalEntry> followUps) {
        Map<JournalEntry, CaseResponse> answered = new LinkedHashMap<>();
        for (JournalEntry letter : followUps) {
            journal.response(letter.row().caseId()).ifPresent(answer -> answered.put(letter, answer));
        }
        return answered;
    }

    private static RecipientOutcome outcome(JournalEntry delivered) {
        long row = delivered.row().number();
        return AddressCheck.check(delivered.row().address())
                .map(problem -> RecipientOutcome.of(row, delivered.recipient(), problem.reason(), problem.message()))
                .orElseGet(() -> RecipientOutcome.of(row, delivered.recipient(), ReasonCode.NOT_ANSWERED,
                        "Goes on paper unless the case answers before it is due."));
    }
}
