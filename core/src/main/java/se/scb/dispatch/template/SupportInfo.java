package se.scb.dispatch.template;

import java.util.Optional;

/** Where a recipient can ask about the letter. Every field may be empty; the text may hold placeholders. */
public record SupportInfo(String text, Optional<String> url, Optional<String> phone, Optional<String> email) {
}
