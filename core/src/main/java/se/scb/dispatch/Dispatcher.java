package se.scb.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.scb.dispatch.coverage.Coverage;
import se.scb.dispatch.coverage.CoverageOptions;
import se.scb.dispatch.coverage.CoverageReport;
import se.scb.dispatch.experiment.Experiment;
import se.scb.dispatch.id.IdentityNumbers;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.journal.CaseEvent;
import se.scb.dispatch.journal.CaseResponse;
import se.scb.dispatch.journal.DispatchLog;
import se.scb.dispatch.journal.DispatchRecord;
import se.scb.dispatch.journal.DispatchState;
import se.scb.dispatch.journal.DispatchStatus;
import se.scb.dispatch.journal.DispatchSummary;
import se.scb.dispatch.journal.HistoryQuery;
import se.scb.dispatch.journal.Journal;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.journal.LetterQuery;
import se.scb.dispatch.journal.internal.JournalCodec;
import se.scb.dispatch.journal.internal.JournalStore;
import se.scb.dispatch.journal.internal.PlanProgress;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.model.Outcome;
import se.scb.dispatch.model.RecipientOutcome;
import se.scb.dispatch.plan.internal.PlanEntry;
import se.scb.dispatch.plan.internal.PlanParts;
import se.scb.dispatch.plan.internal.PlanStoppedException;
import se.scb.dispatch.plan.internal.Planner;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.preview.PreviewOptions;
import se.scb.dispatch.preview.PreviewReport;
import se.scb.dispatch.preview.internal.Previewer;
import se.scb.dispatch.routing.internal.Router;
import se.scb.dispatch.run.DispatchListener;
import se.scb.dispatch.run.RunSettings;
import se.scb.dispatch.run.SendProgress;
import se.scb.dispatch.run.internal.DaemonThreads;
import se.scb.dispatch.run.internal.DeliveryRunner;
import se.scb.dispatch.run.internal.ProcessEventPoller;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.OperatorCapabilities;
import se.scb.dispatch.spi.PaperChannel;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.RecipientDirectory;
import se.scb.dispatch.spi.internal.ProviderDiscovery;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.Sender;
import se.scb.dispatch.validation.ValidationReport;

/**
 * The Dispatch API: preview a population against a template, validate who will get digital mail,
 * who paper and who nothing, and send. Preview, validation and sending are one pipeline stopped at
 * different points, so sending never fails a row that validation passed on grounds it could have seen.
 *
 * <pre>{@code
 * Dispatcher dispatcher = Dispatcher.builder().build();          // providers found on the class path
 * ValidationReport report = dispatcher.validate(population, template, DispatchOptions.named("Invitation"));
 * SendReport sent = dispatcher.send(population, template, DispatchOptions.named("Invitation"));
 * }</pre>
 *
 * <p>Thread-safe: one dispatcher can serve several dispatches at once.
 */
