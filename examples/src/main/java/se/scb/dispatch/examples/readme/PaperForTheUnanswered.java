package se.scb.dispatch.examples.readme;

import java.time.Duration;
import java.time.Instant;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.SendReport;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.template.MessageTemplate;

/** A reminder on paper to those who have not answered ten days after their digital letter (README, "Paper"). */
public final class PaperForTheUnanswered {

    private PaperForTheUnanswered() {
    }

    /** Sends digitally, with a paper follow-up planned for every case that has not answered within ten days. */
    public static SendReport sendWithFollowUp(Dispatcher dispatcher, PopulationSource sample, MessageTemplate template) {
        // tag::follow-up[]
        DispatchOptions options = DispatchOptions.named("AKU v49").paperIfUnansweredAfter(Duration.ofDays(10));
        // end::follow-up[]
        return dispatcher.send(sample, template, options);
    }

    /** What the product system calls when a case answers: that case gets no paper follow-up. */
    public static void answered(Dispatcher dispatcher, String caseId) {
        // tag::response[]
        dispatcher.recordResponse(caseId, Instant.now(), "web");
        // end::response[]
    }
}
