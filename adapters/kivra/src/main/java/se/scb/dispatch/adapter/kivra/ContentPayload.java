package se.scb.dispatch.adapter.kivra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.spi.Letter;
import se.scb.dispatch.template.Attachment;
import se.scb.dispatch.template.RenderedMessage;

/**
 * A letter as the JSON body of Kivra's {@code POST /v2/tenant/{tenantKey}/content}.
 *
 * <p>The body is one part, HTML when the letter has it and plain text otherwise (Kivra shows one
 * body; the plain text is the paper fallback's), followed by one part per PDF. Kivra has no field
 * for a sender's message id; it drops a repeat whose JSON is byte for byte the same. So the JSON
 * is made the same for every attempt at a letter (nothing in it depends on time), and the message id
 * is the name of the body part: a repeat is dropped, and two different letters that happen to
 * read the same are not.
 */
final class ContentPayload {

    static final String HTML = "text/html";
    static final String TEXT = "text/plain";

    private ContentPayload() {
    }

    /** The JSON, or empty when the letter has no body to carry the message id. */
    static Optional<byte[]> of(Letter letter, KivraConfig config, ObjectMapper json) {
        RenderedMessage message = letter.message();
        Optional<ObjectNode> body = bodyPart(letter, json);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode content = json.createObjectNode();
        addRecipient(content, letter.recipient());
        content.put("subject", message.subject());
        content.put("type", config.contentType());
        config.retentionDays().ifPresent(days -> {
            content.put("retain", true);
            content.put("retention_time", String.valueOf(days));
        });
        ArrayNode parts = content.putArray("parts");
        parts.add(body.get());
        for (Attachment attachment : message.attachments()) {
            parts.add(part(json, attachment.fileName(), attachment.content(), attachment.contentType()));
        }
        try {
            return Optional.of(json.writeValueAsBytes(content));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of strings could not be written as JSON", e);
        }
    }

    /** The name of the body part, which carries the message id; e.g. {@code brev-<id>.html}. */
    static String bodyPartName(String messageId, String language, String contentType) {
        String safeId = messageId.replaceAll("[^A-Za-z0-9._-]", "_");
        return (language.startsWith("sv") ? "brev-" : "letter-") + safeId + (HTML.equals(contentType) ? ".html" : ".txt");
    }

    /** Kivra's form of a company's organisation number: {@code SE}, the ten digits, {@code 01}. */
    static String vatNumber(RecipientId organisation) {
        return "SE" + organisation.canonical().substring(2) + "01";
    }

    private static void addRecipient(ObjectNode content, RecipientId recipient) {
        if (recipient.kind() == RecipientId.Kind.ORGANISATION_NUMBER) {
            content.put("vat_number", vatNumber(recipient));
        } else {
            // Twelve digits, YYYYMMDDnnnn, as Kivra asks.
            content.put("ssn", recipient.canonical());
        }
    }

    private static Optional<ObjectNode> bodyPart(Letter letter, ObjectMapper json) {
        RenderedMessage message = letter.message();
        String type = message.html().isPresent() ? HTML : TEXT;
        return message.html().or(message::text).map(body -> part(json, bodyPartName(letter.messageId(), message.language(), type),
                body.getBytes(StandardCharsets.UTF_8), type));
    }

    private static ObjectNode part(ObjectMapper json, String name, byte[] data, String contentType) {
        ObjectNode part = json.createObjectNode();
        part.put("name", name);
        part.put("data", Base64.getEncoder().encodeToString(data));
        part.put("content_type", contentType);
        return part;
    }
}