public final class Dispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    /** How often a started dispatcher asks the operator for process events: operators publish them in minutes, not seconds. */
    private static final Duration EVENT_POLL = Duration.ofMinutes(1);

    private final RecipientDirectory directory;
    private final MailboxOperator operator;
    private final PaperChannel paperChannel;
    private final JournalStore journal;
    private final Clock clock;
    private final RunSettings runSettings;
    private final DispatchListener listener;
    private final DispatchControl control;
    /** The providers discovery made for this dispatcher (not those given in code): closed with it. */
    private final List<AutoCloseable> madeHere = new ArrayList<>();
    private DeliveryRunner runner;
    private ScheduledExecutorService background;

    private Dispatcher(Builder builder) {
        ProviderDiscovery discovery = ProviderDiscovery.onClassPath();
        this.directory = closedWithThis(builder.directory, discovery.resolve(RecipientDirectory.class, Optional.ofNullable(builder.directory),
                builder.config));
        this.operator = closedWithThis(builder.operator, discovery.resolve(MailboxOperator.class, Optional.ofNullable(builder.operator),
                builder.config));
        this.paperChannel = closedWithThis(builder.paperChannel, discovery.resolve(PaperChannel.class, Optional.ofNullable(builder.paperChannel),
                builder.config));
        this.clock = builder.clock;
        this.journal = JournalStore.of(builder.journal != null ? builder.journal : Journal.inMemory());
        this.runSettings = builder.runSettings;
        this.listener = new Listeners(List.copyOf(builder.listeners));
        this.control = DispatchControl.of(journal, clock);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Remembers a provider discovery made (none was given in code) so that {@link #close()} ends its threads and connections. */
    private <T> T closedWithThis(T given, T resolved) {
        if (given == null && resolved instanceof AutoCloseable closeable && madeHere.stream().noneMatch(each -> each == closeable)) {
            madeHere.add(closeable);
        }
        return resolved;
    }

    /** Describes the population against the template: variables, values, what is missing, rendered samples. */
    public PreviewReport preview(PopulationSource population, MessageTemplate template, PreviewOptions options) {
        return new Previewer(clock).preview(population, template, options);
    }

    public PreviewReport preview(PopulationSource population, MessageTemplate template) {
        return preview(population, template, PreviewOptions.defaults());
    }

    /**
     * Decides every row's outcome, as sending would, without sending anything or writing to the journal.
     * Each row's outcome goes to the listeners, in row order.
     */
    public ValidationReport validate(PopulationSource population, MessageTemplate template, DispatchOptions options) {
        return validate(population, template, options, outcome -> {
        });
    }

    /** As {@link #validate(PopulationSource, MessageTemplate, DispatchOptions)}, also handing each outcome to {@code each}. */
    public ValidationReport validate(PopulationSource population, MessageTemplate template, DispatchOptions options,
            Consumer<RecipientOutcome> each) {
        Objects.requireNonNull(each, "each");
        return validate(population, template, options, Optional.empty(), (outcome, arm) -> each.accept(outcome));
    }

    /**
     * Validates as {@link #validate(PopulationSource, MessageTemplate, DispatchOptions)} with the rows given the arms
     * sending would give them (the same seed, file and population give the same arms, on the same day: the age group
     * counts age on the day), each arm's channel and template applied; the report counts each arm's rows
     * ({@link ValidationReport#arms()}).
     *
     * @throws se.scb.dispatch.config.InvalidConfigurationException when a stratum is not a column of the population
     */
    public ValidationReport validate(PopulationSource population, MessageTemplate template, DispatchOptions options, Experiment experiment) {
        return validate(population, template, options, Optional.of(experiment), (outcome, arm) -> {
        });
    }

    /**
     * As {@link #validate(PopulationSource, MessageTemplate, DispatchOptions, Experiment)}, also handing each outcome to
     * {@code each}, in row order, with the arm the row was given (empty for a row that takes no part: see
     * {@link ValidationReport#arms()}).
     */
    public ValidationReport validate(PopulationSource population, MessageTemplate template, DispatchOptions options, Experiment experiment,
            BiConsumer<RecipientOutcome, Optional<String>> each) {
        return validate(population, template, options, Optional.of(experiment), each);
    }

    private ValidationReport validate(PopulationSource population, MessageTemplate template, DispatchOptions options, Optional<Experiment> experiment,
            BiConsumer<RecipientOutcome, Optional<String>> each) {
        Objects.requireNonNull(each, "each");
        return planner().plan(population, template, options.paperOnly(), experiment, entry -> {
            listener.planned(entry.outcome());
            each.accept(entry.outcome(), entry.arm().map(Experiment.Arm::name));
        });
    }

    /**
     * Who has a digital mailbox among the population's valid recipients, by sex, age group and the columns
     * asked for, before anything is sent: the rows go through the same checks and directory lookup as
     * validation (so a row that fails its checks, or repeats a recipient, is not counted), nothing is
     * written. Counted from the directory's answers, so a blocked recipient whose address is also bad still
     * counts as blocked.
     */
    public CoverageReport coverage(PopulationSource population, CoverageOptions options) {
        LocalDate asOf = options.asOf().orElseGet(() -> LocalDate.now(clock.withZone(RecipientId.SWEDEN)));
        Coverage tally = Coverage.tally(options.columns(), options.ageGroups(), asOf);
        // A letter without variables, so that no row fails for the template: coverage asks about recipients, not letters.
        MessageTemplate lookupOnly = MessageTemplate.builder().sender(new Sender(options.sender(), "Coverage"))
                .subject("Coverage").text("Coverage").build();
        planner().plan(population, lookupOnly, false, entry -> entry.reachability()
                .ifPresent(answer -> tally.add(answer.recipient(), answer.status(), entry.row().variables())));
        return tally.report();
    }

    /**
     * Plans the dispatch into the journal and returns its id and counts; its letters go out as they fall due,
     * sent by {@link #start()}, {@link #runDueWork()} or {@link #awaitSettled(String)}, here or in
     * any process that shares the journal.
     */
    public PlannedDispatch schedule(PopulationSource population, MessageTemplate template, DispatchOptions options) {
        return schedule(population, template, options, Optional.empty());
    }

    /**
     * Plans the dispatch as {@link #schedule(PopulationSource, MessageTemplate, DispatchOptions)}, each row that takes part
     * given its experiment arm as {@link #validate(PopulationSource, MessageTemplate, DispatchOptions, Experiment) validation}
     * gives it; the journal keeps the experiment ({@link se.scb.dispatch.journal.DispatchLog#experiment}) and each letter's arm.
     *
     * @throws se.scb.dispatch.config.InvalidConfigurationException when a stratum is not a column of the population; nothing is written then
     */
    public PlannedDispatch schedule(PopulationSource population, MessageTemplate template, DispatchOptions options, Experiment experiment) {
        return schedule(population, template, options, Optional.of(experiment));
    }

    private PlannedDispatch schedule(PopulationSource population, MessageTemplate template, DispatchOptions options, Optional<Experiment> experiment) {
        PlanRun plan = newPlan(population, template, options, experiment);
        return new PlannedDispatch(plan.dispatchId(), plan.call());
    }

    /**
     * Plans the dispatch and sends every letter as it falls due; returns when all have settled (or
     * the dispatch was paused or cancelled meanwhile). With waves or sending windows this waits
     * for them: use {@link #schedule} and {@link #start()} to send in the background instead.
     *
     * <p>Sending starts while the plan is still being written: the plan is written in parts, and the letters of each
     * part go out as soon as it is in the journal. A plan cut short (the process dies) has sent only letters of whole
     * parts, and the dispatch cannot complete until {@link #continueSending} or {@link #continuePlan} has planned the
     * rest from the same source.
     */
    public SendReport send(PopulationSource population, MessageTemplate template, DispatchOptions options) {
        return planWhileSending(newPlan(population, template, options, Optional.empty()));
    }

    /**
     * Plans the dispatch with its experiment, as {@link #schedule(PopulationSource, MessageTemplate, DispatchOptions, Experiment)},
     * and sends every letter as it falls due (an arm's send time included), while the plan is being written, as
     * {@link #send(PopulationSource, MessageTemplate, DispatchOptions)}; returns when all have settled.
     */
    public SendReport send(PopulationSource population, MessageTemplate template, DispatchOptions options, Experiment experiment) {
        return planWhileSending(newPlan(population, template, options, Optional.of(experiment)));
    }

    /**
     * Finishes the plan of a dispatch whose planning was cut short (the process died while writing it), from the row
     * after the last one in the journal; returns the whole plan's counts. The source must be the one it was planned
     * from: its rows up to the last one planned are read again, checked (a later row may repeat a recipient of theirs)
     * and must hash to the fingerprint the journal keeps, or nothing is written. A dispatch whose plan is complete is
     * left as it is.
     *
     * @throws IllegalArgumentException when the source is not the one the dispatch was planned from, or the id is unknown
     * @throws IllegalStateException    when the dispatch was cut short by a version that planned without parts (nothing of
     *                                  it was sent: cancel it and send it again), or it is cancelled
     */
    public PlannedDispatch continuePlan(String dispatchId, PopulationSource population) {
        return continued(dispatchId, population).map(plan -> new PlannedDispatch(dispatchId, plan.call()))
                .orElseGet(() -> new PlannedDispatch(dispatchId, plannedSoFar(dispatchId)));
    }

    /**
     * As {@link #continuePlan}, sending meanwhile: the letters already planned go out at once, the rest as their parts
     * are written; returns when every letter has settled, as {@link #send(PopulationSource, MessageTemplate, DispatchOptions)}.
     */
    public SendReport continueSending(String dispatchId, PopulationSource population) {
        Optional<PlanRun> plan = continued(dispatchId, population);
        if (plan.isPresent()) {
            return planWhileSending(plan.get());
        }
        return new SendReport(dispatchId, plannedSoFar(dispatchId), awaitSettled(dispatchId));
    }

    /** Makes the dispatch in the journal and the plan that fills it; the plan runs when called. */
    private PlanRun newPlan(PopulationSource population, MessageTemplate template, DispatchOptions options, Optional<Experiment> experiment) {
        // Before the dispatch is written, so that a stratum the population lacks leaves no half-made dispatch behind.
        experiment.ifPresent(each -> planner().checkStrata(population, each));
        String dispatchId = UUID.randomUUID().toString();
        Instant plannedAt = clock.instant();
        journal.createDispatch(new DispatchRecord(dispatchId, options, template.sender().organisationNumber().canonical(), template.subject(),
                JournalCodec.template(template), DispatchState.PLANNING, plannedAt, Optional.empty()));
        experiment.ifPresent(each -> journal.recordExperiment(dispatchId, each));
        PlanParts parts = new PlanParts(journal, dispatchId, options.schedule(), plannedAt, PlanParts.notBegun());
        return new PlanRun(dispatchId, options.name(), population, template, options, experiment, parts, new ValidationReport.Tally());
    }

    /** The rest of a plan cut short, or empty when the plan is complete. */
    private Optional<PlanRun> continued(String dispatchId, PopulationSource population) {
        DispatchRecord dispatch = journal.dispatch(dispatchId)
                .orElseThrow(() -> new IllegalArgumentException("No dispatch with id " + dispatchId + " in the journal."));
        Optional<PlanProgress> progress = journal.planProgress(dispatchId);
        if (progress.isEmpty()) {
            if (dispatch.state() == DispatchState.PLANNING) {
                throw new IllegalStateException("Dispatch " + dispatchId + " was cut short while a version that plans in one piece was planning"
                        + " it: nothing of it was sent, and its plan cannot be continued. Cancel it and send it again.");
            }
            return Optional.empty();
        }
        if (progress.get().complete()) {
            return Optional.empty();
        }
        if (dispatch.state().isFinal()) {
            throw new IllegalStateException("Dispatch " + dispatchId + " is " + dispatch.state() + "; its plan is not continued.");
        }
        ValidationReport.Tally tally = plannedTally(dispatchId);
        PlanParts parts = new PlanParts(journal, dispatchId, dispatch.options().schedule(), dispatch.createdAt(), progress.get());
        LOG.info("Dispatch {} '{}': continuing its plan after row {}", dispatchId, dispatch.name(), progress.get().rowsPlanned());
        return Optional.of(new PlanRun(dispatchId, dispatch.name(), population, JournalCodec.template(dispatch.templateJson()), dispatch.options(),
                journal.experiment(dispatchId), parts, tally));
    }

    /** The plan's counts from the letters in the journal. */
    private ValidationReport plannedSoFar(String dispatchId) {
        return plannedTally(dispatchId).report();
    }

    private ValidationReport.Tally plannedTally(String dispatchId) {
        ValidationReport.Tally tally = new ValidationReport.Tally();
        try (Stream<JournalEntry> letters = journal.allLetters(dispatchId, LetterQuery.all())) {
            letters.forEach(letter -> tally.add(letter.plan(), letter.arm()));
        }
        return tally;
    }

    /**
     * Writes the plan on a thread of its own and sends in this one: the first letters go out once the plan's first
     * part is in the journal. When sending stops early (the dispatch was paused), the plan is still finished before
     * this returns; a plan that fails ends the sending of what it planned, and its failure is thrown here.
     */
    private SendReport planWhileSending(PlanRun plan) {
        ExecutorService planning = Executors.newSingleThreadExecutor(DaemonThreads.named("dispatch-planner"));
        try {
            Future<ValidationReport> report = planning.submit(plan);
            try {
                plan.parts().readyToSend().join();
            } catch (CompletionException wrongSource) {
                planned(report);    // throws what the planner found, before anything is sent
            }
            runner().runUntilSettled(plan.dispatchId(), () -> !report.isDone());
            return new SendReport(plan.dispatchId(), planned(report), journal.status(plan.dispatchId()));
        } finally {
            planning.shutdown();
        }
    }

    private static ValidationReport planned(Future<ValidationReport> report) {
        try {
            return report.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the plan was being written; it goes on in the background.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One pass of the planner that writes a dispatch's plan, or the rest of it, in parts. */
    private final class PlanRun implements Callable<ValidationReport> {
        private final String dispatchId;
        private final String name;
        private final PopulationSource population;
        private final MessageTemplate template;
        private final DispatchOptions options;
        private final Optional<Experiment> experiment;
        private final PlanParts parts;
        private final ValidationReport.Tally tally;

        PlanRun(String dispatchId, String name, PopulationSource population, MessageTemplate template, DispatchOptions options,
                Optional<Experiment> experiment, PlanParts parts, ValidationReport.Tally tally) {
            this.dispatchId = dispatchId;
            this.name = name;
            this.population = population;
            this.template = template;
            this.options = options;
            this.experiment = experiment;
            this.parts = parts;
            this.tally = tally;
        }

        String dispatchId() {
            return dispatchId;
        }

        PlanParts parts() {
            return parts;
        }

        @Override
        public ValidationReport call() {
            try {
                ValidationReport plan = planner().plan(population, template, options.paperOnly(), experiment, parts.alreadyPlanned(),
                        parts::replayed, tally, (PlanEntry entry) -> {
                            listener.planned(entry.outcome());
                            parts.accept(entry);
                        });
                parts.finish();
                LOG.info("Dispatch {} '{}' planned: {} rows, {} digital, {} paper, {} failed", dispatchId, name, plan.total(),
                        plan.count(Outcome.DIGITAL), plan.count(Outcome.PAPER), plan.count(Outcome.FAILED));
                return plan;
            } catch (PlanStoppedException e) {
                LOG.info(e.getMessage());
                return tally.report();
            } finally {
                parts.stopped();
            }
        }
    }

    /** Sends one dispatch's letters as they fall due, in this thread, until every letter has settled or it stops sending. */
    public DispatchStatus awaitSettled(String dispatchId) {
        return runner().runUntilSettled(dispatchId);
    }

    /** Sends whatever is due now in every sending dispatch of the journal, in this thread; returns when nothing more is due. */
    public void runDueWork() {
        runner().runDueWork();
    }

    /**
     * Starts sending in the background: a thread that sends what falls due in every sending
     * dispatch of the journal until {@link #close()}.
     */
    public synchronized void start() {
        if (background != null) {
            throw new IllegalStateException("This dispatcher is already running in the background.");
        }
        // Made here, not in the background thread: close() holds this object's lock while it waits for that thread.
        DeliveryRunner sending = runner();
        background = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("dispatch-runner"));
        background.scheduleWithFixedDelay(() -> {
            try {
                sending.runDueWork();
            } catch (RuntimeException e) {
                LOG.error("The background runner failed a round and goes on with the next: {}", e.getMessage(), e);
            }
        }, 0, runSettings.idlePoll().toMillis(), TimeUnit.MILLISECONDS);
        background.scheduleWithFixedDelay(() -> {
            try {
                pollProcessEvents();
            } catch (RuntimeException e) {
                LOG.warn("Polling the operator's process events failed; trying again in {}: {}", EVENT_POLL, e.getMessage(), e);
            }
        }, 0, EVENT_POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Brings the operator's process events (delivered, opened …) into the journal, from where the journal's
     * cursor stopped; {@link #start()} does so every minute. Reading a page twice changes nothing.
     *
     * @return how many events the operator handed over
     */
    public int pollProcessEvents() {
        return new ProcessEventPoller(journal, operator, clock).poll();
    }

    /**
     * What this dispatcher's mailbox operator takes and can tell: its limits, and the process events it
     * reports (the figures of {@code dispatch-reports} say "not provided" for the others).
     */
    public OperatorCapabilities operatorCapabilities() {
        return operator.capabilities();
    }

    /**
     * Stops the background runner (letters in flight are answered first) and the lease heartbeat, and closes
     * the providers it found itself (those given to the builder are the caller's to close).
     */
    @Override
    public synchronized void close() {
        if (background != null) {
            background.shutdown();
            try {
                if (!background.awaitTermination(runSettings.deliveryTimeout().toMillis() * 2, TimeUnit.MILLISECONDS)) {
                    background.shutdownNow();
                }
            } catch (InterruptedException e) {
                background.shutdownNow();
                Thread.currentThread().interrupt();
            }
            background = null;
        }
        if (runner != null) {
            runner.close();
            runner = null;
        }
        closeProvidersMadeHere();
    }

    private void closeProvidersMadeHere() {
        for (AutoCloseable provider : madeHere) {
            try {
                provider.close();
            } catch (Exception e) {
                LOG.warn("Could not close the provider {}: {}", provider.getClass().getName(), IdentityNumbers.mask(String.valueOf(e.getMessage())));
            }
        }
        madeHere.clear();
    }

    /** Stops a dispatch from sending new letters until {@link #resume}; see {@link DispatchControl#pause}. */
    public boolean pause(String dispatchId) {
        return control.pause(dispatchId);
    }

    /** Lets a paused dispatch send again; see {@link DispatchControl#resume}. */
    public boolean resume(String dispatchId) {
        return control.resume(dispatchId);
    }

    /** Cancels a dispatch; see {@link DispatchControl#cancel}. */
    public int cancel(String dispatchId) {
        return control.cancel(dispatchId);
    }

    /** Whether nothing is left to do now; see {@link DispatchControl#isIdle}. */
    public boolean isIdle() {
        return control.isIdle();
    }

    /** Where a dispatch's letters stand. */
    public DispatchStatus status(String dispatchId) {
        return journal.status(dispatchId);
    }

    /** Dispatches newest first, with their counts and times. */
    public List<DispatchSummary> history(HistoryQuery query) {
        return journal.history(query);
    }

    /**
     * Records that a case has answered (for the product system to call): a paper follow-up skips the
     * cases that answered before their letter fell due.
     *
     * @param channel how the answer came, e.g. {@code web}, {@code phone}
     */
    public void recordResponse(String caseId, Instant at, String channel) {
        CaseResponse response = new CaseResponse(caseId, at, channel);
        recordCaseEvent(response.caseId(), CaseEvent.Kind.RESPONDED, response.at(), response.channel());
    }

    /**
     * Records what happened to a case on the survey's side (for the product system to call): logged in, started,
     * responded. Reports count them, and reminders skip the cases that responded. Each kind of a case is kept
     * once, with its earliest time, so a repeat changes nothing.
     *
     * @param channel how it came about, e.g. {@code web}, {@code sso} (single sign-on from the mailbox), {@code phone}
     */
    public void recordCaseEvent(String caseId, CaseEvent.Kind kind, Instant at, String channel) {
        control.recordCaseEvents(List.of(new CaseEvent(caseId, kind, at, channel)));
    }

    /** Records many case events at once; see {@link DispatchControl#recordCaseEvents}. */
    public List<String> recordCaseEvents(List<CaseEvent> events) {
        return control.recordCaseEvents(events);
    }

    /** Removes a dispatch's personal data from the journal; see {@link DispatchControl#purgePersonalData}. */
    public void purgePersonalData(String dispatchId) {
        control.purgePersonalData(dispatchId);
    }

    /**
     * The journal as users read it: dispatches, history, status, each letter and the dispatch log. Only
     * this dispatcher's planner and runner write to the journal.
     */
    public DispatchLog dispatchLog() {
        return journal;
    }

    private Planner planner() {
        return new Planner(new Router(directory), operator.capabilities(), clock);
    }

    private synchronized DeliveryRunner runner() {
        if (runner == null) {
            runner = new DeliveryRunner(journal, operator, paperChannel, runSettings, clock, listener, Optional.of(new Router(directory)));
        }
        return runner;
    }

    /** Builds a {@link Dispatcher}. Providers not given here are found by {@link ProviderDiscovery}. */
    public static final class Builder {
        private RecipientDirectory directory;
        private MailboxOperator operator;
        private PaperChannel paperChannel;
        private Journal journal;
        private Clock clock = Clock.systemUTC();
        private RunSettings runSettings = RunSettings.defaults();
        private ProviderConfig config = ProviderConfig.empty();
        private final List<DispatchListener> listeners = new ArrayList<>();

        private Builder() {
        }

        public Builder recipientDirectory(RecipientDirectory value) {
            this.directory = Objects.requireNonNull(value, "recipientDirectory");
            return this;
        }

        public Builder mailboxOperator(MailboxOperator value) {
            this.operator = Objects.requireNonNull(value, "mailboxOperator");
            return this;
        }

        public Builder paperChannel(PaperChannel value) {
            this.paperChannel = Objects.requireNonNull(value, "paperChannel");
            return this;
        }

        /**
         * Where dispatches are kept: {@link se.scb.dispatch.journal.jdbc.JdbcJournal} for a durable one; an
         * in-memory journal (no resume after a crash) when not given.
         */
        public Builder journal(Journal value) {
            this.journal = Objects.requireNonNull(value, "journal");
            return this;
        }

        /** The clock for "today" (identity-number centuries) and for journal times. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public Builder runSettings(RunSettings value) {
            this.runSettings = Objects.requireNonNull(value, "runSettings");
            return this;
        }

        /** Configuration for provider discovery and for the providers themselves (e.g. from a properties file). */
        public Builder config(ProviderConfig value) {
            this.config = Objects.requireNonNull(value, "config");
            return this;
        }

        public Builder listener(DispatchListener value) {
            listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /**
         * @throws se.scb.dispatch.spi.ProviderException when a provider cannot be found or chosen
         */
        public Dispatcher build() {
            return new Dispatcher(this);
        }
    }

    /** Hands every event to each listener in turn. */
    private static final class Listeners implements DispatchListener {
        private final List<DispatchListener> all;

        Listeners(List<DispatchListener> all) {
            this.all = all;
        }

        @Override
        public void planned(RecipientOutcome outcome) {
            all.forEach(each -> each.planned(outcome));
        }

        @Override
        public void progressed(SendProgress progress) {
            all.forEach(each -> each.progressed(progress));
        }
    }
}
