package se.scb.dispatch.id;

/** STUB: to be implemented (parsing, validation, masking). */
public record OrganisationNumber(String canonical) implements RecipientId {
    @Override
    public String masked() {
        return canonical.substring(0, 8) + "-****";
    }

    @Override
    public Kind kind() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String toString() {
        return masked();
    }
}
