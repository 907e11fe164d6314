package se.scb.dispatch.adapter.kivra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.scb.dispatch.spi.ProviderConfig;
import se.scb.dispatch.spi.ProviderException;

class KivraConfigTest {

    private static final String SECRET = "sup3r-s3cret";

    private static Map<String, String> required() {
        Map<String, String> keys = new HashMap<>();
        keys.put("kivra.base-url", "https://sender.sandbox-api.kivra.com");
        keys.put("kivra.client-id", "scb-dispatch");
        keys.put("kivra.client-secret", SECRET);
        keys.put("kivra.tenant-key", "13443459078e31ba8630e2e9842906c7baf38b131e");
        return keys;
    }

    @Test
    void readsEveryKey() {
        Map<String, String> keys = required();
        keys.put("kivra.token-url", "https://auth.example.test/v1/auth");
        keys.put("kivra.scope", "post:kivra.v1.tenant.13443459078e31ba8630e2e9842906c7baf38b131e.content");
        keys.put("kivra.timeout", "45s");
        keys.put("kivra.max-in-flight", "4");
        keys.put("kivra.content-type", "letter.salary");
        keys.put("kivra.retention-days", "390");
        keys.put("kivra.match-batch-size", "5000");
        keys.put("kivra.token-renewal-margin", "PT2M");

        KivraConfig config = KivraConfig.from(ProviderConfig.of(keys));

        assertThat(config.baseUrl()).isEqualTo(KivraConfig.SANDBOX);
        assertThat(config.tokenUrl()).isEqualTo(URI.create("https://auth.example.test/v1/auth"));
        assertThat(config.clientId()).isEqualTo("scb-dispatch");
        assertThat(config.clientSecret()).isEqualTo(SECRET);
        assertThat(config.tenantKey()).isEqualTo("13443459078e31ba8630e2e9842906c7baf38b131e");
        assertThat(config.scope()).contains("post:kivra.v1.tenant.13443459078e31ba8630e2e9842906c7baf38b131e.content");
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(config.maxInFlight()).isEqualTo(4);
        assertThat(config.contentType()).isEqualTo("letter.salary");
        assertThat(config.retentionDays()).contains(390);
        assertThat(config.matchBatchSize()).isEqualTo(5_000);
        assertThat(config.tokenRenewalMargin()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.sslContext()).isEmpty();
    }

