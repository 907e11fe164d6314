package se.scb.dispatch.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.config.InvalidConfigurationException;

class ConfigurationCheckTest {

    record Limits(@Max(10) int retries, @NotBlank String name) {
    }

    record Options(
            @NotNull String operator,
            @Valid Limits limits,
            List<@Size(max = 3, message = "must be at most {max} characters") String> tags) {

        @AssertTrue(message = "must not be both set and empty")
        boolean isConsistent() {
            return operator == null || !operator.isEmpty();
        }
    }

    @Test
    void returnsAValidObjectAsItIs() {
        Options options = new Options("kivra", new Limits(3, "x"), List.of("a"));

        assertThat(ConfigurationCheck.check(options)).isSameAs(options);
        assertThat(ConfigurationCheck.problems(options)).isEmpty();
    }

    @Test
    void namesEveryViolationAsASentenceInSortedOrder() {
        Options options = new Options(null, new Limits(11, " "), List.of("ok", "too long"));

        assertThat(ConfigurationCheck.problems(options)).containsExactly(
                "limits.name must not be blank.",
                "limits.retries must be less than or equal to 10.",
                "operator must not be null.",
                "tags[1] must be at most 3 characters.");
    }

    @Test
    void theExceptionListsTheProblemsAfterWhatWasChecked() {
        Options options = new Options("", new Limits(1, "x"), List.of());

        assertThatThrownBy(() -> ConfigurationCheck.check("dispatcher options", options))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                    assertThat(e).hasMessage("Invalid dispatcher options: consistent must not be both set and empty.");
                    assertThat(e.problems()).containsExactly("consistent must not be both set and empty.");
                });
    }

    @Test
    void namesTheCheckedClassWhenNotToldWhatItIs() {
        assertThatThrownBy(() -> ConfigurationCheck.check(new Limits(1, "")))
                .hasMessage("Invalid ConfigurationCheckTest.Limits: name must not be blank.");
    }

    @Test
    void writesEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertThat(ConfigurationCheck.problems(new Limits(1, ""))).containsExactly("name must not be blank.");
        } finally {
            Locale.setDefault(before);
        }
    }
}
