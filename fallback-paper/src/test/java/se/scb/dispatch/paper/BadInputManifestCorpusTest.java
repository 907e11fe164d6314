package se.scb.dispatch.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.population.PopulationReader;
import se.scb.dispatch.population.PopulationRow;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.spi.PaperLetter;
import se.scb.dispatch.spi.PaperReceipt;
import se.scb.dispatch.testkit.logging.UnmaskedForms;

/**
 * Every file in {@code bad-input/} holds addresses a spreadsheet or a printer would choke on. Its rows
 * are read as a dispatch reads them and sent to a print batch; the manifest must hold no value a
 * spreadsheet runs and no control character, the PDF no control character, neither an identity
 * number, and every line of data must be a letter or a malformed row.
 */
class BadInputManifestCorpusTest {

    private static final List<String> SOURCE_COLUMNS = List.of("case_id", "name", "care_of", "street", "postal_code", "city", "country");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    @TempDir
    Path output;

    static Stream<Path> files() throws IOException, URISyntaxException {
        Path corpus = Path.of(BadInputManifestCorpusTest.class.getResource("/bad-input").toURI());
        List<Path> files;
        try (Stream<Path> listed = Files.list(corpus)) {
            files = listed.sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void theBatchHoldsNothingASpreadsheetRunsNorAnyControlCharacter(Path file) throws IOException {
        List<PopulationRow> rows = new ArrayList<>();
        try (PopulationReader reader = PopulationSource.csv(file).open()) {
            reader.forEachRemaining(rows::add);
        }
        List<PopulationRow> letters = rows.stream().filter(row -> !row.isMalformed()).toList();
        PaperReceipt receipt = PrintBatchChannel.builder().outputDirectory(output).build()
                .submit(Letters.batch("corpus", letters.stream().map(BadInputManifestCorpusTest::letter).toList()));
        PrintedBatch batch = PrintedBatch.read(output, receipt);
        String manifest = Files.readString(batch.directory.resolve(Manifest.FILE_NAME), StandardCharsets.UTF_8);
        String pdfText = String.join("\f", pages(batch));

        assertThat(rows).as("a row for every line of data").hasSize(dataLines(file));
        assertThat(batch.manifest).as("a letter for every well-formed row").hasSize(letters.size());
        assertThat(rows).filteredOn(PopulationRow::isMalformed).allSatisfy(row -> assertThat(row.malformed().orElseThrow())
                .contains("line").doesNotContain("Exception"));
        for (Map<String, String> manifestRow : batch.manifest) {
            SOURCE_COLUMNS.forEach(column -> assertThat(manifestRow.get(column)).as(column)
                    .satisfies(value -> assertThat(value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0).isTrue()));
        }
        assertThat(controlOrFormatCharacters(manifest.replace("\r\n", ""))).as("in the manifest").isEmpty();
        assertThat(controlOrFormatCharacters(pdfText.replaceAll("[\\r\\n\\f]", ""))).as("in the PDF").isEmpty();
        for (PopulationRow row : letters) {
            RecipientId id = RecipientId.parse(row.recipientIdText());
            assertThat(UnmaskedForms.appearIn(manifest, id) || UnmaskedForms.appearIn(pdfText, id)).as("identity number shown").isFalse();
        }
        assertThat(changedSomething(letters, batch) || rows.size() > letters.size())
                .as("the file holds a hazard that was dealt with").isTrue();
    }

    private static PaperLetter letter(PopulationRow row) {
        String name = row.address().name();
        return new PaperLetter("m" + row.number(), row.address(), Letters.text("Enkät", "Hej " + name + "!"),
                Optional.of(row.caseId()).filter(id -> !id.isEmpty()));
    }

    /** Some value in the manifest differs from the one in the file: it was neutralised or cleaned. */
    private static boolean changedSomething(List<PopulationRow> letters, PrintedBatch batch) {
        return letters.stream().anyMatch(row -> {
            Map<String, String> written = batch.row("m" + row.number());
            return !written.get("name").equals(row.address().name()) || !written.get("street").equals(row.address().street())
                    || !written.get("city").equals(row.address().city()) || !written.get("care_of").equals(row.address().careOf())
                    || !written.get("case_id").equals(row.caseId());
        });
    }

    private static List<String> pages(PrintedBatch batch) {
        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= batch.pageCount; page++) {
            pages.add(batch.page(page));
        }
        return pages;
    }

    /** The code points, in hex, of the control and format characters in the text. */
    private static List<String> controlOrFormatCharacters(String text) {
        return text.codePoints().filter(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)
                .mapToObj(Integer::toHexString).toList();
    }

    private static int dataLines(Path file) throws IOException {
        return (int) Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).filter(line -> !line.isBlank()).count();
    }
}
