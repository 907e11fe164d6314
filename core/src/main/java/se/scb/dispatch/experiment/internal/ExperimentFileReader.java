package se.scb.dispatch.experiment.internal;

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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import se.scb.dispatch.config.InvalidConfigurationException;
import se.scb.dispatch.experiment.Experiment;
import se.scb.dispatch.experiment.Experiment.Arm;
import se.scb.dispatch.experiment.Experiment.Channel;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.TemplateException;

/**
 * Reads an {@link Experiment} from its JSON file. Keys are checked by hand, so that a misspelt key is named
 * rather than ignored (an ignored {@code "chanel"} would quietly send an arm digitally), and every problem of
 * the file is gathered into one message, each naming its key ({@code arms[2].weight}).
 */
public final class ExperimentFileReader {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final List<String> TOP_KEYS = List.of("seed", "strata", "arms");
    private static final List<String> ARM_KEYS = List.of("name", "weight", "template", "channel", "sendAt");

    private final Path file;
    private final List<String> problems = new ArrayList<>();

    private ExperimentFileReader(Path file) {
        this.file = file;
    }

    public static Experiment read(Path file) {
        return new ExperimentFileReader(file).read();
    }

    private Experiment read() {
        JsonNode root = parse();
        unknownKeys(root, "", TOP_KEYS);
        long seed = seed(root.get("seed"));
        List<String> strata = strata(root.get("strata"));
        List<Arm> arms = arms(root.get("arms"));
        if (problems.isEmpty()) {
            try {
                return new Experiment(seed, strata, arms);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage().replaceFirst("^Invalid experiment: ", ""));
            }
        }
        throw invalid();
    }

    private JsonNode parse() {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.readTree(in);
        } catch (NoSuchFileException e) {
            throw fail("the file was not found (" + file.toAbsolutePath() + ").");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw fail("it is not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw fail("it could not be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw fail("it must hold a JSON object { \"seed\": …, \"strata\": […], \"arms\": […] }.");
        }
        return root;
    }

    private long seed(JsonNode node) {
        if (node == null || node.isNull()) {
            problems.add("'seed' is missing: give a whole number, e.g. \"seed\": 20261201, so the assignment can be made again.");
            return 0;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            problems.add("'seed' must be a whole number (at most 19 digits), not " + node + ".");
            return 0;
        }
        return node.longValue();
    }

    private List<String> strata(JsonNode node) {
        List<String> strata = new ArrayList<>();
        if (node == null || node.isNull()) {
            return strata;
        }
        if (!node.isArray()) {
            problems.add("'strata' must be a list of column names, e.g. [\"aldersgrupp\", \"lan\"], not " + node + ".");
            return strata;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode each = node.get(i);
            if (!each.isTextual() || each.asText().isBlank()) {
                problems.add("'strata[" + i + "]' must be a column name (text), not " + each + ".");
            } else {
                strata.add(each.asText().strip());
            }
        }
        return strata;
    }

    private List<Arm> arms(JsonNode node) {
        List<Arm> arms = new ArrayList<>();
        if (node == null || node.isNull() || (node.isArray() && node.isEmpty())) {
            problems.add("'arms' is missing or empty: an experiment needs at least one arm, e.g. [{\"name\": \"digital\", \"weight\": 1}].");
            return arms;
        }
        if (!node.isArray()) {
            problems.add("'arms' must be a list of arms, not " + node + ".");
            return arms;
        }
        for (int i = 0; i < node.size(); i++) {
            arm(node.get(i), "arms[" + i + "]").ifPresent(arms::add);
        }
        return arms;
    }

    private Optional<Arm> arm(JsonNode node, String key) {
        if (!node.isObject()) {
            problems.add("'" + key + "' must be an object with a name and a weight, not " + node + ".");
            return Optional.empty();
        }
        int before = problems.size();
        unknownKeys(node, key, ARM_KEYS);
        JsonNode nameNode = node.get("name");
        String name = nameNode != null && nameNode.isTextual() ? nameNode.asText().strip() : "";
        if (name.isEmpty()) {
            problems.add("'" + key + ".name' is missing or blank: give every arm a name.");
        }
        int weight = weight(node.get("weight"), key + ".weight");
        Optional<MessageTemplate> template = template(node.get("template"), key + ".template");
        Channel channel = channel(node.get("channel"), key + ".channel");
        Optional<Instant> sendAt = sendAt(node.get("sendAt"), key + ".sendAt");
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Arm(name, weight, template, channel, sendAt));
    }

    private int weight(JsonNode node, String key) {
        if (node == null || node.isNull()) {
            return 1;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
            problems.add("'" + key + "' must be a whole number, at least 1, not " + node + ".");
            return 1;
        }
        return node.intValue();
    }

    private Optional<MessageTemplate> template(JsonNode node, String key) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            problems.add("'" + key + "' must be the path of a template file, relative to " + file.getFileName() + ", not " + node + ".");
            return Optional.empty();
        }
        Path folder = file.toAbsolutePath().getParent();
        Path templateFile = folder.resolve(node.asText());
        try {
            return Optional.of(MessageTemplate.load(templateFile));
        } catch (TemplateException e) {
            problems.add("'" + key + "' (" + node.asText() + ") is not a template that can be used: " + e.getMessage());
            return Optional.empty();
        }
    }

    private Channel channel(JsonNode node, String key) {
        if (node == null || node.isNull()) {
            return Channel.DIGITAL_FIRST;
        }
        for (Channel channel : Channel.values()) {
            if (node.isTextual() && channel.name().equals(node.asText())) {
                return channel;
            }
        }
        problems.add("'" + key + "' must be DIGITAL_FIRST or PAPER_ONLY, not " + node + ".");
        return Channel.DIGITAL_FIRST;
    }

    private Optional<Instant> sendAt(JsonNode node, String key) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        String text = node.asText();
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            try {
                return Optional.of(LocalDateTime.parse(text).atZone(RecipientId.SWEDEN).toInstant());
            } catch (DateTimeParseException e) {
                problems.add("'" + key + "' must be an ISO-8601 time such as 2026-12-01T09:00 (Swedish time) or 2026-12-01T08:00Z, not "
                        + node + ".");
                return Optional.empty();
            }
        }
    }

    private void unknownKeys(JsonNode node, String parent, List<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                String key = parent.isEmpty() ? name : parent + "." + name;
                problems.add("Unknown key '" + key + "'; known keys" + (parent.isEmpty() ? "" : " of an arm") + " are "
                        + String.join(", ", known) + ".");
            }
        }
    }

    private InvalidConfigurationException fail(String problem) {
        problems.add(problem);
        return invalid();
    }

    private InvalidConfigurationException invalid() {
        return new InvalidConfigurationException("experiment file " + file, problems);
    }
}
