package se.scb.dispatch.adapter.minameddelanden;

import java.net.URI;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.spi.RecipientDirectory;

/**
 * Finds out who has a digital mailbox with Mina meddelanden's Recipient service (FaR),
 * {@code isReachable} v3, at most {@value ReachabilityRequest#MAX_IDS} ids a call, over mutual TLS.
 * How each answer maps is told in {@link ReachabilityRequest}. Thread-safe; one instance keeps one
 * HTTP client, its threads (ended by {@link #close()}) and its own bound on calls in flight.
 */
public final class MinaMeddelandenDirectory implements RecipientDirectory, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MinaMeddelandenDirectory.class);

    private final URI recipientUrl;
    private final SoapTransport transport;

    /**
     * @throws ProviderException when {@value MinaMeddelandenConfig#RECIPIENT_URL} is not set, or the key
     *                           or trust store cannot be read
     */
    public MinaMeddelandenDirectory(MinaMeddelandenConfig config) {
        Objects.requireNonNull(config, "config");
        this.recipientUrl = config.recipientUrl().orElseThrow(() -> new ProviderException(
                "The recipient directory needs the Recipient service's address: set " + MinaMeddelandenConfig.RECIPIENT_URL + "."));
        this.transport = new SoapTransport(config);
    }

    @Override
    public int maxBatchSize() {
        return ReachabilityRequest.MAX_IDS;
    }

    /**
     * @throws IllegalArgumentException when the batch is larger than {@link #maxBatchSize()} or holds an id twice
     * @throws ProviderException        when the service cannot be reached, answers with a fault or an error,
     *                                  or answers something that does not follow the contract
     */
    @Override
    public List<Reachability> lookup(OrganisationNumber sender, List<RecipientId> recipients) {
        Objects.requireNonNull(sender, "sender");
        requireUsableBatch(recipients);
        if (recipients.isEmpty()) {
            return List.of();
        }
        SoapAnswer answer = call(ReachabilityRequest.envelope(sender, recipients));
        List<Reachability> answers = translate(answer, recipients);
        LOG.debug("isReachable for {} ids: {}", recipients.size(), countByStatus(answers));
        return answers;
    }

    /** Ends the HTTP client's threads; call it when done with the directory. */
    @Override
    public void close() {
        transport.close();
    }

    private SoapAnswer call(byte[] envelope) {
        try {
            return transport.post(recipientUrl, envelope).get();
        } catch (ExecutionException e) {
            throw failed(TransportFault.of(e, transport.timeout()).message(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed("Interrupted while waiting for the answer.", e);
        }
    }

    private List<Reachability> translate(SoapAnswer answer, List<RecipientId> recipients) {
        Optional<SoapFault> fault = Soap.faultIn(answer.body());
        if (fault.isPresent()) {
            throw failed(fault.get().describe() + " (HTTP " + answer.status() + ").", null);
        }
        if (!answer.isOk()) {
            throw failed("HTTP " + answer.status() + answer.retryAfterHeader().map(wait -> ", Retry-After " + wait).orElse("") + ".", null);
        }
        try {
            Element response = Soap.bodyContent(answer.body());
            return ReachabilityRequest.answers(response, recipients);
        } catch (MalformedAnswerException e) {
            throw new ProviderException("The Recipient service at " + recipientUrl + " answered isReachable with a malformed answer: "
                    + e.getMessage() + ".");
        }
    }

    private ProviderException failed(String what, Throwable cause) {
        return new ProviderException("The Recipient service at " + recipientUrl + " did not answer isReachable: " + what, cause);
    }

    private void requireUsableBatch(List<RecipientId> recipients) {
        if (recipients.size() > maxBatchSize()) {
            throw new IllegalArgumentException("A lookup takes at most " + maxBatchSize() + " ids; this one has " + recipients.size() + ".");
        }
        Set<RecipientId> seen = new HashSet<>();
        for (RecipientId id : recipients) {
            if (!seen.add(Objects.requireNonNull(id, "recipient id"))) {
                throw new IllegalArgumentException("A lookup takes distinct ids; " + id.masked() + " is in it twice.");
            }
        }
    }

    private static Map<Reachability.Status, Integer> countByStatus(List<Reachability> answers) {
        Map<Reachability.Status, Integer> counts = new EnumMap<>(Reachability.Status.class);
        answers.forEach(answer -> counts.merge(answer.status(), 1, Integer::sum));
        return counts;
    }
}
