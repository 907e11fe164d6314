package se.scb.dispatch.config;

import java.util.List;

/**
 * A configuration object that breaks its rules. The message lists every problem as a sentence,
 * so one run shows everything there is to fix.
 */
public final class InvalidConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    /**
     * @param what     what was checked, e.g. {@code "message template"}
     * @param problems one sentence per problem, e.g. {@code "subject must not be blank."}
     */
    public InvalidConfigurationException(String what, List<String> problems) {
        super("Invalid " + what + ": " + String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, one sentence each, in the order of the message. */
    public List<String> problems() {
        return problems;
    }
}
