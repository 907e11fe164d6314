package se.scb.dispatch.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderConfigTest {

    @TempDir
    Path folder;

    @Test
    void readsDurationsAsPeopleWriteThem() {
        assertThat(ProviderConfig.parseDuration("500ms")).contains(Duration.ofMillis(500));
        assertThat(ProviderConfig.parseDuration(" 30 s ")).contains(Duration.ofSeconds(30));
        assertThat(ProviderConfig.parseDuration("2m")).contains(Duration.ofMinutes(2));
        assertThat(ProviderConfig.parseDuration("2min")).contains(Duration.ofMinutes(2));
        assertThat(ProviderConfig.parseDuration("1H")).contains(Duration.ofHours(1));
        assertThat(ProviderConfig.parseDuration("PT30S")).contains(Duration.ofSeconds(30));
        assertThat(ProviderConfig.parseDuration("thirty seconds")).isEmpty();
        assertThat(ProviderConfig.parseDuration("99999999999999999999s")).isEmpty();
    }

    @Test
    void trimsValuesTreatsBlankAsAbsentAndShowsNoValue() {
        Map<String, String> values = new HashMap<>();
        values.put(" kivra.tenant-key ", " abc ");
        values.put("kivra.scope", "  ");
        ProviderConfig config = ProviderConfig.of(values);

        assertThat(config.get("kivra.tenant-key")).contains("abc");
        assertThat(config.get("kivra.scope")).isEmpty();
        assertThat(config.toString()).doesNotContain("abc");
    }

    @Test
    void readsEveryTypeOfValue() throws IOException {
        Path file = Files.writeString(folder.resolve("trust.p12"), "x");
        ProviderConfig.Reader keys = ProviderConfig.of(Map.of(
                "a.text", "hello", "a.url", "https://api.example.test/v1", "a.timeout", "2m", "a.count", "12",
                "a.flag", "TRUE", "a.file", file.toString(), "a.path", folder.resolve("not-yet").toString())).reader("test configuration");

        assertThat(keys.requiredText("a.text")).isEqualTo("hello");
        assertThat(keys.optionalText("a.other")).isEmpty();
        assertThat(keys.requiredHttpUri("a.url")).isEqualTo(URI.create("https://api.example.test/v1"));
        assertThat(keys.positiveDuration("a.timeout", Duration.ofSeconds(1))).isEqualTo(Duration.ofMinutes(2));
        assertThat(keys.positiveInt("a.count", 3)).isEqualTo(12);
        assertThat(keys.bool("a.flag", false)).isTrue();
        assertThat(keys.existingFile("a.file")).contains(file);
        assertThat(keys.path("a.path")).contains(folder.resolve("not-yet"));
        keys.done();
    }

    @Test
    void giveTheirDefaultsWhenNotSet() {
        ProviderConfig.Reader keys = ProviderConfig.empty().reader("test configuration");

        assertThat(keys.duration("a.margin", Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(60));
        assertThat(keys.positiveInt("a.count", 16)).isEqualTo(16);
        assertThat(keys.bool("a.flag", true)).isTrue();
        assertThat(keys.httpUri("a.url")).isEmpty();
        assertThat(keys.existingFile("a.file")).isEmpty();
        keys.done();
    }

    @Test
    void namesEveryBadKeyInOneExceptionAndSaysWhatToFix() {
        ProviderConfig.Reader keys = ProviderConfig.of(Map.of(
                "kivra.base-url", "htp:/x", "kivra.timeout", "soon", "kivra.max-in-flight", "0",
                "kivra.retention-days", "many", "kivra.sort", "ja", "kivra.margin", "-PT1S", "kivra.wait", "0s",
                "kivra.trust-store", folder.resolve("absent.p12").toString())).reader("Kivra configuration");

        keys.requiredText("kivra.client-id");
        keys.requiredHttpUri("kivra.base-url");
        keys.positiveDuration("kivra.timeout", Duration.ofSeconds(30));
        keys.positiveInt("kivra.max-in-flight", 16);
        keys.optionalInt("kivra.retention-days");
        keys.bool("kivra.sort", true);
        keys.duration("kivra.margin", Duration.ZERO);
        keys.positiveDuration("kivra.wait", Duration.ofSeconds(1));
        keys.existingFile("kivra.trust-store");
        keys.check(false, "kivra.content-type", "must be one that Kivra retains");

        assertThatThrownBy(keys::done)
                .isInstanceOf(ProviderException.class)
                .hasMessage("Invalid Kivra configuration: kivra.client-id must be set."
                        + " kivra.base-url must be an absolute http or https address such as https://host.example/path; it is 'htp:/x'."
                        + " kivra.timeout must be a duration such as 30s, 500ms, 2m or PT30S; it is 'soon'."
                        + " kivra.max-in-flight must be at least 1; it is 0."
                        + " kivra.retention-days must be a whole number; it is 'many'."
                        + " kivra.sort must be true or false; it is 'ja'."
                        + " kivra.margin must not be negative."
                        + " kivra.wait must be longer than zero."
                        + " kivra.trust-store must name an existing file; " + folder.resolve("absent.p12").toAbsolutePath()
                        + " does not exist or is not a file."
                        + " kivra.content-type must be one that Kivra retains.");
    }

    @Test
    void aRequiredValueThatCannotBeReadIsOneProblemNotTwo() {
        ProviderConfig.Reader keys = ProviderConfig.of(Map.of("a.url", "ftp://example.test")).reader("test configuration");

        assertThat(keys.requiredHttpUri("a.url")).isNull();
        assertThatThrownBy(keys::done).hasMessage("Invalid test configuration: a.url must be an absolute http or https address"
                + " such as https://host.example/path; it is 'ftp://example.test'.");
    }

    @Test
    void neverQuotesTheValueOfASecretKey() {
        ProviderConfig.Reader keys = ProviderConfig.of(Map.of(
                "a.keystore-password", "hunter2", "a.client-secret", "s3cret", "a.credentials", "top")).reader("test configuration");

        keys.positiveInt("a.keystore-password", 1);
        keys.bool("a.client-secret", false);
        keys.httpUri("a.credentials");

        assertThatThrownBy(keys::done)
                .hasMessageContaining("a.keystore-password must be a whole number.")
                .hasMessageContaining("a.client-secret must be true or false.")
                .hasMessageContaining("a.credentials must be an absolute http or https address")
                .hasMessageNotContaining("hunter2").hasMessageNotContaining("s3cret").hasMessageNotContaining("top");
    }
}
