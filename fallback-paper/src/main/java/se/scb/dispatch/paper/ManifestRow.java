package se.scb.dispatch.paper;

import java.util.Optional;
import se.scb.dispatch.model.PostalAddress;

/**
 * One letter of a print batch as the manifest lists it.
 *
 * @param sequence  the letter's place in the batch, from 1
 * @param pageCount the letter's pages in the PDF with its attachments and any blank page added so
 *                  that the next letter starts on a front side
 * @param firstPage the PDF page the letter starts on, from 1; always odd
 */
record ManifestRow(int sequence, String messageId, Optional<String> caseId, PostalAddress address, int pageCount, int firstPage) {
}
