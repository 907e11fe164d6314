package se.scb.dispatch.adapter.kivra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.scb.dispatch.id.IdentityNumbers;

/**
 * What Kivra said about a failed request: its five-digit error code (from the body, or the
 * {@code x-error-code} header) and its short and long messages, any of which may be absent.
 * Every text is masked for identity numbers, as Kivra's messages may echo the request.
 */
record KivraError(Optional<String> code, Optional<String> shortMessage, Optional<String> longMessage) {

    // Only for reading error bodies; a plain mapper is thread-safe once configured.
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TEXT = 300;

    /** The error in an answer; all parts empty when the body is not Kivra's error JSON. */
    static KivraError of(HttpResponse<byte[]> response) {
        Optional<String> header = response.headers().firstValue("x-error-code").map(KivraError::clean);
        JsonNode body;
        try {
            body = response.body() == null || response.body().length == 0 ? null : JSON.readTree(response.body());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            return new KivraError(header, Optional.empty(), Optional.empty());
        }
        Optional<String> code = text(body, "code").or(() -> header);
        return new KivraError(code, text(body, "short_message"), text(body, "long_message"));
    }

    /** E.g. {@code HTTP 400 (40009 Error in SSN: The request can't be processed ...)}. */
    String describe(int status) {
        List<String> parts = new ArrayList<>(3);
        code.ifPresent(parts::add);
        String messages = shortMessage.map(text -> longMessage.map(more -> text + ": " + more).orElse(text)).or(() -> longMessage).orElse("");
        if (!messages.isEmpty()) {
            parts.add(messages);
        }
        return "HTTP " + status + (parts.isEmpty() ? "" : " (" + String.join(" ", parts) + ")");
    }

    /** Kivra's code when it gave one, else the HTTP status: the code a dispatch log shows. */
    String codeOr(int status) {
        return code.orElse(String.valueOf(status));
    }

    private static Optional<String> text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull() || node.isContainerNode()) {
            return Optional.empty();
        }
        String text = clean(node.asText());
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** One masked line of reasonable length: Kivra's text goes into logs and the dispatch journal. */
    private static String clean(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        String shortened = oneLine.length() > MAX_TEXT ? oneLine.substring(0, MAX_TEXT) + "…" : oneLine;
        return IdentityNumbers.mask(shortened);
    }
}
