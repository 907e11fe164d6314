package se.scb.dispatch.adapter.kivra;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.scb.dispatch.id.CoordinationNumber;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.spi.ProviderException;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.spi.Reachability.Status;
import se.scb.dispatch.testkit.TestIds;
import se.scb.dispatch.testkit.TestLetters;
import se.scb.dispatch.testkit.logging.UnmaskedForms;

class KivraRecipientDirectoryTest {

    private static final OrganisationNumber SENDER = TestLetters.SENDER.organisationNumber();
    private static final RecipientId MATCHED_PERSON = TestIds.person(1);
    private static final RecipientId UNMATCHED_PERSON = TestIds.person(2);
    private static final RecipientId MATCHED_COMPANY = new OrganisationNumber("165560000001");
    private static final RecipientId UNMATCHED_COMPANY = new OrganisationNumber("168024790001");
    private static final RecipientId COORDINATION = new CoordinationNumber("195001612349");

    private final KivraWireMock kivra = new KivraWireMock();
    private final KivraRecipientDirectory directory = new KivraRecipientDirectory(kivra.config().matchBatchSize(50).build());

    @AfterEach
    void stopKivra() {
        kivra.close();
    }

    @Test
    void asksForPeopleBySsnAndCompaniesByVatNumberAndAnswersInTheOrderAsked() {
        kivra.matching.add(MATCHED_PERSON.canonical());
        kivra.matching.add("SE556000000101");
        List<RecipientId> batch = List.of(UNMATCHED_COMPANY, MATCHED_PERSON, COORDINATION, MATCHED_COMPANY, UNMATCHED_PERSON);

        List<Reachability> answers = directory.lookup(SENDER, batch);

        assertThat(answers).extracting(Reachability::recipient).isEqualTo(batch);
        assertThat(answers).extracting(Reachability::status)
                .containsExactly(Status.NO_MAILBOX, Status.REACHABLE, Status.NO_MAILBOX, Status.REACHABLE, Status.NO_MAILBOX);
        assertThat(answers.get(1).mailbox()).contains(KivraRecipientDirectory.MAILBOX);
        assertThat(KivraRecipientDirectory.MAILBOX.operatorId()).isEqualTo("kivra");
        assertThat(askedList(KivraWireMock.USER_MATCH_PATH))
                .containsExactlyInAnyOrder(MATCHED_PERSON.canonical(), COORDINATION.canonical(), UNMATCHED_PERSON.canonical());
        assertThat(askedList(KivraWireMock.COMPANY_MATCH_PATH)).containsExactlyInAnyOrder("SE556000000101", "SE802479000101");
    }

    @Test
    void asksKivraAboutACoordinationNumberAsAnSsnAndLetsTheAnswerDecide() {
        kivra.matching.add(COORDINATION.canonical());

        List<Reachability> answers = directory.lookup(SENDER, List.of(COORDINATION));

        assertThat(answers).extracting(Reachability::status).containsExactly(Status.REACHABLE);
        assertThat(askedList(KivraWireMock.USER_MATCH_PATH)).containsExactly(COORDINATION.canonical());
    }

    @Test
    void aCoordinationNumberKivraDoesNotMatchHasNoMailbox() {
        List<Reachability> answers = directory.lookup(SENDER, List.of(COORDINATION));

        assertThat(answers).extracting(Reachability::status).containsExactly(Status.NO_MAILBOX);
        assertThat(askedList(KivraWireMock.USER_MATCH_PATH)).containsExactly(COORDINATION.canonical());
    }

    @Test
    void asksOnlyTheEndpointThatTheBatchNeeds() {
        directory.lookup(SENDER, List.of(MATCHED_PERSON));

        assertThat(kivra.requestsTo(KivraWireMock.USER_MATCH_PATH)).hasSize(1);
        assertThat(kivra.requestsTo(KivraWireMock.COMPANY_MATCH_PATH)).isEmpty();
        assertThat(kivra.requestsTo(KivraWireMock.USER_MATCH_PATH).get(0).getHeader("Authorization")).isEqualTo("Bearer token-1");
    }

    @Test
    void answersAnEmptyBatchWithoutAsking() {
        assertThat(directory.lookup(SENDER, List.of())).isEmpty();
        assertThat(kivra.tokenRequests()).isZero();
    }

