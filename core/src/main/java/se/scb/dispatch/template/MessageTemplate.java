package se.scb.dispatch.template;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/** STUB: to be implemented with a builder, JSON loading, placeholders and strict rendering. */
public final class MessageTemplate {

    /** Reads a template file (JSON). @throws TemplateException naming what to fix */
    public static MessageTemplate load(Path file) {
        throw new UnsupportedOperationException("stub");
    }

    /** STUB */
    public Sender sender() {
        throw new UnsupportedOperationException("stub");
    }

    /** Every variable a placeholder names, in subject, bodies and support text. */
    public String subject() {
        throw new UnsupportedOperationException("stub");
    }

    public Set<String> variables() {
        throw new UnsupportedOperationException("stub");
    }

    /** Fills in the placeholders from one row's variables. */
    public RenderResult render(Map<String, String> variables) {
        throw new UnsupportedOperationException("stub");
    }
}
