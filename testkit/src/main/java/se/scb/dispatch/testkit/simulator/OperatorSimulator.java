package se.scb.dispatch.testkit.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.function.Predicate;
import se.scb.dispatch.spi.AdapterThreads;

/**
 * An operator's HTTP endpoint on loopback, on the JDK's own HTTP server, that users and the project's
 * tests start to send real requests to: it answers in its protocol after a configured latency, and
 * misbehaves on purpose at configured rates ({@link FaultRates}); what it saw is in its
 * {@link #ledger()}. The protocols are in the subclasses. Close it when done.
 *
 * <p>Which fault a delivery meets is drawn from the seed, the letter's message id and the number of
 * the arrival, so a letter's fate does not depend on the order in which concurrent requests come in.
 */
public abstract class OperatorSimulator implements AutoCloseable {

    static {
        // The JDK server otherwise writes headers and a small body in two segments, and Nagle's algorithm holds
        // the second until the client's delayed ACK: about 40 ms an answer on loopback. Read once, when the server
        // class is first used; a value set by the user wins.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final int BACKLOG = 1_024;
    private static final Runnable NOTHING = () -> {
    };

    private final SimulatorSettings settings;
    private final HttpServer server;
    private final ExecutorService handlers;
    private final ScheduledExecutorService timer;
    private final Wire wire;
    private final DeliveryLedger ledger = new DeliveryLedger();
    private final List<byte[]> keptBodies = new ArrayList<>();

    OperatorSimulator(SimulatorSettings settings, String name) {
        this.settings = Objects.requireNonNull(settings, "settings");
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException("The " + name + " simulator could not listen on port " + settings.port(), e);
        }
        this.handlers = Executors.newFixedThreadPool(settings.threads(), AdapterThreads.daemonThreads(name + "-simulator"));
        ScheduledThreadPoolExecutor scheduled = new ScheduledThreadPoolExecutor(2, AdapterThreads.daemonThreads(name + "-simulator-timer"));
        scheduled.setRemoveOnCancelPolicy(true);
        this.timer = scheduled;
        this.wire = new Wire(timer, settings);
        server.setExecutor(handlers);
    }

    /** Where the simulator listens, e.g. {@code http://127.0.0.1:41234}. */
    public final URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public final int port() {
        return server.getAddress().getPort();
    }

    /** What the simulator saw and did. */
    public final DeliveryLedger ledger() {
        return ledger;
    }

    /** The first deliveries' request bodies, as many as {@link Builder#keepBodies} asked for (none by default), in arrival order. */
    public final List<byte[]> keptBodies() {
        synchronized (keptBodies) {
            return List.copyOf(keptBodies);
        }
    }

    /** Stops listening at once; requests under way are cut off. */
    @Override
    public void close() {
        server.stop(0);
        timer.shutdownNow();
        handlers.shutdownNow();
    }

    final void start() {
        server.start();
    }

    /** Serves requests to paths that start with {@code path}; a handler that throws answers with {@link #badRequest}. */
    final void serve(String path, ExchangeHandler handler) {
        HttpHandler guarded = exchange -> {
            try {
                if (!"POST".equals(exchange.getRequestMethod())) {
                    wire.send(exchange, Answer.of(405, "text/plain", "POST only"), NOTHING);
                    return;
                }
                handler.handle(exchange, exchange.getRequestBody().readAllBytes());
            } catch (IOException | RuntimeException e) {
                wire.send(exchange, badRequest(e.getClass().getSimpleName() + ": " + e.getMessage()), NOTHING);
            }
        };
        server.createContext(path, guarded);
    }

    /** Answers a request that is not a delivery (a token, a lookup) after the latency, without faults. */
    final void answer(HttpExchange exchange, Answer answer) {
        wire.send(exchange, answer, NOTHING);
    }

    /**
     * Answers a delivery: records its arrival, draws its fault, and either takes the letter and answers
     * {@code delivered} or answers with the fault. A letter already taken is taken again without a trace, as an
     * operator drops a repeat.
     */
    final void deliver(HttpExchange exchange, byte[] request, String messageId, String recipient, Answer delivered) {
        keep(request);
        int arrival = ledger.arrived(messageId);
        Optional<FaultKind> fault = faultFor(messageId, arrival);
        Runnable answeredDelivered = () -> ledger.answeredDelivered(messageId);
        if (fault.isEmpty()) {
            ledger.took(messageId, recipient);
            wire.send(exchange, delivered, answeredDelivered);
            return;
        }
        FaultKind kind = fault.get();
        ledger.injected(kind);
        if (kind.takesTheLetter()) {
            ledger.took(messageId, recipient);
        }
        switch (kind) {
            case SERVER_ERROR -> wire.send(exchange, serverError(), NOTHING);
            case TOO_MANY_REQUESTS -> wire.send(exchange, tooManyRequests().with("Retry-After", String.valueOf(settings.retryAfter().toSeconds())),
                    () -> ledger.askedToWait(messageId, arrival, settings.retryAfter()), NOTHING);
            case NO_ANSWER -> wire.holdWithoutAnswer(exchange);
            case CONNECTION_DROPPED -> wire.drop(exchange);
            case HALF_WRITTEN_BODY -> wire.breakOffHalfWay(exchange, delivered);
            case MALFORMED_BODY -> wire.send(exchange, delivered.withBody(malformedBody()), NOTHING);
            case SLOW_DRIP -> wire.drip(exchange, delivered, answeredDelivered);
            default -> throw new IllegalStateException("No way to answer with " + kind);
        }
    }

