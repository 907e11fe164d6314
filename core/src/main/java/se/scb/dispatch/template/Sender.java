package se.scb.dispatch.template;

import se.scb.dispatch.id.OrganisationNumber;

/** The authority that sends the letters. */
public record Sender(OrganisationNumber organisationNumber, String name) {
}
