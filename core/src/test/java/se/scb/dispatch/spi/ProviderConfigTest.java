package se.scb.dispatch.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderConfigTest {

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
    void trimsValuesTreatsBlankAsAbsentAndNamesAMissingKey() {
        Map<String, String> values = new HashMap<>();
        values.put(" kivra.tenant-key ", " abc ");
        values.put("kivra.scope", "  ");
        ProviderConfig config = ProviderConfig.of(values);

        assertThat(config.get("kivra.tenant-key")).contains("abc");
        assertThat(config.get("kivra.scope")).isEmpty();
        assertThatThrownBy(() -> config.require("kivra.client-id")).isInstanceOf(ProviderException.class).hasMessageContaining("'kivra.client-id'");
        assertThat(config.toString()).doesNotContain("abc");
    }
}