    @Test
    void defaultsWhatIsNotSet() {
        Map<String, String> keys = required();
        keys.put("kivra.base-url", "https://sender.api.kivra.com/");

        KivraConfig config = KivraConfig.from(ProviderConfig.of(keys));

        assertThat(config.tokenUrl()).isEqualTo(URI.create("https://sender.api.kivra.com/v1/auth"));
        assertThat(config.scope()).isEmpty();
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.maxInFlight()).isEqualTo(16);
        assertThat(config.contentType()).isEqualTo("letter");
        assertThat(config.retentionDays()).isEmpty();
        assertThat(config.matchBatchSize()).isEqualTo(1_000);
        assertThat(config.tokenRenewalMargin()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void namesEveryMissingKeyAtOnce() {
        assertThatThrownBy(() -> KivraConfig.from(ProviderConfig.empty()))
                .isInstanceOf(ProviderException.class)
                .hasMessage("Invalid Kivra configuration: kivra.base-url must be set. kivra.client-id must be set."
                        + " kivra.client-secret must be set. kivra.tenant-key must be set.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kivra.timeout          | soon        | kivra.timeout must be a duration such as 30s, 500ms, 2m or PT30S; it is 'soon'.",
        "kivra.timeout          | 0s          | kivra.timeout must be longer than zero.",
        "kivra.token-renewal-margin | -PT1S   | kivra.token-renewal-margin must not be negative.",
        "kivra.max-in-flight    | 0           | kivra.max-in-flight must be at least 1; it is 0.",
        "kivra.max-in-flight    | 1001        | kivra.max-in-flight must be at most 1000.",
        "kivra.max-in-flight    | many        | kivra.max-in-flight must be a whole number; it is 'many'.",
        "kivra.match-batch-size | 600000      | kivra.match-batch-size must be at most 500000, the most Kivra's 10 MB request takes.",
        "kivra.retention-days   | 45          | kivra.retention-days must be 30 or 390, the retention times Kivra offers.",
        "kivra.base-url         | ftp://kivra | kivra.base-url must be an absolute http or https address such as https://host.example/path; it is 'ftp://kivra'.",
        "kivra.base-url         | a b         | kivra.base-url must be an absolute http or https address such as https://host.example/path; it is 'a b'.",
        "kivra.token-url        | /v1/auth    | kivra.token-url must be an absolute http or https address such as https://host.example/path; it is '/v1/auth'.",
        "kivra.tenant-key       | abc/def     | kivra.tenant-key must be the tenant key Kivra gave you: letters and digits only."})
    void saysWhatIsWrongWithAValue(String key, String value, String problem) {
        Map<String, String> keys = required();
        keys.put(key, value);

        assertThatThrownBy(() -> KivraConfig.from(ProviderConfig.of(keys)))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining(problem);
    }

    @Test
    void retainsOnlyTheContentTypesKivraRetains() {
        Map<String, String> keys = required();
        keys.put("kivra.retention-days", "30");

        assertThatThrownBy(() -> KivraConfig.from(ProviderConfig.of(keys)))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("kivra.content-type must be one that Kivra retains (letter.salary, salaryslip,");
    }

    @Test
    void readsTheTrustStoreKeysTogether() {
        Map<String, String> keys = required();
        keys.put("kivra.trust-store-password", "changeit");

        assertThatThrownBy(() -> KivraConfig.from(ProviderConfig.of(keys)))
                .hasMessageContaining("kivra.trust-store must be set when kivra.trust-store-password or kivra.trust-store-type is.");

        keys.put("kivra.trust-store", "/no/such/dir/trust.p12");
        assertThatThrownBy(() -> KivraConfig.from(ProviderConfig.of(keys)))
                .hasMessageContaining("kivra.trust-store must name an existing file; /no/such/dir/trust.p12 does not exist or is not a file.");
    }

    @Test
    void theBuilderChecksByTheSameRulesUnderTheSameKeys() {
        assertThatThrownBy(() -> KivraConfig.builder().baseUrl(KivraConfig.PRODUCTION).clientId("c").tenantKey("abc").maxInFlight(0).build())
                .isInstanceOf(ProviderException.class)
                .hasMessage("Invalid Kivra configuration: kivra.client-secret must be set. kivra.max-in-flight must be at least 1; it is 0.");
    }

    @Test
    void theBuilderKeepsWhatItIsGiven() {
        KivraConfig config = KivraConfig.builder().baseUrl(KivraConfig.SANDBOX).clientId("c").clientSecret(SECRET).tenantKey("abc")
                .timeout(Duration.ofMillis(1_500)).tokenRenewalMargin(Duration.ZERO).retentionDays(30).contentType("salaryslip")
                .scope(" ").build();

        assertThat(config.timeout()).isEqualTo(Duration.ofMillis(1_500));
        assertThat(config.tokenRenewalMargin()).isZero();
        assertThat(config.retentionDays()).contains(30);
        assertThat(config.scope()).isEmpty();
        assertThat(config.tokenUrl()).isEqualTo(URI.create("https://sender.sandbox-api.kivra.com/v1/auth"));
    }

    @Test
    void neverQuotesTheSecretInAProblem() {
        Map<String, String> keys = required();
        keys.put("kivra.trust-store-password", SECRET);

        assertThatThrownBy(() -> KivraConfig.from(ProviderConfig.of(keys))).hasMessageNotContaining(SECRET);
    }

    @Test
    void neverShowsTheSecret() {
        KivraConfig config = KivraConfig.from(ProviderConfig.of(required()));

        assertThat(config.toString()).doesNotContain(SECRET).contains("clientSecret=(hidden)").contains("scb-dispatch");
    }

    @Test
    void readsDurationsAsPeopleWriteThem() {
        assertThat(ProviderConfig.parseDuration("500ms")).contains(Duration.ofMillis(500));
        assertThat(ProviderConfig.parseDuration(" 30 s ")).contains(Duration.ofSeconds(30));
        assertThat(ProviderConfig.parseDuration("2m")).contains(Duration.ofMinutes(2));
        assertThat(ProviderConfig.parseDuration("1H")).contains(Duration.ofHours(1));
        assertThat(ProviderConfig.parseDuration("PT1.5S")).contains(Duration.ofMillis(1_500));
        assertThat(ProviderConfig.parseDuration("a while")).isEqualTo(Optional.empty());
    }
}
