package se.scb.dispatch.check.internal;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import se.scb.dispatch.id.InvalidRecipientIdException;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.ReasonCode;
import se.scb.dispatch.model.RecipientOutcome;
import se.scb.dispatch.population.PopulationRow;
import se.scb.dispatch.spi.OperatorCapabilities;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.RenderResult;

/**
 * The checks per row that need no directory, in the documented order, the first that fails deciding
 * the reason: the row could be read (MALFORMED_ROW), its recipient id ({@link RecipientIdCheck}), no
 * earlier row has the same recipient ({@link DuplicateCheck}), the template's variables are filled
 * (MISSING_VARIABLE). The content's size ({@link ContentSizeCheck}) is measured now but applies only if
 * routing sends the letter digitally; the address ({@link AddressCheck}) and the length on paper
 * ({@link PaperLengthCheck}) only if it goes on paper.
 *
 * <p>One instance per pass over a population: it remembers the recipients seen.
 */
public final class RowChecks {

    private final MessageTemplate template;
    private final OperatorCapabilities capabilities;
    private final Clock clock;
    private final DuplicateCheck duplicates = new DuplicateCheck();

    public RowChecks(MessageTemplate template, OperatorCapabilities capabilities, Clock clock) {
        this.template = Objects.requireNonNull(template, "template");
        this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Runs the checks on the next row of the pass. */
    public RowVerdict check(PopulationRow row) {
        return check(row, (each, recipient) -> template);
    }

    /**
     * Runs the checks on the next row of the pass, with the letter {@code letterOf} chooses for it (an experiment's arm
     * may send another template). It is asked once for each row whose recipient is valid and seen for the first time,
     * in row order, and for no other row: the checks before it do not depend on the letter.
     */
    public RowVerdict check(PopulationRow row, BiFunction<PopulationRow, RecipientId, MessageTemplate> letterOf) {
        long number = row.number();
        if (row.isMalformed()) {
            return RowVerdict.failed(RecipientOutcome.of(number, Optional.empty(), ReasonCode.MALFORMED_ROW,
                    "The row could not be read: " + row.malformed().orElseThrow()));
        }
        RecipientId recipient;
        try {
            recipient = RecipientIdCheck.recipientOf(row, clock);
        } catch (InvalidRecipientIdException e) {
            return RowVerdict.failed(RecipientOutcome.of(number, Optional.empty(), ReasonCode.INVALID_RECIPIENT_ID, e.getMessage()));
        }
        Optional<RecipientId> known = Optional.of(recipient);
        if (!duplicates.isFirst(recipient)) {
            return RowVerdict.failed(RecipientOutcome.of(number, known, ReasonCode.DUPLICATE_RECIPIENT,
                    "An earlier row has the same recipient; only the first row is sent."));
        }
        RenderResult rendered = letterOf.apply(row, recipient).render(row.variables());
        if (!rendered.isRendered()) {
            return RowVerdict.failed(RecipientOutcome.of(number, known, ReasonCode.MISSING_VARIABLE,
                    "The template uses " + placeholders(rendered.missingVariables()) + ", which this row lacks or leaves blank."));
        }
        return RowVerdict.toRouting(recipient, ContentSizeCheck.problem(rendered.message(), capabilities), PaperLengthCheck.problem(rendered.message()));
    }

    private static String placeholders(List<String> names) {
        return names.stream().map(name -> "{{" + name + "}}").reduce((a, b) -> a + ", " + b).orElse("");
    }
}
