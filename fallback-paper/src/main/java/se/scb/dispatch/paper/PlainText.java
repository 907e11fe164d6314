package se.scb.dispatch.paper;

import java.util.Optional;
import se.scb.dispatch.id.IdentityNumbers;
import se.scb.dispatch.model.PostalAddress;
import se.scb.dispatch.spi.PaperLetter;

/**
 * The one rule for control characters in what a print batch holds, the PDF and the manifest alike:
 * a tab or line break where one line is expected becomes a space (it separated words), and every
 * other control character (NUL, escape …) and invisible format character (a byte order mark, a
 * right-to-left override that would show a name backwards) is dropped. A print house's tools and
 * a printed envelope have no use for them, and some of them break the tools.
 */
final class PlainText {

    private PlainText() {
    }

    /** The letter with its address and case id as {@link #oneLine} has them (and the case id's identity numbers masked); the message is left to the renderer. */
    static PaperLetter of(PaperLetter letter) {
        PostalAddress address = letter.address();
        PostalAddress clean = new PostalAddress(oneLine(address.name()), oneLine(address.careOf()), oneLine(address.street()),
                oneLine(address.postalCode()), oneLine(address.city()), oneLine(address.country()));
        // A case id is a key for the print house to match returns by; one that holds a personnummer is a
        // mistake in the source, and the manifest, which leaves the office, must not carry the number.
        Optional<String> caseId = letter.caseId().map(PlainText::oneLine).map(IdentityNumbers::mask);
        return new PaperLetter(letter.messageId(), clean, letter.message(), caseId);
    }

    /** One line of text: line breaks and tabs as spaces, other control and format characters dropped, trimmed. */
    static String oneLine(String text) {
        return clean(text, false).strip();
    }

    /** Running text: as {@link #oneLine}, but line breaks ({@code \n}, {@code \r}) kept and nothing trimmed. */
    static String keepingLineBreaks(String text) {
        return clean(text, true);
    }

    private static String clean(String text, boolean keepLineBreaks) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            boolean lineBreak = codePoint == '\n' || codePoint == '\r';
            if (lineBreak && keepLineBreaks) {
                out.appendCodePoint(codePoint);
            } else if (lineBreak || codePoint == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(codePoint) && Character.getType(codePoint) != Character.FORMAT) {
                out.appendCodePoint(codePoint);
            }
        });
        return out.toString();
    }
}
