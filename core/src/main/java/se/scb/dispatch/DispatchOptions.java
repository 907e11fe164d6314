package se.scb.dispatch;

import java.util.Objects;

/**
 * What one dispatch asks for.
 *
 * @param name                  a name for people, e.g. "LFS 2026 Q4 invitation"
 * @param createdBy             who created it, for the journal
 * @param paperOnly             send everyone paper (no directory lookup): reason {@code PAPER_ONLY}
 * @param paperOnDigitalFailure hand a letter to paper when digital delivery fails for good
 */
public record DispatchOptions(String name, String createdBy, boolean paperOnly, boolean paperOnDigitalFailure) {

    public DispatchOptions {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdBy, "createdBy");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A dispatch needs a name.");
        }
    }

    /** Digital first, paper for those who cannot get digital mail, no paper after a failed delivery. */
    public static DispatchOptions named(String name) {
        return new DispatchOptions(name, System.getProperty("user.name", "unknown"), false, false);
    }

    public DispatchOptions paperOnly(boolean value) {
        return new DispatchOptions(name, createdBy, value, paperOnDigitalFailure);
    }

    public DispatchOptions paperOnDigitalFailure(boolean value) {
        return new DispatchOptions(name, createdBy, paperOnly, value);
    }

    public DispatchOptions createdBy(String who) {
        return new DispatchOptions(name, who, paperOnly, paperOnDigitalFailure);
    }
}