    @Test
    void takesAsManyIdsAsConfiguredAndNoMore() {
        assertThat(directory.maxBatchSize()).isEqualTo(50);
        List<RecipientId> tooMany = new ArrayList<>(TestIds.people(1_000, 51));

        assertThatThrownBy(() -> directory.lookup(SENDER, tooMany))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("51").hasMessageContaining("kivra.match-batch-size");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<html>not json</html>",
        "{}",
        "{\"list\": \"191212121212\"}",
        "{\"list\": [19121212]}",
        "[\"a list, but not in an object\"]"})
    void saysWhatIsWrongWithAMalformedAnswer(String body) {
        answerUserMatch(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body));

        assertThatThrownBy(() -> directory.lookup(SENDER, List.of(MATCHED_PERSON, UNMATCHED_PERSON)))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("Kivra's usermatch answered 200, but the answer")
                .satisfies(e -> assertNoIdentityNumberIn(e.getMessage(), MATCHED_PERSON, UNMATCHED_PERSON));
    }

    @Test
    void refusesAnAnswerThatListsAnIdNotAskedFor() {
        RecipientId stranger = TestIds.person(3);
        answerUserMatch(aResponse().withStatus(200).withBody("{\"list\": [\"" + stranger.canonical() + "\"]}"));

        assertThatThrownBy(() -> directory.lookup(SENDER, List.of(MATCHED_PERSON)))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("which was not asked for")
                .hasMessageContaining(stranger.masked())
                .satisfies(e -> assertNoIdentityNumberIn(e.getMessage(), stranger));
    }

    @Test
    void saysToAskAgainLaterWhenKivraIsBusy() {
        answerUserMatch(KivraWireMock.error(429, 42900, "Too Many Requests", "Please try again later").withHeader("Retry-After", "7"));

        assertThatThrownBy(() -> directory.lookup(SENDER, List.of(MATCHED_PERSON)))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("HTTP 429 (42900 Too Many Requests")
                .hasMessageContaining("ask again later")
                .hasMessageContaining("wait 7 s");
    }

    @Test
    void saysWhatKivraRefused() {
        answerUserMatch(KivraWireMock.error(400, 40009, "Error in SSN", "Not a valid SSN: " + MATCHED_PERSON.canonical()));

        assertThatThrownBy(() -> directory.lookup(SENDER, List.of(MATCHED_PERSON)))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("refused the request: HTTP 400 (40009 Error in SSN")
                .hasMessageContaining(MATCHED_PERSON.masked())
                .satisfies(e -> assertNoIdentityNumberIn(e.getMessage(), MATCHED_PERSON));
    }

    @Test
    void givesUpAfterTheTimeout() {
        KivraRecipientDirectory impatient = new KivraRecipientDirectory(kivra.config().timeout(Duration.ofMillis(300)).build());
        kivra.server.stubFor(post(urlEqualTo(KivraWireMock.TOKEN_PATH)).atPriority(1)
                .willReturn(aResponse().withStatus(200).withBody("{\"access_token\":\"slow\",\"expires_in\":60}").withFixedDelay(1_000)));

        assertThatThrownBy(() -> impatient.lookup(SENDER, List.of(MATCHED_PERSON)))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("(TIMEOUT)")
                .hasMessageContaining("300 ms");
    }

    @Test
    void saysWhenKivraCannotBeReached() {
        int port = kivra.server.port();
        kivra.close();
        KivraRecipientDirectory unreachable = new KivraRecipientDirectory(KivraConfig.builder()
                .baseUrl(URI.create("http://localhost:" + port)).clientId("c").clientSecret("s").tenantKey("abc").build());

        assertThatThrownBy(() -> unreachable.lookup(SENDER, List.of(MATCHED_PERSON)))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("(CONNECTION)");
    }

    private void answerUserMatch(ResponseDefinitionBuilder answer) {
        kivra.server.stubFor(post(urlEqualTo(KivraWireMock.USER_MATCH_PATH)).atPriority(1).willReturn(answer));
    }

    private List<String> askedList(String path) {
        JsonNode body = KivraWireMock.json(kivra.requestsTo(path).get(0));
        assertThat(body.size()).as("only the list").isEqualTo(1);
        List<String> asked = new ArrayList<>();
        body.get("list").forEach(item -> asked.add(item.asText()));
        return asked;
    }

    private static void assertNoIdentityNumberIn(String text, RecipientId... ids) {
        for (RecipientId id : ids) {
            assertThat(UnmaskedForms.appearIn(text, id)).as("%s holds %s unmasked", UnmaskedForms.mask(text, id), id).isFalse();
        }
    }
}
