package se.scb.dispatch.template;

import java.util.List;

/**
 * The outcome of filling a template for one row: a message, or the variables that were missing.
 * Accessor methods stand in for pattern matching, which callers on Java 17 lack.
 */
public sealed interface RenderResult {

    boolean isRendered();

    /** @throws IllegalStateException when variables were missing */
    RenderedMessage message();

    /** The variables the template needs that the row lacks or leaves blank (no default), in order of first use. */
    List<String> missingVariables();

    record Rendered(RenderedMessage message) implements RenderResult {
        @Override
        public boolean isRendered() {
            return true;
        }

        @Override
        public List<String> missingVariables() {
            return List.of();
        }
    }

    record MissingVariables(List<String> names) implements RenderResult {
        public MissingVariables {
            names = List.copyOf(names);
            if (names.isEmpty()) {
                throw new IllegalArgumentException("At least one variable is missing");
            }
        }

        @Override
        public boolean isRendered() {
            return false;
        }

        @Override
        public RenderedMessage message() {
            throw new IllegalStateException("Nothing was rendered: missing " + names);
        }

        @Override
        public List<String> missingVariables() {
            return names;
        }
    }
}
