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
import se.scb.dispatch.experiment.Experiment;
import se.scb.dispatch.experiment.internal.ArmAssigner;
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
        return plan(source, template, paperOnly, Optional.empty(), sink);
    }

    /**
     * Plans every row of the source as {@link #plan(PopulationSource, MessageTemplate, boolean, Consumer)}, giving the rows
     * that take part in the experiment their arm, whose channel and template then apply to the row.
     *
     * <p>Which rows take part: every row whose recipient id is valid and not a repeat of an earlier row's, drawn in row
     * order as the checks reach it. The arm is drawn before the letter is checked, because the arm decides which
     * template's variables the row must fill; so a row that then fails (a variable its arm's template needs, an address
     * its paper-only arm cannot do without) keeps its arm and counts against it, as an intention-to-treat analysis
     * wants. Malformed rows, invalid ids and repeated recipients get no arm: they are not recipients to compare.
     *
     * @throws se.scb.dispatch.config.InvalidConfigurationException when a stratum is not a column of the population
     */
    public ValidationReport plan(PopulationSource source, MessageTemplate template, boolean paperOnly, Optional<Experiment> experiment,
            Consumer<PlanEntry> sink) {
        return plan(source, template, paperOnly, experiment, 0, row -> {
        }, new ValidationReport.Tally(), sink);
    }

    /**
     * Plans the rows of the source after row {@code alreadyPlanned}, as {@link #plan(PopulationSource, MessageTemplate, boolean,
     * Optional, Consumer)} would plan them in a pass over the whole source: the rows up to it are read again and go through
     * their checks, which is what makes a later row a repeated recipient or gives it its arm, but are neither looked up nor
     * handed to {@code sink}; each goes to {@code replayed} instead. Planning is deterministic in row order, so a plan cut
     * short and continued this way is the plan a pass without the interruption makes (message ids aside).
     *
     * @param tally counts the rows planned here, added to what it holds
     */
    public ValidationReport plan(PopulationSource source, MessageTemplate template, boolean paperOnly, Optional<Experiment> experiment,
            long alreadyPlanned, Consumer<PopulationRow> replayed, ValidationReport.Tally tally, Consumer<PlanEntry> sink) {
        Consumer<PlanEntry> counted = entry -> {
            tally.add(entry.outcome(), entry.arm().map(Experiment.Arm::name));
            sink.accept(entry);
        };
        try (PopulationReader reader = source.open()) {
            Pass pass = new Pass(template, paperOnly, experiment.map(each -> assigner(each, reader)), counted);
            while (reader.hasNext()) {
                PopulationRow row = reader.next();
                if (row.number() <= alreadyPlanned) {
                    pass.replay(row);
                    replayed.accept(row);
                } else {
                    pass.accept(row);
                }
            }
            pass.flush();
        }
        return tally.report();
    }

    /**
     * Checks that the population has every column the experiment's strata name, reading no more than its first row.
     *
     * @throws se.scb.dispatch.config.InvalidConfigurationException naming the strata it lacks
     */
    public void checkStrata(PopulationSource source, Experiment experiment) {
        try (PopulationReader reader = source.open()) {
            assigner(experiment, reader);
        }
    }

    /** The pass's assigner; the first row is read first, as a source without a header learns its columns from its rows. */
    private ArmAssigner assigner(Experiment experiment, PopulationReader reader) {
        reader.hasNext();
        return ArmAssigner.forPass(experiment, reader.columns(), LocalDate.now(clock.withZone(RecipientId.SWEDEN)));
    }

    /** The state of one pass over the population. */
    private final class Pass {
        private final MessageTemplate template;
        private final boolean paperOnly;
        private final Consumer<PlanEntry> sink;
        private final RowChecks checks;
        private final Optional<ArmAssigner> arms;
        /** The arm the checks drew for the row being checked, if it took part. */
        private Experiment.Arm drawn;
        /** Rows in source order since the last directory call; decided rows wait here to keep the order. */
        private final List<Pending> waiting = new ArrayList<>();
        private int awaitingLookup;

        Pass(MessageTemplate template, boolean paperOnly, Optional<ArmAssigner> arms, Consumer<PlanEntry> sink) {
            this.template = template;
            this.paperOnly = paperOnly;
            this.arms = arms;
            this.checks = new RowChecks(template, capabilities, clock);
            this.sink = sink;
        }

        /** A row planned before: checked, so the rows after it are checked as they were in the pass that planned it, and dropped. */
        void replay(PopulationRow row) {
            drawn = null;
            if (arms.isEmpty()) {
                checks.check(row);
            } else {
                checks.check(row, this::letterOf);
            }
        }

        void accept(PopulationRow row) {
            drawn = null;
            RowVerdict verdict = arms.isEmpty() ? checks.check(row) : checks.check(row, this::letterOf);
            Pending pending = new Pending(row, verdict, Optional.ofNullable(drawn));
            waiting.add(pending);
            if (pending.decided == null) {
                awaitingLookup++;
            }
            // A long run of failed rows must not grow the buffer without bound either.
            if (awaitingLookup >= router.batchSize() || waiting.size() >= 4 * router.batchSize()) {
                flush();
            }
        }

        /** Draws the row's arm (the checks ask only for rows that take part) and gives the template it sends. */
        private MessageTemplate letterOf(PopulationRow row, RecipientId recipient) {
            drawn = arms.orElseThrow().next(row, recipient);
            return drawn.template().orElse(template);
        }

        void flush() {
            List<Pending> toRoute = waiting.stream().filter(pending -> pending.decided == null && !pending.paperOnlyArm()).toList();
            if (!paperOnly && !toRoute.isEmpty()) {
                List<Reachability> answers = router.lookup(template.sender().organisationNumber(),
                        toRoute.stream().map(pending -> pending.recipient).toList());
                for (int i = 0; i < toRoute.size(); i++) {
                    toRoute.get(i).reachability = answers.get(i);
                }
            }
            for (Pending pending : waiting) {
                sink.accept(new PlanEntry(pending.row, pending.decided != null ? pending.decided : route(pending),
                        Optional.ofNullable(pending.reachability), pending.arm));
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
            if (pending.paperOnlyArm()) {
                return onPaper(pending, ReasonCode.PAPER_ONLY, "The experiment's arm '" + pending.arm.orElseThrow().name() + "' sends this letter on paper.");
            }
            Reachability answer = pending.reachability;
            switch (answer.status()) {
                case REACHABLE:
                    return pending.verdict.contentProblem()
                            .map(problem -> RecipientOutcome.of(number, known, ReasonCode.CONTENT_TOO_LARGE, problem))
                            .orElseGet(() -> RecipientOutcome.digital(number, pending.recipient, answer.mailbox().orElseThrow()));
                default:
                    return onPaper(pending, Router.paperReason(answer.status()), paperSentence(answer));
            }
        }

        /** What the directory's answer means for the letter, in a sentence: why it goes on paper. */
        private static String paperSentence(Reachability answer) {
            return switch (answer.status()) {
                case SENDER_BLOCKED -> "The recipient's mailbox" + atOperator(answer) + " does not accept letters from this sender"
                        + since(answer) + ".";
                case PENDING -> "The recipient's mailbox" + atOperator(answer) + " is not yet open.";
                default -> "The recipient has no digital mailbox.";
            };
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
        final Optional<Experiment.Arm> arm;
        Reachability reachability;

        Pending(PopulationRow row, RowVerdict verdict, Optional<Experiment.Arm> arm) {
            this.row = row;
            this.verdict = verdict;
            this.arm = arm;
            this.decided = verdict.failure().orElse(null);
            this.recipient = decided == null ? verdict.recipient() : null;
        }

        /** Whether the row's experiment arm sends it on paper, without asking the directory. */
        boolean paperOnlyArm() {
            return arm.filter(Experiment.Arm::paperOnly).isPresent();
        }
    }
}
