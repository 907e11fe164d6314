package se.scb.dispatch.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.scb.dispatch.id.Clocks.MID_MARCH_2026;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.scb.dispatch.id.RecipientId.Kind;

/**
 * The validity verdicts of the cross-language personnummer project's test data, run against our
 * parser. The fixture ({@code personnummer/personnummer-project-cases.csv}) says where each case
 * comes from. Where we differ on purpose the fixture's expectation is ours and its third column says so:
 * a space where the separator goes is accepted, because exports and hand-typed files write it so and
 * the digits and their order leave no doubt.
 */
class PersonnummerProjectDataTest {

    private static final String FIXTURE = "/personnummer/personnummer-project-cases.csv";
    private static final String INVALID = "INVALID";

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = PersonnummerProjectDataTest.class.getResourceAsStream(FIXTURE)) {
            assertThat(in).as(FIXTURE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(";", 3))
                    .map(fields -> Arguments.of(fields[0], fields[1], fields[2]))
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0} is {1}: {2}")
    @MethodSource("cases")
    void theParserAgreesWithTheData(String written, String expected, String rule) {
        if (expected.equals(INVALID)) {
            assertThatThrownBy(() -> RecipientId.parse(written, MID_MARCH_2026))
                    .isInstanceOf(InvalidRecipientIdException.class)
                    .hasMessageStartingWith("Not a valid");
        } else {
            assertThat(RecipientId.parse(written, MID_MARCH_2026).kind()).isEqualTo(Kind.valueOf(expected));
        }
    }
}
