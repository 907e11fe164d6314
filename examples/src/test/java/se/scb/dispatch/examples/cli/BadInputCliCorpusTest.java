package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad inputs of issue 14 that only show through the program: what it prints, what it leaves in
 * the journal, the print batches and the fake operator's file, and how it ends. Every case: a reason
 * for the row or one line on stderr with exit code 2, no stack trace, no terminal control character
 * and no identity number of the fixtures unmasked in any output or file written.
 */
class BadInputCliCorpusTest {

    private static final String HEADER = "recipient_id;namn;utdelningsadress;postnummer;postort;kod;case_id";

    @TempDir
    Path folder;

    private Fixtures fixtures;
    private Workspace workspace;

    @BeforeEach
    void writeFixtures() throws IOException {
        fixtures = new Fixtures(folder);
        workspace = new Workspace(folder);
    }

    @Test
    void aJsonLinesKeyThatIsAnIdentityNumberMakesAMaskedMalformedRowThatNoPurgeLeaves() throws IOException {
        String guardian = fixtures.withoutMailbox.formatted();
        Path population = Fixtures.write(folder.resolve("urval.jsonl"), List.of(
                "{\"recipient_id\": \"" + fixtures.atKivra.formatted() + "\", \"namn\": \"Anna\", \"kod\": \"K1\"}",
                "{\"recipient_id\": \"" + fixtures.withoutCode.formatted() + "\", \"" + guardian + "\": \"x\", \"namn\": \"Lena\", \"kod\": \"K2\"}"));

        JsonNode validated = Workspace.json(Cli.run("validate", "--population", population.toString(), "--template", fixtures.template.toString(),
                "--reachability", fixtures.reachability.toString(), "--json"));
        assertThat(validated.get("reasons").get("MALFORMED_ROW").asLong()).isEqualTo(1);
        assertThat(validated.toString()).contains(fixtures.withoutMailbox.masked());

        String dispatch = sendAndPurge(population);
        assertThat(dispatch).isNotEmpty();
        assertNothingUnmaskedInTheFilesWritten();
    }

    @Test
    void aJsonLinesKeyWithATerminalEscapeIsPrintedEscaped() throws IOException {
        Path population = Fixtures.write(folder.resolve("urval.jsonl"), List.of(
                "{\"recipient_id\": \"" + fixtures.atKivra.formatted() + "\", \"namn\": \"Anna\", \"kod\": \"K1\"}",
                "{\"recipient_id\": \"" + fixtures.withoutCode.formatted() + "\", \"\\u001b]0;pwned\\u0007\": [1], \"namn\": \"Lena\"}"));

        Cli.Result result = Cli.run("validate", "--population", population.toString(), "--template", fixtures.template.toString(),
                "--reachability", fixtures.reachability.toString());

        assertClean(result, 0);
        assertThat(result.out()).contains("MALFORMED_ROW", "\\u001b]0;pwned\\u0007");
    }

    @Test
    void previewShowsNoValueOfAColumnOfIdentityNumbersNorOneRenderedIntoASample() throws IOException {
        Path population = Fixtures.write(folder.resolve("urval.csv"), List.of(HEADER + ";vardnadshavare",
                fixtures.atKivra.formatted() + ";Anna;Storgatan 1;111 22;Stockholm;K1;C1;" + fixtures.withoutMailbox.formatted(),
                fixtures.withoutCode.formatted() + ";Lena;Skolvägen 7;702 10;Örebro;K2;C2;" + fixtures.withoutMailbox.formatted()));
        Path template = Fixtures.write(folder.resolve("mall.json"), List.of("{",
                "  \"sender\": { \"organisationNumber\": \"202100-5489\", \"name\": \"Statistikmyndigheten\" },",
                "  \"subject\": \"Inbjudan\", \"text\": \"Hej {{namn}}! Din vårdnadshavare {{vardnadshavare}}.\" }"));

        Cli.Result text = Cli.run("preview", "--population", population.toString(), "--template", template.toString());
        Cli.Result json = Cli.run("preview", "--population", population.toString(), "--template", template.toString(), "--json");

        assertClean(text, 0);
        assertClean(json, 0);
        assertThat(text.out()).contains("vardnadshavare", fixtures.withoutMailbox.masked());
    }

