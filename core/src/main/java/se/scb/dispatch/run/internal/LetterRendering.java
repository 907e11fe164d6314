package se.scb.dispatch.run.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import se.scb.dispatch.experiment.Experiment;
import se.scb.dispatch.journal.DeliveryState;
import se.scb.dispatch.journal.EventType;
import se.scb.dispatch.journal.JournalEntry;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.RenderResult;
import se.scb.dispatch.template.RenderedMessage;

/**
 * Renders a letter from its row just before it goes, with the template of its experiment arm when the arm has one
 * and the dispatch's otherwise; a letter that no longer renders fails.
 */
final class LetterRendering {

    private final MessageTemplate template;
    private final Map<String, MessageTemplate> armTemplates;
    private final LetterLog log;

    LetterRendering(MessageTemplate template, LetterLog log) {
        this(template, Optional.empty(), log);
    }

    LetterRendering(MessageTemplate template, Optional<Experiment> experiment, LetterLog log) {
        this.template = template;
        Map<String, MessageTemplate> byArm = new HashMap<>();
        experiment.ifPresent(each -> each.arms().forEach(arm -> arm.template().ifPresent(armTemplate -> byArm.put(arm.name(), armTemplate))));
        this.armTemplates = Map.copyOf(byArm);
        this.log = log;
    }

    /** The rendered letter, or empty when it could not be rendered (the letter is then settled as failed). */
    Optional<RenderedMessage> render(JournalEntry entry) {
        MessageTemplate letter = entry.arm().map(armTemplates::get).orElse(template);
        RenderResult rendered = letter.render(entry.row().variables());
        if (rendered.isRendered()) {
            return Optional.of(rendered.message());
        }
        // The plan rendered the same template with the same row, so only purged personal data gets here.
        log.settle(entry.settled(DeliveryState.FAILED, Optional.of(ReasonCode.MISSING_VARIABLE)), EventType.FAILED, ReasonCode.MISSING_VARIABLE.name(),
                "The row no longer has the variables " + rendered.missingVariables() + " (was its personal data purged?).");
        return Optional.empty();
    }

    /** The case id the letter carries, if its row has one. */
    static Optional<String> caseId(JournalEntry entry) {
        return entry.row().caseId().isEmpty() ? Optional.empty() : Optional.of(entry.row().caseId());
    }
}
