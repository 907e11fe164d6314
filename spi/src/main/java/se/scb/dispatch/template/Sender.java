package se.scb.dispatch.template;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.scb.dispatch.id.OrganisationNumber;

/**
 * The authority that sends the letters. The limits are Mina meddelanden's for a sender; they are
 * checked when a {@link MessageTemplate} is built.
 */
public record Sender(
        @NotNull OrganisationNumber organisationNumber,
        @NotBlank @Size(max = Sender.MAX_NAME_LENGTH, message = "must be at most {max} characters") String name) {

    /** The longest sender name Mina meddelanden accepts. */
    public static final int MAX_NAME_LENGTH = 256;
}
