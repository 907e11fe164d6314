package se.scb.dispatch.examples.readme;

import java.io.PrintStream;
import java.util.stream.Stream;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.DispatchLog;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.LetterQuery;
import se.scb.dispatch.model.ReasonCode;

/** Reading results after a send: the recipients who got paper, and why (README, "The journal, history and resume"). */
public final class WhoGotPaper {

    private WhoGotPaper() {
    }

    /** Prints one line per letter handed to paper: its row, the masked recipient and the reason. */
    public static void list(DispatchLog dispatchLog, String dispatchId, PrintStream out) {
        // tag::paper[]
        try (Stream<JournalEntry> paper = dispatchLog.allLetters(dispatchId, LetterQuery.all().inStates(DeliveryState.HANDED_TO_PAPER))) {
            paper.forEach(letter -> out.println(letter.row().number() + " " + letter.recipient().map(RecipientId::masked).orElse("-")
                    + " " + letter.reason().map(ReasonCode::name).orElse("")));
        }
        // end::paper[]
    }
}
