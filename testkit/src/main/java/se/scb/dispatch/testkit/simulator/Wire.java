package se.scb.dispatch.testkit.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Writes answers the way a simulator was told to: after the latency, whole, or broken in one of the
 * ways of {@link FaultKind}. A write that fails (the client has gone) closes the exchange and reports
 * nothing: only a whole answer counts as given.
 */
final class Wire {

    private final ScheduledExecutorService timer;
    private final Duration latency;
    private final Duration noAnswerHold;
    private final int dripPieces;
    private final Duration dripPause;

    Wire(ScheduledExecutorService timer, SimulatorSettings settings) {
        this.timer = timer;
        this.latency = settings.latency();
        this.noAnswerHold = settings.noAnswerHold();
        this.dripPieces = settings.dripPieces();
        this.dripPause = settings.dripPause();
    }

    /** Writes the answer whole after the latency; {@code written} runs once the last byte has gone out. */
    void send(HttpExchange exchange, Answer answer, Runnable written) {
        send(exchange, answer, () -> {
        }, written);
    }

    /** As {@link #send(HttpExchange, Answer, Runnable)}, running {@code beforeWriting} when the latency has passed. */
    void send(HttpExchange exchange, Answer answer, Runnable beforeWriting, Runnable written) {
        later(() -> {
            beforeWriting.run();
            if (writeWhole(exchange, answer)) {
                written.run();
            }
        });
    }

    /** Closes the connection without an answer, after the latency. */
    void drop(HttpExchange exchange) {
        later(exchange::close);
    }

    /** Gives no answer: the client times out first; the connection is closed when the hold ends, to free it. */
    void holdWithoutAnswer(HttpExchange exchange) {
        timer.schedule(exchange::close, noAnswerHold.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends the status, headers and the first half of the body, then closes the connection under it. */
    void breakOffHalfWay(HttpExchange exchange, Answer answer) {
        later(() -> {
            try {
                sendHeaders(exchange, answer);
                OutputStream body = exchange.getResponseBody();
                body.write(answer.body(), 0, answer.body().length / 2);
                body.flush();
            } catch (IOException e) {
                // The client has gone; the exchange is closed below all the same.
            }
            // Fewer bytes than the Content-Length promised: closing drops the connection.
            exchange.close();
        });
    }

    /** Sends the answer in {@code dripPieces} pieces, {@code dripPause} apart; {@code written} runs once the last has gone out. */
    void drip(HttpExchange exchange, Answer answer, Runnable written) {
        later(() -> {
            try {
                sendHeaders(exchange, answer);
            } catch (IOException e) {
                exchange.close();
                return;
            }
            dripFrom(exchange, answer.body(), 0, written);
        });
    }

    private void dripFrom(HttpExchange exchange, byte[] body, int offset, Runnable written) {
        int piece = Math.max(1, (body.length + dripPieces - 1) / dripPieces);
        int length = Math.min(piece, body.length - offset);
        try {
            OutputStream out = exchange.getResponseBody();
            out.write(body, offset, length);
            out.flush();
        } catch (IOException e) {
            exchange.close();
            return;
        }
        if (offset + length >= body.length) {
            exchange.close();
            written.run();
            return;
        }
        timer.schedule(() -> dripFrom(exchange, body, offset + length, written), dripPause.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void later(Runnable write) {
        if (latency.isZero()) {
            write.run();
        } else {
            timer.schedule(write, latency.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private static boolean writeWhole(HttpExchange exchange, Answer answer) {
        try (exchange) {
            sendHeaders(exchange, answer);
            if (answer.body().length > 0) {
                exchange.getResponseBody().write(answer.body());
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void sendHeaders(HttpExchange exchange, Answer answer) throws IOException {
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
    }
}
