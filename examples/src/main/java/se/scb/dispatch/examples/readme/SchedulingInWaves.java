package se.scb.dispatch.examples.readme;

import java.time.Duration;
import java.time.Instant;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.PlannedDispatch;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.model.Schedule;
import se.scb.dispatch.model.SendingWindow;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.template.MessageTemplate;

/** A dispatch planned now and sent later, paced and in waves (README, "Scheduling and pacing"). */
public final class SchedulingInWaves {

    private SchedulingInWaves() {
    }

    /** Plans the dispatch to start at {@code start}, starts sending in the background, and pauses it again at once. */
    public static PlannedDispatch planStartAndPause(Dispatcher dispatcher, PopulationSource sample, MessageTemplate template, Instant start) {
        // tag::schedule[]
        Schedule schedule = Schedule.immediately()
                .startingAt(start)
                .atMostPerMinute(600)                             // for all runners together
                .within(SendingWindow.weekdays(9, 17))            // Europe/Stockholm
                .inWaves(3, Duration.ofDays(1));                  // a third each day, picked at random
        PlannedDispatch planned = dispatcher.schedule(sample, template, DispatchOptions.named("AKU v49").schedule(schedule));
        dispatcher.start();                                       // sends in the background until close()
        dispatcher.pause(planned.dispatchId());                   // resume(...), cancel(...): sent letters stay sent
        // end::schedule[]
        return planned;
    }
}
