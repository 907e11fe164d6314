package se.scb.dispatch.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import se.scb.dispatch.check.internal.AddressCheck;
import se.scb.dispatch.check.internal.RowChecks;
import se.scb.dispatch.check.internal.RowVerdict;
import se.scb.dispatch.id.InvalidRecipientIdException;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.model.RecipientOutcome;
import se.scb.dispatch.population.PopulationReader;
import se.scb.dispatch.population.PopulationRow;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.routing.internal.Router;
import se.scb.dispatch.spi.OperatorCapabilities;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.RenderResult;
import se.scb.dispatch.template.RenderedMessage;
import se.scb.dispatch.validation.ValidationReport;

/**
 * Turns a population into a plan: one outcome per row. Validation and sending both run this, so
 * validation can never pass a row that sending would then fail on the same grounds.
 *
 * <p>Checks run in a fixed order and the first that fails decides the reason: the checks per row
 * ({@link RowChecks}: malformed row, recipient id, duplicate, variables), then routing, then content
 * size (digital) or address (paper).
 * Rows stream through; only the rows waiting for the next directory call are held.
 */
public final class Planner {

    private final Router router;
    private final OperatorCapabilities capabilities;
    private final Clock clock;

    public Planner(Router router, OperatorCapabilities capabilities, Clock clock) {
        this.router = Objects.requireNonNull(router, "router");
        this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Plans every row of the source, handing each entry to {@code sink} in row order.
     *
     * @param paperOnly true when the dispatch asks for paper for everyone (no directory lookup is made)
     */
    public ValidationReport plan(PopulationSource source, MessageTemplate template, boolean paperOnly, Consumer<PlanEntry> sink) {
        ValidationReport.Tally tally = new ValidationReport.Tally();
        Consumer<PlanEntry> counted = entry -> {
            tally.add(entry.outcome());
            sink.accept(entry);
        };
        Pass pass = new Pass(template, paperOnly, counted);
        try (PopulationReader reader = source.open()) {
            while (reader.hasNext()) {
                pass.accept(reader.next());
            }
            pass.flush();
        }
        return tally.report();
    }

    /** The state of one pass over the population. */
    private final class Pass {
        private final MessageTemplate template;
        private final boolean paperOnly;
        private final Consumer<PlanEntry> sink;
        private final RowChecks checks;
        /** Rows in source order since the last directory call; decided rows wait here to keep the order. */
        private final List<Pending> waiting = new ArrayList<>();
        private int awaitingLookup;

        Pass(MessageTemplate template, boolean paperOnly, Consumer<PlanEntry> sink) {
            this.template = template;
            this.paperOnly = paperOnly;
            this.checks = new RowChecks(template, capabilities, clock);
            this.sink = sink;
        }

        void accept(PopulationRow row) {
            RowVerdict verdict = checks.check(row);
            Pending pending = new Pending(row, verdict);
            waiting.add(pending);
            if (pending.decided == null) {
                awaitingLookup++;
            }
            // A long run of failed rows must not grow the buffer without bound either.
            if (awaitingLookup >= router.batchSize() || waiting.size() >= 4 * router.batchSize()) {
                flush();
            }
        }

        void flush() {
            List<Pending> toRoute = waiting.stream().filter(pending -> pending.decided == null).toList();
            if (!paperOnly && !toRoute.isEmpty()) {
                List<Reachability> answers = router.lookup(template.sender().organisationNumber(),
                        toRoute.stream().map(pending -> pending.recipient).toList());
                for (int i = 0; i < toRoute.size(); i++) {
                    toRoute.get(i).reachability = answers.get(i);
                }
            }
            for (Pending pending : waiting) {
                sink.accept(new PlanEntry(pending.row, pending.decided != null ? pending.decided : route(pending),
                        Optional.ofNullable(pending.reachability)));
            }
            waiting.clear();
            awaitingLookup = 0;
        }

        private RecipientOutcome route(Pending pending) {
            long number = pending.row.number();
            Optional<RecipientId> known = Optional.of(pending.recipient);
            if (paperOnly) {
                return onPaper(pending, ReasonCode.PAPER_ONLY, "The dispatch sends this letter on paper.");
            }
            Reachability answer = pending.reachability;
            switch (answer.status()) {
                case REACHABLE:
                    return pending.verdict.contentProblem()
                            .map(problem -> RecipientOutcome.of(number, known, ReasonCode.CONTENT_TOO_LARGE, problem))
                            .orElseGet(() -> RecipientOutcome.digital(number, pending.recipient, answer.mailbox().orElseThrow()));
                case SENDER_BLOCKED:
                    return onPaper(pending, ReasonCode.SENDER_BLOCKED, "The recipient's mailbox" + atOperator(answer)
                            + " does not accept letters from this sender" + since(answer) + ".");
                case PENDING:
                    return onPaper(pending, ReasonCode.MAILBOX_PENDING, "The recipient's mailbox" + atOperator(answer) + " is not yet open.");
                case NO_MAILBOX:
                default:
                    return onPaper(pending, ReasonCode.NO_MAILBOX, "The recipient has no digital mailbox.");
            }
        }

        private static String atOperator(Reachability answer) {
            return answer.mailbox().map(mailbox -> " at " + mailbox.operatorName()).orElse("");
        }

        /** Since when, as a date in Swedish time, when the directory said. */
        private static String since(Reachability answer) {
            return answer.senderAcceptChangedAt().map(at -> " since " + LocalDate.ofInstant(at, RecipientId.SWEDEN)).orElse("");
        }

        private RecipientOutcome onPaper(Pending pending, ReasonCode reason, String message) {
            long number = pending.row.number();
            Optional<RecipientId> known = Optional.of(pending.recipient);
            return AddressCheck.check(pending.row.address())
                    .map(problem -> RecipientOutcome.of(number, known, problem.reason(), problem.message()))
                    .or(() -> pending.verdict.paperProblem().map(problem -> RecipientOutcome.of(number, known, ReasonCode.CONTENT_TOO_LARGE, problem)))
                    .orElseGet(() -> RecipientOutcome.of(number, known, reason, message));
        }
    }

    /** A row on its way through the pass: either decided already, or waiting for its directory answer. */
    private static final class Pending {
        final PopulationRow row;
        final RecipientOutcome decided;
        final RecipientId recipient;
        final RowVerdict verdict;
        Reachability reachability;

        Pending(PopulationRow row, RowVerdict verdict) {
            this.row = row;
            this.verdict = verdict;
            this.decided = verdict.failure().orElse(null);
            this.recipient = decided == null ? verdict.recipient() : null;
        }
    }
}
