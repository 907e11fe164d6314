package se.scb.dispatch.check.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.scb.dispatch.template.RenderedMessage;

/**
 * The content check for paper letters: a letter a print house can print and an envelope can hold. The
 * subject keeps the limit it has digitally, and the body is at most {@value #MAX_BODY_CHARACTERS}
 * characters, about ten A4 pages in the print-batch channel's layout: a letter of thousands of pages is
 * a mistake in the source data, never an invitation.
 */
final class PaperLengthCheck {

    static final int MAX_BODY_CHARACTERS = 20_000;

    private PaperLengthCheck() {
    }

    /** The problem with the rendered letter on paper, as a sentence, or empty when it fits. */
    static Optional<String> problem(RenderedMessage message) {
        List<String> problems = new ArrayList<>(2);
        if (message.subject().length() > RenderedMessage.MAX_SUBJECT_LENGTH) {
            problems.add("The subject is " + message.subject().length() + " characters; a letter's subject holds at most "
                    + RenderedMessage.MAX_SUBJECT_LENGTH + ".");
        }
        // The text body is what paper prints; an HTML-only letter prints its HTML's text, which is shorter than the HTML.
        int body = message.text().or(message::html).map(String::length).orElse(0);
        if (body > MAX_BODY_CHARACTERS) {
            problems.add("The text is " + body + " characters; a paper letter holds at most " + MAX_BODY_CHARACTERS + " (about ten pages).");
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", problems));
    }
}
