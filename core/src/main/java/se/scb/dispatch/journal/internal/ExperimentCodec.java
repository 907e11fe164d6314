package se.scb.dispatch.journal.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.scb.dispatch.experiment.Experiment;

/**
 * How a journal writes a dispatch's experiment: seed, strata and arms, each arm's template self-contained (as
 * {@link JournalCodec#template} writes the dispatch's), so that a runner in any process renders a letter with
 * its arm's template.
 */
public final class ExperimentCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExperimentCodec() {
    }

    public static String write(Experiment experiment) {
        ObjectNode root = JSON.createObjectNode();
        root.put("seed", experiment.seed());
        ArrayNode strata = root.putArray("strata");
        experiment.strata().forEach(strata::add);
        ArrayNode arms = root.putArray("arms");
        for (Experiment.Arm arm : experiment.arms()) {
            ObjectNode each = arms.addObject();
            each.put("name", arm.name());
            each.put("weight", arm.weight());
            each.put("channel", arm.channel().name());
            arm.template().ifPresent(template -> each.put("template", JournalCodec.template(template)));
            arm.sendAt().ifPresent(at -> each.put("sendAt", at.toString()));
        }
        return root.toString();
    }

    public static Experiment read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The journal holds an experiment that is not JSON: " + e.getOriginalMessage(), e);
        }
        List<String> strata = new ArrayList<>();
        root.path("strata").forEach(each -> strata.add(each.asText()));
        List<Experiment.Arm> arms = new ArrayList<>();
        for (JsonNode each : root.path("arms")) {
            arms.add(new Experiment.Arm(each.path("name").asText(), each.path("weight").asInt(),
                    text(each, "template").map(JournalCodec::template), Experiment.Channel.valueOf(each.path("channel").asText()),
                    text(each, "sendAt").map(Instant::parse)));
        }
        return new Experiment(root.path("seed").asLong(), strata, arms);
    }

    private static Optional<String> text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }
}
