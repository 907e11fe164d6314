package se.scb.dispatch.testkit.simulator;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Kivra's sender API as the Kivra adapter calls it, on loopback: {@code POST /v1/auth} hands out
 * tokens (any client), {@code POST /v2/tenant/{tenantKey}/usermatch/ssn} and {@code .../companymatch/vatnr}
 * answer with the asked ones that {@link Builder#matching} lets through (everyone by default), and
 * {@code POST /v2/tenant/{tenantKey}/content} takes letters with 201, or meets a fault.
 *
 * <p>Kivra's content has no field for a sender's message id; the adapter names the body part after it
 * ({@code brev-<id>.html}, {@code letter-<id>.txt}), and the simulator reads it back from there.
 *
 * <pre>{@code
 * try (KivraSimulator kivra = KivraSimulator.builder().faults(FaultRates.spread(0.3)).start()) {
 *     KivraConfig config = KivraConfig.builder().baseUrl(kivra.baseUrl()).tenantKey(KivraSimulator.TENANT_KEY)
 *             .clientId("id").clientSecret("secret").build();
 *     ...
 *     assertThat(kivra.ledger().deliveredTwice()).isEmpty();
 * }
 * }</pre>
 */
public final class KivraSimulator extends OperatorSimulator {

    /** A tenant key to configure; any key is accepted. */
    public static final String TENANT_KEY = "5151c0ffee";

    private static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Predicate<String> matching;
    private final AtomicLong tokens = new AtomicLong();
    private final AtomicLong objectKeys = new AtomicLong();

    private KivraSimulator(Builder builder) {
        super(builder.settings(), "kivra");
        this.matching = builder.matching();
        serve("/v1/auth", (exchange, body) -> answer(exchange, token()));
        serve("/v2/tenant/", this::tenantApi);
        start();
    }

    public static Builder builder() {
        return new Builder();
    }

    private void tenantApi(HttpExchange exchange, byte[] body) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.endsWith("/usermatch/ssn") || path.endsWith("/companymatch/vatnr")) {
            answer(exchange, match(body));
        } else if (path.endsWith("/content")) {
            Content content = Content.of(body);
            deliver(exchange, body, content.messageId(), content.recipient(), created());
        } else {
            answer(exchange, error(404, 40400, "Not Found", "The simulator has no " + path));
        }
    }

    private Answer token() {
        ObjectNode token = MAPPER.createObjectNode()
                .put("access_token", "simulated-token-" + tokens.incrementAndGet())
                .put("expires_in", 28_800)
                .put("token_type", "bearer")
                .put("scope", "kivra.v1.tenant." + TENANT_KEY + ".*");
        return Answer.of(200, JSON, token.toString());
    }

    private Answer match(byte[] body) throws IOException {
        ArrayNode matched = MAPPER.createArrayNode();
        JsonNode list = MAPPER.readTree(body).path("list");
        if (!list.isArray()) {
            return error(400, 40000, "Bad Request", "The body has no \"list\" array");
        }
        for (JsonNode asked : list) {
            if (matching.test(asked.asText())) {
                matched.add(asked.asText());
            }
        }
        return Answer.of(200, JSON, MAPPER.createObjectNode().set("list", matched).toString());
    }

    private Answer created() {
        return Answer.of(201, JSON, "{\"type\":\"letter\"}").with("kivra-objkey", Long.toHexString(objectKeys.incrementAndGet()));
    }

    @Override
    Answer serverError() {
        return error(500, 50000, "Internal Server Error", "Simulated trouble");
    }

    @Override
    Answer tooManyRequests() {
        return error(429, 42900, "Too Many Requests", "Simulated overload");
    }

    @Override
    byte[] malformedBody() {
        return "{\"type\": \"let".getBytes(StandardCharsets.UTF_8);
    }

    @Override
    Answer badRequest(String why) {
        return error(400, 40000, "Bad Request", why);
    }

    /** An error as Kivra writes one: the code in the body and in {@code x-error-code}. */
    private static Answer error(int status, int code, String shortMessage, String longMessage) {
        ObjectNode body = MAPPER.createObjectNode().put("code", code).put("short_message", shortMessage).put("long_message", longMessage);
        return Answer.of(status, JSON, body.toString()).with("x-error-code", String.valueOf(code));
    }

    /** What the simulator reads of a content: its recipient and the message id in its first part's name. */
    private record Content(String recipient, String messageId) {

        /**
         * Reads the top-level {@code ssn} or {@code vat_number} and the first part's {@code name}, and stops
         * there: the parts' data (the bulk of the body) is never read.
         */
        static Content of(byte[] body) throws IOException {
            String recipient = null;
            try (JsonParser json = MAPPER.getFactory().createParser(body)) {
                if (json.nextToken() != JsonToken.START_OBJECT) {
                    throw new IOException("the content is not a JSON object");
                }
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String field = json.currentName();
                    json.nextToken();
                    if (field.equals("ssn") || field.equals("vat_number")) {
                        recipient = json.getText();
                    } else if (field.equals("parts")) {
                        return new Content(Objects.requireNonNull(recipient, "the content names no ssn or vat_number before its parts"),
                                firstPartName(json).map(Content::messageId).orElseThrow(() -> new IOException("the first part has no name")));
                    } else {
                        json.skipChildren();
                    }
                }
            }
            throw new IOException("the content has no parts");
        }

        private static Optional<String> firstPartName(JsonParser json) throws IOException {
            if (json.currentToken() != JsonToken.START_ARRAY || json.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if (field.equals("name")) {
                    return Optional.of(json.getText());
                }
                json.skipChildren();
            }
            return Optional.empty();
        }

        /** {@code brev-<id>.html} → {@code <id>}: the adapter's name for the body part. */
        private static String messageId(String partName) {
            String id = partName.replaceFirst("^(brev|letter)-", "");
            return id.replaceFirst("\\.(html|txt)$", "");
        }
    }

    /** Builds and starts a {@link KivraSimulator}. */
    public static final class Builder extends OperatorSimulator.Builder<Builder> {


        private Builder() {
        }

        /** Listens and answers from now on. */
        public KivraSimulator start() {
            return new KivraSimulator(this);
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
