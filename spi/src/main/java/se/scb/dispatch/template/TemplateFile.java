package se.scb.dispatch.template;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.scb.dispatch.config.InvalidConfigurationException;
import se.scb.dispatch.id.InvalidRecipientIdException;
import se.scb.dispatch.id.OrganisationNumber;

/**
 * Reads a {@link MessageTemplate} from its JSON file. The keys are checked by hand, so that a
 * misspelt key is named instead of silently ignored, and every message names the file.
 */
final class TemplateFile {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final List<String> TOP_KEYS =
            List.of("sender", "subject", "text", "html", "attachments", "language", "supportInfo");
    private static final List<String> SENDER_KEYS = List.of("organisationNumber", "name");
    private static final List<String> SUPPORT_KEYS = List.of("text", "url", "phone", "email");
    private static final int MAX_TYPO_DISTANCE = 2;

    private final Path file;

    private TemplateFile(Path file) {
        this.file = file;
    }

    static MessageTemplate read(Path file) {
        return new TemplateFile(file).read();
    }

    private MessageTemplate read() {
        JsonNode root = parse();
        checkKeys(root);
        MessageTemplate.Builder builder = MessageTemplate.builder()
                .subject(string(root, "subject"))
                .text(string(root, "text"))
                .html(string(root, "html"));
        Optional.ofNullable(string(root, "language")).ifPresent(builder::language);
        attachments(root).forEach(builder::attachment);
        object(root, "supportInfo").map(this::supportInfo).ifPresent(builder::supportInfo);
        object(root, "sender").map(this::sender).ifPresent(builder::sender);
        try {
            return builder.build();
        } catch (InvalidConfigurationException e) {
            throw new TemplateException("Invalid template " + file + ": " + String.join(" ", e.problems()), e);
        } catch (TemplateException e) {
            throw inFile(e);
        }
    }

    private JsonNode parse() {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.readTree(in);
        } catch (NoSuchFileException e) {
            throw new TemplateException("Template file not found: " + file.toAbsolutePath() + ".", e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new TemplateException(file + " is not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new TemplateException("Template file " + file + " could not be read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new TemplateException("Template file " + file + " is empty; it must hold a JSON object.");
        }
        if (!root.isObject()) {
            throw new TemplateException("Template file " + file + " must hold a JSON object { ... }, not "
                    + typeOf(root) + ".");
        }
        return root;
    }

    /** Names every unknown key at every level in one message, so one run shows them all. */
    private void checkKeys(JsonNode root) {
        List<String> problems = new ArrayList<>();
        unknownKeys(root, "", TOP_KEYS, problems);
        object(root, "sender").ifPresent(sender -> unknownKeys(sender, "sender", SENDER_KEYS, problems));
        object(root, "supportInfo").ifPresent(info -> unknownKeys(info, "supportInfo", SUPPORT_KEYS, problems));
        if (!problems.isEmpty()) {
            throw new TemplateException(String.join(" ", problems));
        }
    }

    private void unknownKeys(JsonNode node, String parent, List<String> known, List<String> problems) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!known.contains(key)) {
                String knownKeys = String.join(", ", known.stream().sorted().toList());
                problems.add("Unknown key '" + path(parent, key) + "' in " + file
                        + closest(key, known).map(guess -> " (did you mean '" + guess + "'?)").orElse("")
                        + "; known keys" + (parent.isEmpty() ? "" : " in " + parent) + " are " + knownKeys + ".");
            }
        }
    }

    private List<Attachment> attachments(JsonNode root) {
        JsonNode list = root.get("attachments");
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new TemplateException("'attachments' in " + file + " must be an array of PDF file paths, not "
                    + typeOf(list) + ".");
        }
        Path folder = file.toAbsolutePath().getParent();
        List<Attachment> attachments = new ArrayList<>();
        for (JsonNode entry : list) {
            if (!entry.isTextual() || entry.asText().isBlank()) {
                throw new TemplateException("'attachments' in " + file
                        + " must hold PDF file paths (relative to the template file, inside its folder); one is "
                        + (entry.isTextual() ? "blank" : typeOf(entry)) + ".");
            }
            try {
                attachments.add(AttachmentFile.readWithin(folder, entry.asText()));
            } catch (TemplateException e) {
                throw inFile(e);
            }
        }
        return attachments;
    }

    private SupportInfo supportInfo(JsonNode node) {
        return new SupportInfo(string(node, "supportInfo", "text"),
                Optional.ofNullable(string(node, "supportInfo", "url")),
                Optional.ofNullable(string(node, "supportInfo", "phone")),
                Optional.ofNullable(string(node, "supportInfo", "email")));
    }

    private Sender sender(JsonNode node) {
        String number = string(node, "sender", "organisationNumber");
        return new Sender(number == null ? null : organisationNumber(number), string(node, "sender", "name"));
    }

    /** The one place a template reads an identity number; its rules are the id package's. */
    private OrganisationNumber organisationNumber(String text) {
        try {
            return OrganisationNumber.parse(text);
        } catch (InvalidRecipientIdException e) {
            throw new TemplateException("'sender.organisationNumber' in " + file + " is not a valid organisation number: " + e.getMessage(), e);
        }
    }

    private Optional<JsonNode> object(JsonNode parent, String key) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            throw new TemplateException("'" + key + "' in " + file + " must be an object { ... }, not "
                    + typeOf(node) + ".");
        }
        return Optional.of(node);
    }

    private String string(JsonNode parent, String key) {
        return string(parent, "", key);
    }

    /** The text at {@code key}, or null when it is absent or JSON null. */
    private String string(JsonNode parent, String parentPath, String key) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new TemplateException("'" + path(parentPath, key) + "' in " + file + " must be a string, not "
                    + typeOf(node) + ".");
        }
        return node.asText();
    }

    private TemplateException inFile(TemplateException e) {
        return new TemplateException("In " + file + ": " + e.getMessage(), e);
    }

    private static String path(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    private static String typeOf(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case STRING -> "a string";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    /** The known key a misspelt one most likely meant, if any is close enough. */
    private static Optional<String> closest(String key, List<String> known) {
        String best = null;
        int bestDistance = MAX_TYPO_DISTANCE + 1;
        for (String candidate : known) {
            int distance = editDistance(key.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance, with a swap of two neighbours counted as one edit ("subjcet"). */
    private static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int substitution = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + substitution);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
