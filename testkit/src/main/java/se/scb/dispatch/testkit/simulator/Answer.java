package se.scb.dispatch.testkit.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/** An HTTP answer a simulator writes: status, headers and body. */
record Answer(int status, Map<String, String> headers, byte[] body) {

    Answer {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    static Answer of(int status, String contentType, String body) {
        return new Answer(status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
    }

    /** The same answer with one more header. */
    Answer with(String header, String value) {
        Map<String, String> more = new java.util.HashMap<>(headers);
        more.put(header, value);
        return new Answer(status, Map.copyOf(more), body);
    }

    /** The same status and headers with another body. */
    Answer withBody(byte[] other) {
        return new Answer(status, headers, other);
    }
}
