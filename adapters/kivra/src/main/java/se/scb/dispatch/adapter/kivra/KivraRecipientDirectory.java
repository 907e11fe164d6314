package se.scb.dispatch.adapter.kivra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.scb.dispatch.id.IdentityNumbers;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.spi.RecipientDirectory;

/**
 * Asks Kivra which recipients the tenant can send to: people by personal identity number with
 * {@code POST /v2/tenant/{tenantKey}/usermatch/ssn}, companies by VAT number with
 * {@code POST /v2/tenant/{tenantKey}/companymatch/vatnr}. Kivra answers with the ones that match;
 * they are {@link Reachability.Status#REACHABLE} at {@link #MAILBOX}, every other one
 * {@link Reachability.Status#NO_MAILBOX}. Kivra does not tell a recipient without an account from
 * one who has opted out of the tenant, is dormant, or is in the grace period after leaving, so it
 * never answers {@code SENDER_BLOCKED} or {@code PENDING}.
 *
 * <p>People are asked by {@code ssn} in its twelve digits, {@code YYYYMMDDnnnn}, as the contract
 * asks: personal identity numbers and coordination numbers alike, since the form is the same and
 * only Kivra knows whom it can match (the adapter decides nothing). The sender is the tenant of the
 * configuration; the organisation number {@link #lookup} is given is not sent.
 * Thread-safe; one instance holds one HTTP client and its threads, ended by {@link #close()}.
 */
public final class KivraRecipientDirectory implements RecipientDirectory, AutoCloseable {

    /** The mailbox every reachable recipient has: Kivra's own API, so no service address. */
    public static final MailboxAddress MAILBOX = new MailboxAddress("kivra", "Kivra", "");

    private final KivraApi api;
    private final URI userMatch;
    private final URI companyMatch;

    /** A directory for the tenant in the configuration. */
    public KivraRecipientDirectory(KivraConfig config) {
        this(config, Clock.systemUTC());
    }

    KivraRecipientDirectory(KivraConfig config, Clock clock) {
        this.api = new KivraApi(config, clock);
        this.userMatch = api.tenantUri("/usermatch/ssn");
        this.companyMatch = api.tenantUri("/companymatch/vatnr");
    }

    @Override
    public int maxBatchSize() {
        return api.config().matchBatchSize();
    }

    /**
     * @throws ProviderException when Kivra cannot be asked, refuses, or answers what is not a match list
     * @throws IllegalArgumentException when the batch is larger than {@link #maxBatchSize()}
     */
    @Override
    public List<Reachability> lookup(OrganisationNumber sender, List<RecipientId> recipients) {
        Objects.requireNonNull(recipients, "recipients");
        if (recipients.size() > maxBatchSize()) {
            throw new IllegalArgumentException("A batch of " + recipients.size() + " recipients is more than the " + maxBatchSize()
                    + " one lookup takes (" + KivraConfig.Keys.MATCH_BATCH_SIZE + ").");
        }
        Map<Boolean, List<RecipientId>> companyOrPerson = recipients.stream()
                .collect(Collectors.partitioningBy(recipient -> recipient.kind() == RecipientId.Kind.ORGANISATION_NUMBER));
        CompletableFuture<Set<RecipientId>> people = match(userMatch, "usermatch", companyOrPerson.get(false), RecipientId::canonical);
        CompletableFuture<Set<RecipientId>> companies = match(companyMatch, "companymatch", companyOrPerson.get(true), ContentPayload::vatNumber);
        Set<RecipientId> matched = new HashSet<>(answer(people));
        matched.addAll(answer(companies));
        List<Reachability> answers = new ArrayList<>(recipients.size());
        for (RecipientId recipient : recipients) {
            answers.add(matched.contains(recipient)
                    ? Reachability.reachable(recipient, MAILBOX)
                    : Reachability.unreachable(recipient, Reachability.Status.NO_MAILBOX));
        }
        return answers;
    }

    /** The ones of {@code asked} that Kivra matches, asked by the form {@code asKivraWrites} gives. */
    private CompletableFuture<Set<RecipientId>> match(URI uri, String what, List<RecipientId> asked, Function<RecipientId, String> asKivraWrites) {
        if (asked.isEmpty()) {
            return CompletableFuture.completedFuture(Set.of());
        }
        Map<String, RecipientId> byForm = asked.stream()
                .collect(Collectors.toMap(asKivraWrites, Function.identity(), (first, same) -> first, LinkedHashMap::new));
        byte[] body;
        try {
            body = api.json().writeValueAsBytes(Map.of("list", List.copyOf(byForm.keySet())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of strings could not be written as JSON", e);
        }
        return api.postJson(uri, body).handle((response, error) -> {
            if (error != null) {
                throw TransportFault.of(error, api.config()).asException("Kivra's " + what);
            }
            return matched(response, what, byForm);
        });
    }

    private Set<RecipientId> matched(HttpResponse<byte[]> response, String what, Map<String, RecipientId> byForm) {
        int status = response.statusCode();
        if (status != 200) {
            throw refused(response, what);
        }
        JsonNode list;
        try {
            JsonNode body = api.json().readTree(response.body());
            list = body == null ? null : body.get("list");
        } catch (IOException e) {
            throw malformed(what, "is not JSON");
        }
        if (list == null || !list.isArray()) {
            throw malformed(what, "has no \"list\" array");
        }
        Set<RecipientId> matched = new HashSet<>();
        for (JsonNode item : list) {
            if (!item.isTextual()) {
                throw malformed(what, "lists a " + item.getNodeType().name().toLowerCase(Locale.ROOT) + " where an identity number belongs");
            }
            RecipientId recipient = byForm.get(item.asText());
            if (recipient == null) {
                throw malformed(what, "lists " + IdentityNumbers.mask(item.asText()) + ", which was not asked for");
            }
            matched.add(recipient);
        }
        return matched;
    }

    private ProviderException refused(HttpResponse<byte[]> response, String what) {
        int status = response.statusCode();
        String described = KivraError.of(response).describe(status);
        if (status == 429 || status == 408 || status >= 500) {
            String wait = RetryAfter.of(response, api.clock()).map(after -> " Kivra asks to wait " + after.toSeconds() + " s.").orElse("");
            return new ProviderException("Kivra's " + what + " could not answer now: " + described + "; ask again later." + wait);
        }
        if (status == 401) {
            return new ProviderException("Kivra's " + what + " refused a newly fetched access token: " + described
                    + ". Check that the client may match recipients for tenant " + api.config().tenantKey() + ".");
        }
        return new ProviderException("Kivra's " + what + " refused the request: " + described + ". Check " + KivraConfig.Keys.TENANT_KEY
                + " and " + KivraConfig.Keys.BASE_URL + ".");
    }

    private static ProviderException malformed(String what, String problem) {
        return new ProviderException("Kivra's " + what + " answered 200, but the answer " + problem
                + "; it should be JSON like {\"list\": [...]} with the matching ones of those asked.");
    }

    private static Set<RecipientId> answer(CompletableFuture<Set<RecipientId>> match) {
        try {
            return match.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw e;
        }
    }

    /** Ends the HTTP client's threads; call it when done with the directory. */
    @Override
    public void close() {
        api.close();
    }
}
