package se.scb.dispatch.preview;

import java.util.List;
import java.util.Optional;

/**
 * One row rendered with the template, as the recipient would read it.
 *
 * @param recipient the row's recipient id, masked
 * @param missing   variables the row lacks; when not empty, nothing was rendered
 */
public record RenderedSample(long row, String recipient, Optional<String> subject, Optional<String> text, Optional<String> html,
        List<String> missing) {

    public RenderedSample {
        missing = List.copyOf(missing);
    }
}