    /** The protocol's answer to trouble of its own (a 5xx). */
    abstract Answer serverError();

    /** The protocol's 429, without the {@code Retry-After}, which is added. */
    abstract Answer tooManyRequests();

    /** A body a client of the protocol cannot read. */
    abstract byte[] malformedBody();

    /** The protocol's answer to a request the simulator cannot read. */
    abstract Answer badRequest(String why);

    private void keep(byte[] request) {
        synchronized (keptBodies) {
            if (keptBodies.size() < settings.keepBodies()) {
                keptBodies.add(request);
            }
        }
    }

    /** The fault the letter's arrival number {@code arrival} meets: a draw seeded by the seed, the message id and the arrival. */
    final Optional<FaultKind> faultFor(String messageId, int arrival) {
        long mixed = settings.seed() * 0x9E3779B97F4A7C15L ^ (long) messageId.hashCode() << 20 ^ arrival;
        return settings.faults().at(new SplittableRandom(mixed).nextDouble());
    }


    /** Handles one request whose body has been read. */
    @FunctionalInterface
    interface ExchangeHandler {
        void handle(HttpExchange exchange, byte[] body) throws IOException;
    }

    /**
     * The settings every simulator shares.
     *
     * @param <B> the concrete builder, returned by each setter
     */
    public abstract static class Builder<B extends Builder<B>> {

        private Duration latency = SimulatorSettings.defaults().latency();
        private FaultRates faults = SimulatorSettings.defaults().faults();
        private long seed = SimulatorSettings.defaults().seed();
        private Duration retryAfter = SimulatorSettings.defaults().retryAfter();
        private Duration noAnswerHold = SimulatorSettings.defaults().noAnswerHold();
        private int dripPieces = SimulatorSettings.defaults().dripPieces();
        private Duration dripPause = SimulatorSettings.defaults().dripPause();
        private int port = SimulatorSettings.defaults().port();
        private int threads = SimulatorSettings.defaults().threads();
        private int keepBodies = SimulatorSettings.defaults().keepBodies();
        private Predicate<String> matching = asked -> true;

        Builder() {
        }

        /**
         * Which asked ids the lookup answers as having a mailbox (everyone by default): as the protocol writes
         * them, twelve digits for a person (Kivra also {@code SE} + ten digits + {@code 01} for a company).
         */
        public B matching(Predicate<String> value) {
            matching = Objects.requireNonNull(value, "matching");
            return self();
        }

        Predicate<String> matching() {
            return matching;
        }

        /** Each answer is held back this long (0 by default). */
        public B latency(Duration value) {
            latency = value;
            return self();
        }

        /** How often deliveries meet each fault (none by default). */
        public B faults(FaultRates value) {
            faults = value;
            return self();
        }

        /** The seed of the fault draws (1 by default). */
        public B seed(long value) {
            seed = value;
            return self();
        }

        /** The wait a 429 asks for, in whole seconds (1 s by default). */
        public B retryAfter(Duration value) {
            retryAfter = value;
            return self();
        }

        /** How long a request meeting {@link FaultKind#NO_ANSWER} is held; longer than the client's time-out (30 s by default). */
        public B noAnswerHold(Duration value) {
            noAnswerHold = value;
            return self();
        }

        /** A dripped answer goes out in {@code pieces} pieces, {@code pause} apart (8 pieces, 20 ms by default). */
        public B drip(int pieces, Duration pause) {
            dripPieces = pieces;
            dripPause = pause;
            return self();
        }

        /** The port to listen on (0, any free one, by default). */
        public B port(int value) {
            port = value;
            return self();
        }

        /** Threads that read requests and write answers (the cores, at least 2, by default). */
        public B threads(int value) {
            threads = value;
            return self();
        }

        /** Keeps the request bodies of the first {@code count} deliveries, to look at or to send again (none by default). */
        public B keepBodies(int count) {
            keepBodies = count;
            return self();
        }

        SimulatorSettings settings() {
            return new SimulatorSettings(latency, faults, seed, retryAfter, noAnswerHold, dripPieces, dripPause, port, threads, keepBodies);
        }

        abstract B self();
    }
}