    @Test
    void aPopulationFileNamedAfterAPersonGivesAMaskedDispatchNameInEveryOutput() throws IOException {
        Path population = Files.copy(fixtures.population, folder.resolve("urval-" + fixtures.atKivra.formatted() + ".csv"));

        assertClean(Cli.run("validate", "--population", population.toString(), "--template", fixtures.template.toString(),
                "--reachability", fixtures.reachability.toString()), 0);
        assertClean(Cli.run("preview", "--population", population.toString(), "--template", fixtures.template.toString()), 0);
        Cli.Result missing = Cli.run("preview", "--population", population + ".old", "--template", fixtures.template.toString());
        assertClean(missing, 2);
        String dispatch = sendAndPurge(population);

        Cli.Result history = workspace.journal("history");
        Cli.Result status = workspace.journal("status", dispatch);
        assertClean(history, 0);
        assertClean(status, 0);
        assertThat(history.out()).contains("urval-" + fixtures.atKivra.masked() + ".csv");
        assertNothingUnmaskedInTheFilesWritten();
    }

    @Test
    void aCaseIdHoldingAPersonnummerIsMaskedInThePrintManifest() throws IOException {
        Path population = Fixtures.write(folder.resolve("urval.csv"), List.of(HEADER,
                fixtures.withoutMailbox.formatted() + ";Erik Eriksson;Kyrkogatan 3;211 33;Malmö;K3;" + fixtures.withoutMailbox.formatted()));

        Cli.Result sent = workspace.sending("send", "--population", population.toString(), "--template", fixtures.template.toString(),
                "--reachability", fixtures.reachability.toString());

        assertClean(sent, 0);
        String manifest = Files.readString(onlyManifest(), StandardCharsets.UTF_8);
        assertThat(manifest).contains(fixtures.withoutMailbox.masked());
        assertNothingUnmaskedInTheFilesWritten();
    }

    @Test
    void theReceivedFileDigestsRecipientsWithAKeyAndPurgeTakesTheDispatchsLinesAndTheKey() throws Exception {
        Path received = workspace.received();
        String dispatch = Workspace.json(workspace.sending("send", "--population", fixtures.population.toString(), "--template",
                fixtures.template.toString(), "--reachability", fixtures.reachability.toString(), "--json")).get("dispatchId").asText();
        String lines = Files.readString(received, StandardCharsets.US_ASCII);

        assertThat(lines).isNotBlank().doesNotContain(unsaltedDigest(fixtures.atKivra.canonical()));
        assertThat(Path.of(received + ".key")).exists();

        Cli.Result purged = workspace.journal("purge", dispatch);
        assertClean(purged, 0);
        assertThat(purged.out()).contains("received-letters file");
        assertThat(Files.readString(received, StandardCharsets.US_ASCII)).isEmpty();
        assertThat(Path.of(received + ".key")).doesNotExist();
    }

    @Test
    void receivedNamingAFolderIsOneLine() throws IOException {
        Path aFolder = Files.createDirectories(folder.resolve("received"));

        Cli.Result result = workspace.sending("send", "--population", fixtures.population.toString(), "--template", fixtures.template.toString(),
                "--reachability", fixtures.reachability.toString(), "--received", aFolder.toString());

        assertClean(result, 2);
        assertThat(result.err()).contains("--received", "is a folder");
    }

    @Test
    void outNamingAFileIsOneLine() throws IOException {
        Path aFile = Files.writeString(folder.resolve("out.txt"), "x");

        Cli.Result result = Cli.run("send", "--population", fixtures.population.toString(), "--template", fixtures.template.toString(),
                "--reachability", fixtures.reachability.toString(), "--db", workspace.db(), "--out", aFile.toString());

        assertClean(result, 2);
        assertThat(result.err()).contains("--out", "is a file");
    }

    @Test
    void aJournalInAFolderThatCannotBeWrittenIsOneLine() {
        // /proc cannot be written to, by root either; a real read-only folder would be writable to root.
        Cli.Result result = Cli.run("send", "--population", fixtures.population.toString(), "--template", fixtures.template.toString(),
                "--reachability", fixtures.reachability.toString(), "--db", "/proc/journal", "--out", workspace.out().toString());

        assertClean(result, 2);
        assertThat(result.err()).contains("--db", "/proc");
    }

