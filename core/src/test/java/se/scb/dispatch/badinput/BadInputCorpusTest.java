package se.scb.dispatch.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.MailboxAddress;
import se.scb.dispatch.model.RecipientOutcome;
import se.scb.dispatch.plan.internal.Planner;
import se.scb.dispatch.population.PopulationException;
import se.scb.dispatch.population.PopulationReader;
import se.scb.dispatch.population.PopulationRow;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.population.ShownText;
import se.scb.dispatch.routing.internal.Router;
import se.scb.dispatch.spi.OperatorCapabilities;
import se.scb.dispatch.spi.Reachability;
import se.scb.dispatch.spi.RecipientDirectory;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.Sender;

/**
 * Every file in {@code bad-input/} is read and planned as a dispatch would: it must give a reason
 * code for what is wrong (or one clear error when it cannot be read at all), no stack trace, no
 * identity number unmasked in anything said about it, and a row for every line of data.
 * {@code bad-input-expected.csv} says what each file must give, and lists every file.
 */
class BadInputCorpusTest {

    private static final Path CORPUS = resource("/bad-input");
    private static final Path EXPECTED = resource("/bad-input-expected.csv");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T11:00:00Z"), RecipientId.SWEDEN);
    private static final MessageTemplate TEMPLATE = MessageTemplate.builder()
            .sender(new Sender(OrganisationNumber.parse("202100-5489", CLOCK), "Statistikmyndigheten"))
            .subject("Inbjudan")
            .text("Hej {{namn}}!")
            .build();
    // Any 10 or 12 digits as people write them; what the files hold that must not come out whole.
    private static final Pattern ID_LIKE = Pattern.compile("(?<!\\d)(?:\\d{2})?\\d{6}[-+ ]?\\d{4}(?!\\d)");
    // A message, whatever the file holds, is short enough to read.
    private static final int MAX_MESSAGE = 1_000;
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[-+ ]?\\d)*");

    /** One line of {@code bad-input-expected.csv}. */
    record Case(String file, int rows, String expected) {

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Case> cases() {
        return expectations().values().stream();
    }

    @Test
    void everyFileInTheFolderHasItsExpectationAndEveryExpectationItsFile() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            Set<String> names = files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
            assertThat(names).containsExactlyInAnyOrderElementsOf(expectations().keySet());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBadInputGivesAReasonOrAClearErrorAndLosesNothing(Case badInput) throws IOException {
        Path file = CORPUS.resolve(badInput.file());
        List<String> said = new ArrayList<>();
        List<RecipientOutcome> outcomes = new ArrayList<>();
        try {
            List<PopulationRow> rows = readAll(source(file));
            rows.forEach(row -> said.add(row.toString() + row.malformed().orElse("")));
            RecipientDirectory directory = badInput.file().startsWith("paper-") ? nobodyReachable() : everyoneReachable();
            new Planner(new Router(directory), capabilities(), CLOCK)
                    .plan(source(file), TEMPLATE, false, entry -> outcomes.add(entry.outcome()));
            assertThat(rows).as("rows reported").hasSize(badInput.rows());
            assertThat(rows).as("one row for every line of data").hasSize(dataLines(file));
        } catch (PopulationException e) {
            said.add(e.getMessage());
            assertThat(badInput.expected()).as("an error was not expected: " + e.getMessage()).startsWith("error: ");
            assertThat(e.getMessage()).contains(badInput.expected().substring("error: ".length()));
        }
        outcomes.forEach(outcome -> said.add(outcome.toString() + outcome.message()
                + outcome.recipient().map(RecipientId::masked).orElse("")));
        if (!badInput.expected().startsWith("error: ")) {
            assertThat(failedReasons(outcomes)).isEqualTo(badInput.expected());
            assertThat(outcomes).filteredOn(outcome -> outcome.reason().isPresent())
                    .allSatisfy(outcome -> assertThat(outcome.message()).isNotBlank());
        }
        assertThat(said).allSatisfy(text -> assertThat(text).doesNotContain("\tat ").doesNotContain("Exception")
                .hasSizeLessThan(MAX_MESSAGE).satisfies(BadInputCorpusTest::hasNoTerminalControl));
        assertNoIdentityNumberOfTheFileIn(said, file);
    }

    /** A control character or a bidirectional override from the file, raw in a message, would act on a terminal. */
    private static void hasNoTerminalControl(String text) {
        assertThat(text.chars().filter(c -> ShownText.needsEscape((char) c)).mapToObj(Integer::toHexString).toList())
                .as("control characters in: %s", text).isEmpty();
    }

    private static String failedReasons(List<RecipientOutcome> outcomes) {
        return outcomes.stream().flatMap(outcome -> outcome.reason().stream()).map(Enum::name).sorted()
                .collect(Collectors.joining(" "));
    }

    /** Lines after the header that hold something other than delimiters and spaces; blank lines are not rows. */
    private static int dataLines(Path file) throws IOException {
        List<String> lines = List.of(text(file).split("\r\n|\n|\r"));
        int header = file.toString().endsWith(".jsonl") ? 0 : 1;
        return (int) lines.stream().skip(header).filter(line -> !line.replaceAll("[;,\\s]", "").isEmpty()).count();
    }

    private static void assertNoIdentityNumberOfTheFileIn(List<String> said, Path file) throws IOException {
        Set<String> lastTenOfEach = new java.util.HashSet<>();
        Matcher matcher = ID_LIKE.matcher(text(file));
        while (matcher.find()) {
            String digits = matcher.group().replaceAll("\\D", "");
            lastTenOfEach.add(digits.substring(digits.length() - 10));
        }
        for (String text : said) {
            Matcher run = DIGIT_RUN.matcher(text);
            while (run.find()) {
                String digits = run.group().replaceAll("\\D", "");
                assertThat(lastTenOfEach).as("an identity number of the file, whole, in: %s", text)
                        .noneMatch(digits::contains);
            }
        }
    }

    /** The file's text: its name says when it is UTF-16; any other file is read byte by byte, which keeps its digits. */
    private static String text(Path file) throws IOException {
        String name = file.getFileName().toString();
        return Files.readString(file, name.startsWith("utf-16-le-without") ? StandardCharsets.UTF_16LE
                : name.startsWith("utf-16") ? StandardCharsets.UTF_16 : StandardCharsets.ISO_8859_1);
    }

    private static PopulationSource source(Path file) {
        return file.toString().endsWith(".jsonl") ? PopulationSource.jsonLines(file) : PopulationSource.csv(file);
    }

    private static List<PopulationRow> readAll(PopulationSource source) {
        List<PopulationRow> rows = new ArrayList<>();
        try (PopulationReader reader = source.open()) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static RecipientDirectory everyoneReachable() {
        MailboxAddress mailbox = new MailboxAddress("kivra", "Kivra", "");
        return answering(recipient -> Reachability.reachable(recipient, mailbox));
    }

    private static RecipientDirectory nobodyReachable() {
        return answering(recipient -> Reachability.unreachable(recipient, Reachability.Status.NO_MAILBOX));
    }

    private static RecipientDirectory answering(Function<RecipientId, Reachability> answer) {
        return new RecipientDirectory() {
            @Override
            public int maxBatchSize() {
                return 1000;
            }

            @Override
            public List<Reachability> lookup(OrganisationNumber sender, List<RecipientId> recipients) {
                return recipients.stream().map(answer).toList();
            }
        };
    }

    private static OperatorCapabilities capabilities() {
        return new OperatorCapabilities(2_000_000, Set.of("text/plain"), Set.of("application/pdf"), Set.of());
    }

    private static Map<String, Case> expectations() {
        try {
            return Files.readAllLines(EXPECTED, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(";", 3))
                    .map(fields -> new Case(fields[0], Integer.parseInt(fields[1]), fields[2]))
                    .collect(Collectors.toMap(Case::file, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(BadInputCorpusTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
