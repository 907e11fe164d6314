package se.scb.dispatch.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.scb.dispatch.id.OrganisationNumber;

/** {@link MessageTemplate#load(Path)}. Tests that read a sender's organisation number need the id package. */
class TemplateFileTest {


    @TempDir
    Path folder;

    private Path write(String name, String json) throws IOException {
        return Files.writeString(folder.resolve(name), json, StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryKey() throws IOException {
        Files.createDirectories(folder.resolve("bilagor"));
        Files.write(folder.resolve("bilagor/info.pdf"), Fixtures.pdf());
        Path file = write("template.json", """
                {
                  "sender": { "organisationNumber": "202100-5489", "name": "Statistikmyndigheten SCB" },
                  "subject": "AKU för {{förnamn}}",
                  "text": "Hej {{förnamn}}!",
                  "html": "<p>Hej {{förnamn}}!</p>",
                  "attachments": ["bilagor/info.pdf"],
                  "language": "en",
                  "supportInfo": { "text": "Ring {{telefon|oss}}", "url": "https://www.scb.se",
                                   "phone": "010-479 40 00", "email": "aku@scb.se" }
                }
                """);

        MessageTemplate template = MessageTemplate.load(file);

        assertThat(template.sender()).isEqualTo(Fixtures.SENDER);
        assertThat(template.subject()).isEqualTo("AKU för {{förnamn}}");
        assertThat(template.text()).contains("Hej {{förnamn}}!");
        assertThat(template.html()).contains("<p>Hej {{förnamn}}!</p>");
        assertThat(template.attachments()).containsExactly(Attachment.of("info.pdf", Fixtures.pdf()));
        assertThat(template.language()).isEqualTo("en");
        assertThat(template.supportInfo()).contains(new SupportInfo("Ring {{telefon|oss}}",
                Optional.of("https://www.scb.se"), Optional.of("010-479 40 00"), Optional.of("aku@scb.se")));
        assertThat(template.variables()).containsExactly("förnamn", "telefon");
        assertThat(template.render(Map.of("förnamn", "Åsa")).message().subject()).isEqualTo("AKU för Åsa");
    }

    @Test
    void optionalKeysMayBeLeftOut() throws IOException {
        Path file = write("template.json", """
                {"sender": {"organisationNumber": "162021005489", "name": "SCB"}, "subject": "Enkät", "html": "<p>Hej</p>"}
                """);

        MessageTemplate template = MessageTemplate.load(file);

        assertThat(template.language()).isEqualTo("sv");
        assertThat(template.text()).isEmpty();
        assertThat(template.attachments()).isEmpty();
        assertThat(template.supportInfo()).isEmpty();
    }

    @Test
    void aPersonsNumberIsNotAnOrganisationNumber() throws IOException {
        Path file = write("template.json", """
                {"sender": {"organisationNumber": "19121212-1212", "name": "SCB"}, "subject": "Enkät", "text": "Hej"}
                """);

        assertThatThrownBy(() -> MessageTemplate.load(file))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("'sender.organisationNumber' in " + file + " is not a valid organisation number")
                .hasMessageContaining("got a valid personal identity number")
                .hasMessageNotContaining("1212");
    }

    @Test
    void anInvalidOrganisationNumberIsNamed() throws IOException {
        Path file = write("template.json", """
                {"sender": {"organisationNumber": "202100-5488", "name": "SCB"}, "subject": "Enkät", "text": "Hej"}
                """);

        assertThatThrownBy(() -> MessageTemplate.load(file))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("'sender.organisationNumber' in " + file + " is not a valid organisation number");
    }

    @Test
    void aMalformedPlaceholderNamesTheFileAndTheField() throws IOException {
        Path file = write("template.json", """
                {"sender": {"organisationNumber": "162021005489", "name": "SCB"}, "subject": "Enkät", "text": "Hej {{na-me}}"}
                """);

        assertThatThrownBy(() -> MessageTemplate.load(file))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("In " + file + ": The placeholder '{{na-me}}' in the text at line 1, column 5");
    }

    @Test
    void namesAnUnknownTopLevelKeyAndGuessesTheIntendedOne() throws IOException {
        Path file = write("template.json", """
                {"subjcet": "Enkät", "text": "Hej"}
                """);

        assertThatThrownBy(() -> MessageTemplate.load(file))
                .isInstanceOf(TemplateException.class)
                .hasMessage("Unknown key 'subjcet' in " + file + " (did you mean 'subject'?); known keys are "
                        + "attachments, html, language, sender, subject, supportInfo, text.");
    }

    @Test
    void namesEveryUnknownNestedKeyAtOnce() throws IOException {
        Path file = write("template.json", """
                {"sender": {"orgnr": "x", "name": "SCB"}, "subject": "Enkät", "text": "Hej",
                 "supportInfo": {"text": "Ring", "telefon": "010"}}
                """);

        assertThatThrownBy(() -> MessageTemplate.load(file))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("Unknown key 'sender.orgnr' in " + file
                        + "; known keys in sender are name, organisationNumber.")
                .hasMessageContaining("Unknown key 'supportInfo.telefon' in " + file
                        + "; known keys in supportInfo are email, phone, text, url.");
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() throws IOException {
        Path file = write("template.json", "{\n  \"subject\": \"Enkät\",\n  \"text\": \"Hej\"\n  \"html\": \"<p/>\"\n}");

        assertThatThrownBy(() -> MessageTemplate.load(file))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith(file + " is not valid JSON at line 4, column 3: ");
    }

    @Test
    void aRepeatedKeyIsAnError() throws IOException {
        Path file = write("template.json", "{\"subject\": \"A\",\n \"subject\": \"B\"}");

        assertThatThrownBy(() -> MessageTemplate.load(file))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("is not valid JSON at line 2")
                .hasMessageContaining("subject");
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() throws IOException {
        Path number = write("number.json", "{\"subject\": 42, \"text\": \"Hej\"}");
        Path sender = write("sender.json", "{\"sender\": \"SCB\", \"subject\": \"Enkät\", \"text\": \"Hej\"}");
        Path supportUrl = write("url.json", "{\"subject\": \"Enkät\", \"supportInfo\": {\"url\": [\"x\"]}}");

        assertThatThrownBy(() -> MessageTemplate.load(number))
                .hasMessage("'subject' in " + number + " must be a string, not a number.");
        assertThatThrownBy(() -> MessageTemplate.load(sender))
                .hasMessage("'sender' in " + sender + " must be an object { ... }, not a string.");
        assertThatThrownBy(() -> MessageTemplate.load(supportUrl))
                .hasMessage("'supportInfo.url' in " + supportUrl + " must be a string, not an array.");
    }

    @Test
    void missingRequiredPartsAreListedAsSentences() throws IOException {
        Path file = write("template.json", "{\"language\": \"sv\"}");

        assertThatThrownBy(() -> MessageTemplate.load(file))
                .isInstanceOf(TemplateException.class)
                .hasMessage("Invalid template " + file + ": body is missing: give a text body, an HTML body or both."
                        + " sender must not be null. subject must not be blank.");
    }

    @Test
    void aMissingAttachmentIsNamed() throws IOException {
        Path file = write("template.json", """
                {"subject": "Enkät", "text": "Hej", "attachments": ["bilagor/saknas.pdf"]}
                """);

        assertThatThrownBy(() -> MessageTemplate.load(file))
                .isInstanceOf(TemplateException.class)
                .hasMessage("In " + file + ": Attachment 'saknas.pdf' was not found at "
                        + folder.resolve("bilagor/saknas.pdf").toAbsolutePath() + ".");
    }

    @Test
    void anAttachmentThatIsNotAPdfIsNamed() throws IOException {
        Files.writeString(folder.resolve("brev.pdf"), "Hej, detta är text");
        Path file = write("template.json", """
                {"subject": "Enkät", "text": "Hej", "attachments": ["brev.pdf"]}
                """);

        assertThatThrownBy(() -> MessageTemplate.load(file))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("Attachment 'brev.pdf' is not a PDF: it does not start with \"%PDF-\"")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Hej"));
    }

    @Test
    void attachmentsMustBeAListOfPaths() throws IOException {
        Path notAList = write("a.json", "{\"subject\": \"Enkät\", \"attachments\": \"brev.pdf\"}");
        Path blank = write("b.json", "{\"subject\": \"Enkät\", \"attachments\": [\" \"]}");

        assertThatThrownBy(() -> MessageTemplate.load(notAList))
                .hasMessageContaining("must be an array of PDF file paths, not a string");
        assertThatThrownBy(() -> MessageTemplate.load(blank)).hasMessageContaining("one is blank");
    }

    @Test
    void anEmptyOrNonObjectFileIsReported() throws IOException {
        Path empty = write("empty.json", "  ");
        Path array = write("array.json", "[]");

        assertThatThrownBy(() -> MessageTemplate.load(empty)).hasMessageContaining("is empty");
        assertThatThrownBy(() -> MessageTemplate.load(array)).hasMessageContaining("must hold a JSON object { ... }, not an array");
    }

    @Test
    void aMissingTemplateFileIsNamed() {
        Path missing = folder.resolve("saknas.json");

        assertThatThrownBy(() -> MessageTemplate.load(missing))
                .isInstanceOf(TemplateException.class)
                .hasMessage("Template file not found: " + missing.toAbsolutePath() + ".");
    }
}
