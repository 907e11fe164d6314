package org.example.survey;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.SendReport;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.model.Outcome;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.preview.PreviewReport;
import se.scb.dispatch.run.DispatchListener;
import se.scb.dispatch.run.SendProgress;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.Sender;
import se.scb.dispatch.validation.ValidationReport;

/** Sends a survey's invitations to a sample read from a CSV file: digital where the recipient has a mailbox, paper otherwise. */
public final class SendInvitations {

    private static final Logger log = LoggerFactory.getLogger(SendInvitations.class);

    private SendInvitations() {
    }

    /** Usage: {@code SendInvitations urval.csv}. The directory, operator and paper channel are found on the class path. */
    public static void main(String[] args) {
        try (Dispatcher dispatcher = Dispatcher.builder().listener(progressInTheLog()).build()) {
            SendReport report = send(dispatcher, Path.of(args.length > 0 ? args[0] : "urval.csv"));
            log.info("Dispatch {}: delivered {}, on paper {}, failed {}", report.dispatchId(), report.status().count(DeliveryState.DELIVERED),
                    report.status().count(DeliveryState.HANDED_TO_PAPER), report.status().count(DeliveryState.FAILED));
        }
    }

    /** Checks the sample against the template, then sends: nothing goes out if the file lacks a variable the letter needs. */
    public static SendReport send(Dispatcher dispatcher, Path sampleFile) {
        MessageTemplate template = MessageTemplate.builder()
                .sender(new Sender(OrganisationNumber.parse("202100-5489"), "Statistikmyndigheten"))
                .subject("Inbjudan till Arbetskraftsundersökningen")
                .text("Hej {{namn}}!\n\nDu är utvald att delta. Logga in med koden {{kod}}.")
                .build();
        PopulationSource sample = PopulationSource.csv(sampleFile);
        DispatchOptions options = DispatchOptions.named("AKU 2026 vecka 48");

        PreviewReport preview = dispatcher.preview(sample, template);
        if (!preview.missingFromSource().isEmpty()) {
            throw new IllegalArgumentException(sampleFile + " has no column for " + preview.missingFromSource());
        }
        ValidationReport plan = dispatcher.validate(sample, template, options);
        log.info("Digital {}, paper {}, nothing {}", plan.count(Outcome.DIGITAL), plan.count(Outcome.PAPER), plan.count(Outcome.FAILED));
        return dispatcher.send(sample, template, options);
    }

    private static DispatchListener progressInTheLog() {
        return new DispatchListener() {
            @Override
            public void progressed(SendProgress progress) {
                log.debug("{} of {} letters settled", progress.settled(), progress.total());
            }
        };
    }
}