    @Test
    void aCorruptJournalFileSaysCorrupt() throws IOException {
        workspace.sending("send", "--population", fixtures.population.toString(), "--template", fixtures.template.toString(),
                "--reachability", fixtures.reachability.toString());
        Path file = Path.of(workspace.db() + ".mv.db");
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < bytes.length; i += 7) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A);
        }
        Files.write(file, bytes);

        Cli.Result result = workspace.journal("history");

        assertClean(result, 2);
        assertThat(result.err()).contains("--db", "corrupt");
    }

    @Test
    void aUtf16PopulationIsReadAsUtf16() throws IOException {
        Path population = folder.resolve("unicode.csv");
        byte[] text = String.join("\r\n", Files.readAllLines(fixtures.population)).getBytes(StandardCharsets.UTF_16LE);
        Files.write(population, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text));

        JsonNode validated = Workspace.json(Cli.run("validate", "--population", population.toString(), "--template", fixtures.template.toString(),
                "--reachability", fixtures.reachability.toString(), "--json"));

        assertThat(validated.get("total").asLong()).isEqualTo(9);
        assertThat(validated.get("reasons").has("MALFORMED_ROW")).isFalse();
    }

    @Test
    void aUtf8FileWithOneBadByteStaysUtf8AndReportsThatRow() throws IOException {
        Path population = folder.resolve("one-bad-byte.csv");
        List<String> lines = Files.readAllLines(fixtures.population);
        byte[] good = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        String row = lines.get(3);
        int o = row.indexOf("Malmö") + "Malm".length();
        // The row again with its "ö" as Windows-1252 writes it: one byte that is not UTF-8.
        byte[] broken = concat(concat(row.substring(0, o).getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xF6}),
                (row.substring(o + 1) + "\n").getBytes(StandardCharsets.UTF_8));
        Files.write(population, concat(good, broken));

        Cli.Result text = Cli.run("validate", "--population", population.toString(), "--template", fixtures.template.toString(),
                "--reachability", fixtures.reachability.toString());
        JsonNode json = Workspace.json(Cli.run("validate", "--population", population.toString(), "--template", fixtures.template.toString(),
                "--reachability", fixtures.reachability.toString(), "--json"));

        assertClean(text, 0);
        assertThat(json.get("reasons").get("MALFORMED_ROW").asLong()).isEqualTo(1);
        assertThat(json.get("recipients").get(9).get("message").asText()).contains("line 11", "not text");
        assertThat(text.out()).doesNotContain("Ã");
    }

    @Test
    void aHeaderNamingOneColumnAHundredThousandTimesGivesAShortMessage() throws IOException {
        Path population = Fixtures.write(folder.resolve("wide.csv"), List.of(HEADER + ";x".repeat(100_000)));

        Cli.Result result = Cli.run("validate", "--population", population.toString(), "--template", fixtures.template.toString(),
                "--reachability", fixtures.reachability.toString());

        assertClean(result, 2);
        assertThat(result.err()).contains("more than once", "\"x\"").hasSizeLessThan(1_000);
    }

    private String sendAndPurge(Path population) {
        Cli.Result sent = workspace.sending("send", "--population", population.toString(), "--template", fixtures.template.toString(),
                "--reachability", fixtures.reachability.toString(), "--json");
        assertClean(sent, 0);
        String dispatch = Workspace.json(sent).get("dispatchId").asText();
        assertClean(workspace.journal("log", dispatch), 0);
        assertClean(workspace.journal("purge", dispatch), 0);
        return dispatch;
    }

    private static void assertClean(Cli.Result result, int exitCode) {
        assertThat(result.exitCode()).as("exit code; stderr: %s", result.err()).isEqualTo(exitCode);
        if (exitCode == 2) {
            assertThat(result.errLines()).as("one line: %s", result.err()).isEqualTo(1);
        }
        for (String output : List.of(result.out(), result.err())) {
            assertThat(output).doesNotContain("\tat ", "Exception").doesNotContain("\u001b", "\u0007");
            assertThat(Cli.hasUnmaskedId(output)).as("an identity number in: %s", output).isFalse();
        }
    }

    /** The journal (after a purge), the print batches and the received-letters file hold none of the fixtures' numbers. */
    private void assertNothingUnmaskedInTheFilesWritten() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walked = Files.walk(folder)) {
            walked.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().matches(".*\\.(csv|jsonl|json)$")
                    || file.startsWith(workspace.out())).forEach(files::add);
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String form : fixtures.unmaskedForms()) {
                assertThat(content).as("%s in %s", form, file).doesNotContain(form);
            }
        }
    }

    private Path onlyManifest() throws IOException {
        try (Stream<Path> walked = Files.walk(workspace.out())) {
            return walked.filter(file -> file.getFileName().toString().equals("manifest.csv")).findFirst().orElseThrow();
        }
    }

    private static String unsaltedDigest(String canonical) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(hash, 0, 16);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
