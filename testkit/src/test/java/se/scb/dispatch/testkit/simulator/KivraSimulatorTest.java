package se.scb.dispatch.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KivraSimulatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private KivraSimulator kivra;

    @AfterEach
    void stop() {
        if (kivra != null) {
            kivra.close();
        }
    }

    @Test
    void handsOutTokens() throws Exception {
        kivra = KivraSimulator.builder().start();

        HttpResponse<String> answer = Post.to(kivra.baseUrl().resolve("/v1/auth"), "grant_type=client_credentials");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("access_token").asText()).isNotBlank();
    }

    @Test
    void answersAMatchWithTheAskedOnesThatMatch() throws Exception {
        kivra = KivraSimulator.builder().matching(ssn -> ssn.endsWith("2")).start();

        HttpResponse<String> answer = Post.to(tenant("/usermatch/ssn"), "{\"list\":[\"191212121212\",\"197701032381\"]}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("list").toString()).isEqualTo("[\"191212121212\"]");
    }

    @Test
    void takesALetterAndCountsItByTheMessageIdInItsBodyPartsName() throws Exception {
        kivra = KivraSimulator.builder().start();

        HttpResponse<String> answer = Post.to(tenant("/content"), content("191212121212", "brev-msg-1.html"));

        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(answer.headers().firstValue("kivra-objkey")).isPresent();
        assertThat(kivra.ledger().taken("msg-1")).isTrue();
        assertThat(kivra.ledger().arrivals("msg-1")).isEqualTo(1);
        Post.awaitThat(() -> kivra.ledger().deliveries("msg-1") == 1);
        assertThat(kivra.ledger().deliveredTwice()).isEmpty();
    }

    @Test
    void countsALetterAnsweredDeliveredTwiceAndARecipientWithTwoLetters() throws Exception {
        kivra = KivraSimulator.builder().start();

        Post.to(tenant("/content"), content("191212121212", "letter-msg-1.txt"));
        Post.to(tenant("/content"), content("191212121212", "letter-msg-1.txt"));
        Post.to(tenant("/content"), content("191212121212", "letter-msg-2.txt"));

        Post.awaitThat(() -> kivra.ledger().deliveries("msg-1") == 2);
        assertThat(kivra.ledger().deliveredTwice()).containsExactly("msg-1");
        assertThat(kivra.ledger().repeats()).isEqualTo(1);
        assertThat(kivra.ledger().takenMessageIds()).containsExactlyInAnyOrder("msg-1", "msg-2");
        assertThat(kivra.ledger().recipientsWithSeveralLetters()).isEqualTo(1);
    }

    @Test
    void answersAServerErrorAsKivraWritesOneAndDoesNotTakeTheLetter() throws Exception {
        kivra = always(FaultKind.SERVER_ERROR).start();

        HttpResponse<String> answer = Post.to(tenant("/content"), content("191212121212", "brev-msg-1.html"));

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.headers().firstValue("x-error-code")).contains("50000");
        assertThat(kivra.ledger().taken("msg-1")).isFalse();
        assertThat(kivra.ledger().faultsInjected()).containsEntry(FaultKind.SERVER_ERROR, 1);
    }

    @Test
    void asksToWaitWithRetryAfterInWholeSeconds() throws Exception {
        kivra = always(FaultKind.TOO_MANY_REQUESTS).retryAfter(Duration.ofSeconds(2)).start();

        HttpResponse<String> answer = Post.to(tenant("/content"), content("191212121212", "brev-msg-1.html"));

        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.headers().firstValue("Retry-After")).contains("2");
        assertThat(kivra.ledger().askedToWait()).containsExactly("msg-1");
    }

    @Test
    void givesNoAnswerUntilTheClientGivesUp() {
        kivra = always(FaultKind.NO_ANSWER).noAnswerHold(Duration.ofMinutes(5)).start();

        assertThatThrownBy(() -> Post.to(tenant("/content"), content("191212121212", "brev-msg-1.html"), Duration.ofMillis(200)))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(kivra.ledger().arrivals("msg-1")).isEqualTo(1);
        assertThat(kivra.ledger().taken("msg-1")).isFalse();
    }

    @Test
    void dropsTheConnectionWithoutAnAnswer() {
        kivra = always(FaultKind.CONNECTION_DROPPED).start();

        assertThatThrownBy(() -> Post.to(tenant("/content"), content("191212121212", "brev-msg-1.html"))).isInstanceOf(IOException.class);
        assertThat(kivra.ledger().taken("msg-1")).isFalse();
    }

    @Test
    void takesTheLetterAndBreaksTheAnswerOffHalfWay() {
        kivra = always(FaultKind.HALF_WRITTEN_BODY).start();

        assertThatThrownBy(() -> Post.to(tenant("/content"), content("191212121212", "brev-msg-1.html"))).isInstanceOf(IOException.class);
        assertThat(kivra.ledger().taken("msg-1")).isTrue();
        assertThat(kivra.ledger().deliveries("msg-1")).isZero();
    }

    @Test
    void takesTheLetterAndAnswersWithABodyThatIsNotJson() throws Exception {
        kivra = always(FaultKind.MALFORMED_BODY).start();

        HttpResponse<String> answer = Post.to(tenant("/content"), content("191212121212", "brev-msg-1.html"));

        assertThat(answer.statusCode()).isEqualTo(201);
        assertThatThrownBy(() -> JSON.readTree(answer.body())).isInstanceOf(IOException.class);
        assertThat(kivra.ledger().taken("msg-1")).isTrue();
        assertThat(kivra.ledger().deliveries("msg-1")).isZero();
    }

    @Test
    void dripsTheWholeAnswerOutInPieces() throws Exception {
        kivra = always(FaultKind.SLOW_DRIP).drip(4, Duration.ofMillis(1)).start();

        HttpResponse<String> answer = Post.to(tenant("/content"), content("191212121212", "brev-msg-1.html"));

        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(answer.body()).isEqualTo("{\"type\":\"letter\"}");
        Post.awaitThat(() -> kivra.ledger().deliveries("msg-1") == 1);
    }

    @Test
    void keepsTheFirstDeliveriesBodiesWhenAsked() throws Exception {
        kivra = KivraSimulator.builder().keepBodies(1).start();

        Post.to(tenant("/content"), content("191212121212", "brev-msg-1.html"));
        Post.to(tenant("/content"), content("191212121212", "brev-msg-2.html"));

        assertThat(kivra.keptBodies()).hasSize(1);
        assertThat(new String(kivra.keptBodies().get(0), java.nio.charset.StandardCharsets.UTF_8)).contains("brev-msg-1.html");
    }

    @Test
    void refusesAContentWithoutParts() throws Exception {
        kivra = KivraSimulator.builder().start();

        HttpResponse<String> answer = Post.to(tenant("/content"), "{\"ssn\":\"191212121212\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(kivra.ledger().arrivals()).isZero();
    }

    private static KivraSimulator.Builder always(FaultKind kind) {
        return KivraSimulator.builder().faults(FaultRates.none().with(kind, 1.0));
    }

    private URI tenant(String path) {
        return kivra.baseUrl().resolve("/v2/tenant/" + KivraSimulator.TENANT_KEY + path);
    }

    private static String content(String ssn, String partName) {
        return "{\"ssn\":\"" + ssn + "\",\"subject\":\"Hej\",\"type\":\"letter\",\"parts\":[{\"name\":\"" + partName
                + "\",\"data\":\"SGVq\",\"content_type\":\"text/html\"}]}";
    }
}
