package se.scb.dispatch.examples;

import java.util.List;
import java.util.Map;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.SendReport;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.PersonalIdentityNumber;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.model.Outcome;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.preview.PreviewReport;
import se.scb.dispatch.run.DispatchListener;
import se.scb.dispatch.run.SendProgress;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.Sender;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.FakePaperChannel;
import se.scb.dispatch.testkit.FakeRecipientDirectory;
import se.scb.dispatch.testkit.TestIdentityNumbers;
import se.scb.dispatch.validation.ValidationReport;

/**
 * How a Java system embeds the SDK: a template, a population, a dispatcher, then preview, validate
 * and send. The testkit's fakes stand in for the directory, the operators and the print house; in
 * production leave the three out of the builder and put the adapters on the class path, where the
 * dispatcher finds them (or name them with {@code Dispatcher.builder().config(...)}).
 */
public final class EmbeddingExample {

    private EmbeddingExample() {
    }

    public static void main(String[] args) {
        // Valid in form, for fakes only: never send to numbers made up like this.
        TestIdentityNumbers ids = new TestIdentityNumbers(7);
        PersonalIdentityNumber anna = ids.personalIdentityNumber(1984);
        PersonalIdentityNumber erik = ids.personalIdentityNumber(1951);

        MessageTemplate template = MessageTemplate.builder()
                .sender(new Sender(OrganisationNumber.parse("202100-5489"), "Statistikmyndigheten"))
                .subject("Inbjudan till Arbetskraftsundersökningen")
                .text("Hej {{namn}}!\n\nDu är utvald att delta. Logga in med koden {{kod}}.")
                .build();

        // Rows from the system's own store; PopulationSource.csv(path) and .jsonLines(path) stream files.
        PopulationSource population = PopulationSource.of(List.of(
                row(anna.formatted(), "Anna Andersson", "Storgatan 1", "111 22", "Stockholm", "K7Q2"),
                row(erik.formatted(), "Erik Eriksson", "Kyrkogatan 3", "211 33", "Malmö", "M4X9")));

        try (FakeMailboxOperator operator = new FakeMailboxOperator();
                Dispatcher dispatcher = Dispatcher.builder()
                        .recipientDirectory(FakeRecipientDirectory.builder().reachable(anna, "kivra").build())
                        .mailboxOperator(operator)
                        .paperChannel(new FakePaperChannel())
                        .listener(new DispatchListener() {
                            @Override
                            public void progressed(SendProgress progress) {
                                System.out.printf("%d of %d letters settled%n", progress.settled(), progress.total());
                            }
                        })
                        .build()) {
            DispatchOptions options = DispatchOptions.named("AKU 2026 vecka 48");

            PreviewReport preview = dispatcher.preview(population, template);
            System.out.println("Variables the source lacks: " + preview.missingFromSource());

            // Each row's outcome as it is decided: masked id, outcome, reason and a message for people.
            ValidationReport plan = dispatcher.validate(population, template, options, outcome -> System.out.println(outcome));
            System.out.println("Digital " + plan.count(Outcome.DIGITAL) + ", paper " + plan.count(Outcome.PAPER)
                    + ", failed " + plan.count(Outcome.FAILED));

            SendReport sent = dispatcher.send(population, template, options);
            System.out.println("Dispatch " + sent.dispatchId() + ": delivered " + sent.status().count(DeliveryState.DELIVERED)
                    + ", on paper " + sent.status().count(DeliveryState.HANDED_TO_PAPER)
                    + ", failed " + sent.status().count(DeliveryState.FAILED));
        }
    }

    private static Map<String, String> row(String id, String name, String street, String postalCode, String city, String code) {
        return Map.of("personnummer", id, "namn", name, "utdelningsadress", street, "postnummer", postalCode, "postort", city,
                "kod", code);
    }
}
