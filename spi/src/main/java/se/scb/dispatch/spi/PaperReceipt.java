package se.scb.dispatch.spi;

import java.util.List;
import java.util.Map;

/**
 * What a paper channel gives back for a batch.
 *
 * @param batchId    the print batch's id
 * @param messageIds the letters the batch holds, in print order
 * @param files      the files written, by name, with their SHA-256 (hex); empty when the channel writes none
 */
public record PaperReceipt(String batchId, List<String> messageIds, Map<String, String> files) {

    public PaperReceipt {
        messageIds = List.copyOf(messageIds);
        files = Map.copyOf(files);
    }
}
