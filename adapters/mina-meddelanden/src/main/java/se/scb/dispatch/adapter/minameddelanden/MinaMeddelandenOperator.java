package se.scb.dispatch.adapter.minameddelanden;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.scb.dispatch.spi.AdapterThreads;
import se.scb.dispatch.spi.DeliveryResult;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.spi.MailboxOperator;
import se.scb.dispatch.spi.OperatorCapabilities;
import se.scb.dispatch.spi.ProcessEvent;
import se.scb.dispatch.template.Attachment;

/**
 * Delivers letters with Mina meddelanden's {@code deliverSecure} (Service.wsdl, v3) to the service
 * address of the operator that holds the recipient's mailbox, as the recipient directory found it.
 * Each letter is signed by the sender and sealed by the intermediary (see {@link MinaMeddelandenConfig}),
 * over mutual TLS. Thread-safe; one instance keeps one HTTP client, its threads (ended by
 * {@link #close()}) and its own bound on calls in flight.
 *
 * <p>Every answer and transport fault completes the stage with a {@link DeliveryResult}; which is
 * which is told in {@link DeliveryAnswers}. A repeated letter carries the same message id, which the
 * operator uses to drop the repeat.
 *
 * <p>{@link #deliver} returns at once: the request is built and signed on threads of the operator's
 * own, one per core (signing is most of a letter's cost, and the runner starts letters from one
 * thread, which would otherwise sign them all on one core). When {@code max-in-flight} calls are out,
 * a signed request waits for one to end (at most the time-out, then a transient {@code BUSY}); the
 * runner keeps no more letters open than {@link #maxInFlight()}, so that wait is short and rare.
 */
public final class MinaMeddelandenOperator implements MailboxOperator, AutoCloseable {

    /**
     * The largest message: 2 000 000 bytes, bodies and attachments counted as base64 (see
     * {@link se.scb.dispatch.template.RenderedMessage#encodedSize()}). Mina meddelanden's limit is
     * given as 2 MB; the decimal reading is the smaller, so a letter under it is under either.
     */
    public static final long MAX_MESSAGE_BYTES = 2_000_000L;

    /** What Mina meddelanden takes. Delivery is the only process event, and it comes as the delivery's own answer. */
    public static final OperatorCapabilities CAPABILITIES = new OperatorCapabilities(
            MAX_MESSAGE_BYTES,
            Set.of(SecureDeliveryRequest.TEXT, SecureDeliveryRequest.HTML),
            Set.of(Attachment.PDF),
            Set.of(ProcessEvent.Kind.DELIVERED));

    private static final Logger LOG = LoggerFactory.getLogger(MinaMeddelandenOperator.class);

    private final MinaMeddelandenConfig config;
    private final SoapTransport transport;
    private final SecureDeliveryRequest requests;
    private final ExecutorService signing;
    private final Clock clock;

    /**
     * Reads the keys and makes the HTTP client.
     *
     * @throws se.scb.dispatch.spi.ProviderException when a key store cannot be read or holds no usable key
     */
    public MinaMeddelandenOperator(MinaMeddelandenConfig config) {
        this(config, Clock.systemUTC());
    }

    MinaMeddelandenOperator(MinaMeddelandenConfig config, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.requests = new SecureDeliveryRequest(
                KeyStores.signingKey(config.keystore(), MinaMeddelandenConfig.KEYSTORE),
                KeyStores.signingKey(config.sealKeystore(), MinaMeddelandenConfig.SEAL_KEYSTORE),
                clock);
        this.transport = new SoapTransport(config);
        this.signing = AdapterThreads.forCpuWork("mina-meddelanden-signing", config.maxInFlight());
    }

    @Override
    public String name() {
        return MinaMeddelandenProvider.NAME;
    }

    @Override
    public OperatorCapabilities capabilities() {
        return CAPABILITIES;
    }

    /** {@link MinaMeddelandenConfig#maxInFlight()}: the runner keeps no more open than this adapter allows. */
    @Override
    public OptionalInt maxInFlight() {
        return OptionalInt.of(config.maxInFlight());
    }

    @Override
    public CompletionStage<DeliveryResult> deliver(Letter letter) {
        Objects.requireNonNull(letter, "letter");
        URI endpoint;
        try {
            endpoint = serviceAddress(letter);
        } catch (UnusableAddressException e) {
            LOG.warn("Letter {} not sent: {}", letter.messageId(), e.getMessage());
            return CompletableFuture.completedFuture(DeliveryResult.rejected("SERVICE_ADDRESS", e.getMessage()));
        }
        try {
            return CompletableFuture.supplyAsync(() -> requests.envelope(letter), signing)
                    .thenCompose(envelope -> post(letter, endpoint, envelope));
        } catch (RuntimeException closed) {
            return CompletableFuture.failedFuture(closed);
        }
    }

    private CompletableFuture<DeliveryResult> post(Letter letter, URI endpoint, byte[] envelope) {
        LOG.debug("Sending letter {} to {} at {}", letter.messageId(), letter.mailbox().operatorName(), endpoint);
        return transport.post(endpoint, envelope)
                .handle((answer, failure) -> answer != null
                        ? DeliveryAnswers.of(answer, letter, clock)
                        : DeliveryAnswers.ofTransportFault(failure, transport.timeout()))
                .whenComplete((result, failure) -> {
                    if (result != null) {
                        LOG.debug("Letter {}: {} {}", letter.messageId(), result.code(), result.message());
                    }
                });
    }

    /** Ends the signing and HTTP client threads; call it when done with the operator. */
    @Override
    public void close() {
        signing.shutdown();
        transport.close();
    }

    private URI serviceAddress(Letter letter) throws UnusableAddressException {
        String address = letter.mailbox().serviceAddress();
        String operator = letter.mailbox().operatorName();
        if (address.isBlank()) {
            throw new UnusableAddressException("The mailbox at " + operator + " has no service address to deliver to;"
                    + " Mina meddelanden delivers to the address the Recipient service gives.");
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            throw new UnusableAddressException("The service address of " + operator + " is not a URL (" + e.getReason() + ").");
        }
        Optional<String> refusal = config.refusalOf(uri);
        if (refusal.isPresent()) {
            throw new UnusableAddressException("The service address of " + operator + " (" + uri + ") cannot be used: " + refusal.get() + ".");
        }
        return uri;
    }

    /** A mailbox whose service address cannot take a delivery; sending again would not help. */
    private static final class UnusableAddressException extends Exception {
        private static final long serialVersionUID = 1L;

        UnusableAddressException(String message) {
            super(message);
        }
    }
}
