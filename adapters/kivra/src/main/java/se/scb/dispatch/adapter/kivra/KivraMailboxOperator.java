package se.scb.dispatch.adapter.kivra;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.scb.dispatch.id.IdentityNumbers;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.OperatorCapabilities;

/**
 * Delivers letters to Kivra mailboxes with {@code POST /v2/tenant/{tenantKey}/content}: the body
 * as the first part (HTML, else plain text), named after the letter's message id, then each PDF.
 * Kivra drops a repeat of exactly the same JSON, which is what makes a retry safe. It translates
 * Kivra's answers:
 * <ul>
 *   <li>2xx, and 409 ("already exists"): delivered;</li>
 *   <li>429, 408, 5xx, a time-out or a dropped connection: transient, with the {@code Retry-After} Kivra gave;</li>
 *   <li>401 even with a newly fetched token, or no token at all: transient, as it is about the
 *       credentials and not the letter (rejecting would send every letter to paper over a
 *       configuration slip);</li>
 *   <li>any other 4xx (validation, unknown user, 403, 404, 413, 422): rejected.</li>
 * </ul>
 * Kivra's content API reports nothing after delivery, so there are no process events.
 * Thread-safe; one instance holds one HTTP client and its threads, ended by {@link #close()}.
 */
public final class KivraMailboxOperator implements MailboxOperator, AutoCloseable {

    /** Kivra's limit for one content, the whole JSON object, in bytes. */
    public static final long MAX_CONTENT_BYTES = 1_000_000;

    /**
     * What the JSON around a letter takes beyond what {@link se.scb.dispatch.template.RenderedMessage#encodedSize()}
     * counts (recipient, type, part names, punctuation), kept free so that a letter the plan lets
     * through is not refused for its size at delivery.
     */
    static final long ENVELOPE_RESERVE = 2_000;

    private static final Logger LOG = LoggerFactory.getLogger(KivraMailboxOperator.class);
    private static final OperatorCapabilities CAPABILITIES = new OperatorCapabilities(
            MAX_CONTENT_BYTES - ENVELOPE_RESERVE,
            Set.of(ContentPayload.TEXT, ContentPayload.HTML),
            Set.of("application/pdf"),
            Set.of());

    private final KivraApi api;
    private final URI contentUri;

    /** An operator for the tenant in the configuration. */
    public KivraMailboxOperator(KivraConfig config) {
        this(config, Clock.systemUTC());
    }

    KivraMailboxOperator(KivraConfig config, Clock clock) {
        this.api = new KivraApi(config, clock);
        this.contentUri = api.tenantUri("/content");
    }

    @Override
    public String name() {
        return KivraProviders.NAME;
    }

    @Override
    public OperatorCapabilities capabilities() {
        return CAPABILITIES;
    }

    /** {@link KivraConfig#maxInFlight()}: the runner keeps no more open than this adapter allows. */
    @Override
    public OptionalInt maxInFlight() {
        return OptionalInt.of(api.config().maxInFlight());
    }

    /**
     * Sends the letter. When {@link KivraConfig#maxInFlight()} requests are open, waits for one to
     * finish, for at most the time-out, in the calling thread.
     */
    @Override
    public CompletionStage<DeliveryResult> deliver(Letter letter) {
        Optional<byte[]> payload = ContentPayload.of(letter, api.config(), api.json());
        if (payload.isEmpty()) {
            return CompletableFuture.completedFuture(DeliveryResult.rejected("NO_BODY",
                    "The letter has neither a text nor an HTML body; Kivra's content needs one."));
        }
        int size = payload.get().length;
        if (size > MAX_CONTENT_BYTES) {
            return CompletableFuture.completedFuture(DeliveryResult.rejected("TOO_LARGE",
                    "The letter is " + size + " bytes as Kivra content; Kivra takes at most " + MAX_CONTENT_BYTES + "."));
        }
        return api.postJson(contentUri, payload.get()).handle((response, error) -> {
            DeliveryResult result = error == null ? answer(response) : transportFault(error);
            LOG.debug("Kivra's answer to letter {}: {} {}", letter.messageId(), result.code(), result.message());
            return result;
        });
    }

    private DeliveryResult answer(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return DeliveryResult.delivered(String.valueOf(status), "Kivra took the letter" + objectKey(response)
                    + (response.headers().firstValue("kivra-retained").filter("true"::equalsIgnoreCase).isPresent()
                            ? "; the recipient is not reachable now, so Kivra retains it." : "."));
        }
        KivraError error = KivraError.of(response);
        String code = error.codeOr(status);
        if (status == 409) {
            return DeliveryResult.delivered(code, "Kivra already has this letter: " + error.describe(status) + ".");
        }
        if (status == 401) {
            return DeliveryResult.transientFailure(code, "Kivra refused a newly fetched access token: " + error.describe(status)
                    + ". Check that the client may post content for tenant " + api.config().tenantKey() + ".", Optional.empty());
        }
        if (status == 429) {
            return DeliveryResult.transientFailure(code, "Kivra asks to slow down: " + error.describe(status) + ".",
                    RetryAfter.of(response, api.clock()));
        }
        if (status == 408 || status >= 500) {
            return DeliveryResult.transientFailure(code, "Kivra could not take the letter now: " + error.describe(status) + ".",
                    RetryAfter.of(response, api.clock()));
        }
        if (status >= 400) {
            return DeliveryResult.rejected(code, "Kivra refused the letter: " + error.describe(status) + ".");
        }
        return DeliveryResult.transientFailure(code, "Kivra answered with " + error.describe(status)
                + ", which the content API does not give; if it is a redirect, check " + KivraConfig.Keys.BASE_URL + ".", Optional.empty());
    }

    private DeliveryResult transportFault(Throwable error) {
        TransportFault fault = TransportFault.of(error, api.config());
        return DeliveryResult.transientFailure(fault.code(), fault.message(), Optional.empty());
    }

    private static String objectKey(HttpResponse<byte[]> response) {
        return response.headers().firstValue("kivra-objkey").map(key -> " (key " + IdentityNumbers.mask(key) + ")").orElse("");
    }

    /** Ends the HTTP client's threads; call it when done with the operator. */
    @Override
    public void close() {
        api.close();
    }
}
