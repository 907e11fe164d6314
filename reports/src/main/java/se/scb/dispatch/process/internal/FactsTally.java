package se.scb.dispatch.process.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.scb.dispatch.process.Fact;
import se.scb.dispatch.process.FactFigure;
import se.scb.dispatch.process.ProcessFacts;
import se.scb.dispatch.spi.ProcessEvent;

/** Counts the facts of one group of letters as they stream past. */
final class FactsTally {

    private final Set<ProcessEvent.Kind> operatorEvents;
    private final Map<Fact, Long> counts = new EnumMap<>(Fact.class);
    private long letters;
    private long digital;
    private long deliveredDigitally;
    private long withCase;
    private final DurationTally toOpen = new DurationTally();
    private final DurationTally toResponse = new DurationTally();

    FactsTally(Set<ProcessEvent.Kind> operatorEvents) {
        this.operatorEvents = operatorEvents;
    }

    void add(LetterFacts letter) {
        letters++;
        digital += letter.plannedDigital() ? 1 : 0;
        withCase += letter.hasCase() ? 1 : 0;
        Optional<Instant> deliveredAt = letter.deliveredAt();
        deliveredDigitally += deliveredAt.isPresent() ? 1 : 0;
        for (Fact fact : Fact.values()) {
            if (letter.holds(fact)) {
                counts.merge(fact, 1L, Long::sum);
            }
        }
        deliveredAt.ifPresent(delivered -> {
            letter.openedAt().ifPresent(opened -> toOpen.add(Duration.between(delivered, opened)));
            letter.respondedAt().ifPresent(responded -> toResponse.add(Duration.between(delivered, responded)));
        });
    }

    ProcessFacts facts() {
        Map<Fact, FactFigure> figures = new EnumMap<>(Fact.class);
        for (Fact fact : Fact.values()) {
            figures.put(fact, figure(fact));
        }
        return new ProcessFacts(letters, figures, toOpen.figures(), toResponse.figures());
    }

    private FactFigure figure(Fact fact) {
        long count = counts.getOrDefault(fact, 0L);
        return switch (fact) {
            case DELIVERED -> FactFigure.of(count, digital);
            case BLOCKED -> FactFigure.of(count, letters);
            // The survey's own facts exist only where letters carry the case ids the product system reports on.
            case LOGGED_IN, RESPONDED -> withCase == 0 ? FactFigure.notProvided() : FactFigure.of(count, withCase);
            default -> fact.fromOperator().filter(operatorEvents::contains).isPresent()
                    ? FactFigure.of(count, deliveredDigitally)
                    : FactFigure.notProvided();
        };
    }
}
