package se.scb.dispatch.journal.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.model.Reminder;
import se.scb.dispatch.model.PostalAddress;
import se.scb.dispatch.model.Schedule;
import se.scb.dispatch.model.SendingWindow;
import se.scb.dispatch.template.Attachment;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.Sender;
import se.scb.dispatch.template.SupportInfo;

/**
 * How a journal writes values that are not columns of their own: the template (self-contained,
 * attachments as base64, so a dispatch can be sent from another process), the options and
 * schedule, and a row's variables and address. One codec serves every journal, so a dispatch
 * written by one can be read by another.
 */
public final class JournalCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JournalCodec() {
    }

    public static String template(MessageTemplate template) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode sender = root.putObject("sender");
        sender.put("organisationNumber", template.sender().organisationNumber().canonical());
        sender.put("name", template.sender().name());
        root.put("subject", template.subject());
        template.text().ifPresent(text -> root.put("text", text));
        template.html().ifPresent(html -> root.put("html", html));
        root.put("language", template.language());
        template.supportInfo().ifPresent(info -> {
            ObjectNode support = root.putObject("supportInfo");
            support.put("text", info.text());
            info.url().ifPresent(url -> support.put("url", url));
            info.phone().ifPresent(phone -> support.put("phone", phone));
            info.email().ifPresent(email -> support.put("email", email));
        });
        ArrayNode attachments = root.putArray("attachments");
        for (Attachment attachment : template.attachments()) {
            attachments.addObject().put("fileName", attachment.fileName()).put("content", Base64.getEncoder().encodeToString(attachment.content()));
        }
        return root.toString();
    }

    public static MessageTemplate template(String json) {
        JsonNode root = read(json);
        JsonNode sender = root.path("sender");
        MessageTemplate.Builder builder = MessageTemplate.builder()
                .sender(new Sender(OrganisationNumber.parse(sender.path("organisationNumber").asText()), sender.path("name").asText()))
                .subject(root.path("subject").asText())
                .language(root.path("language").asText());
        text(root, "text").ifPresent(builder::text);
        text(root, "html").ifPresent(builder::html);
        JsonNode support = root.path("supportInfo");
        if (support.isObject()) {
            builder.supportInfo(new SupportInfo(support.path("text").asText(), text(support, "url"), text(support, "phone"), text(support, "email")));
        }
        for (JsonNode attachment : root.path("attachments")) {
            builder.attachment(Attachment.of(attachment.path("fileName").asText(), Base64.getDecoder().decode(attachment.path("content").asText())));
        }
        return builder.build();
    }

    public static String options(DispatchOptions options) {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", options.name());
        root.put("createdBy", options.createdBy());
        root.put("paperOnly", options.paperOnly());
        root.put("paperOnDigitalFailure", options.paperOnDigitalFailure());
        ArrayNode reminders = root.putArray("reminders");
        for (Reminder reminder : options.reminders()) {
            ObjectNode each = reminders.addObject();
            reminder.after().ifPresent(after -> each.put("after", after.toString()));
            reminder.at().ifPresent(at -> each.put("at", at.toString()));
            reminder.template().ifPresent(template -> each.put("template", template(template)));
            each.put("paperOnly", reminder.paperOnly());
            each.put("onlyToDigital", reminder.onlyToDigital());
        }
        options.followUpOf().ifPresent(origin -> root.put("followUpOf", origin));
        Schedule schedule = options.schedule();
        ObjectNode node = root.putObject("schedule");
        schedule.startAt().ifPresent(start -> node.put("startAt", start.toString()));
        schedule.maxPerMinute().ifPresent(most -> node.put("maxPerMinute", most));
        node.put("waves", schedule.waves());
        node.put("waveInterval", schedule.waveInterval().toString());
        ArrayNode windows = node.putArray("windows");
        for (SendingWindow window : schedule.windows()) {
            ObjectNode each = windows.addObject();
            ArrayNode days = each.putArray("days");
            window.days().stream().sorted().forEach(day -> days.add(day.name()));
            each.put("from", window.from().toString());
            each.put("to", window.to().toString());
        }
        return root.toString();
    }

    public static DispatchOptions options(String json) {
        JsonNode root = read(json);
        JsonNode node = root.path("schedule");
        List<SendingWindow> windows = new ArrayList<>();
        for (JsonNode each : node.path("windows")) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            each.path("days").forEach(day -> days.add(DayOfWeek.valueOf(day.asText())));
            windows.add(new SendingWindow(days, LocalTime.parse(each.path("from").asText()), LocalTime.parse(each.path("to").asText())));
        }
        Schedule schedule = new Schedule(
                text(node, "startAt").map(Instant::parse),
                node.has("maxPerMinute") ? OptionalInt.of(node.path("maxPerMinute").asInt()) : OptionalInt.empty(),
                windows,
                node.path("waves").asInt(1),
                Duration.parse(node.path("waveInterval").asText("P1D")));
        return new DispatchOptions(root.path("name").asText(), root.path("createdBy").asText(), root.path("paperOnly").asBoolean(),
                root.path("paperOnDigitalFailure").asBoolean(), schedule, reminders(root), text(root, "followUpOf"));
    }

    /** The reminders; a journal written before reminders knew only paper if unanswered, under a key of its own. */
    private static List<Reminder> reminders(JsonNode root) {
        List<Reminder> reminders = new ArrayList<>();
        text(root, "paperIfUnansweredAfter").map(Duration::parse).map(Reminder::paperIfUnanswered).ifPresent(reminders::add);
        for (JsonNode each : root.path("reminders")) {
            reminders.add(new Reminder(text(each, "after").map(Duration::parse), text(each, "at").map(Instant::parse),
                    text(each, "template").map(JournalCodec::template), each.path("paperOnly").asBoolean(), each.path("onlyToDigital").asBoolean()));
        }
        return reminders;
    }

    public static String variables(Map<String, String> variables) {
        try {
            return JSON.writeValueAsString(variables);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings always writes as JSON", e);
        }
    }

    public static Map<String, String> variables(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The journal holds variables that are not a JSON object of strings", e);
        }
    }

    public static String address(PostalAddress address) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", address.name());
        node.put("co", address.careOf());
        node.put("street", address.street());
        node.put("postalCode", address.postalCode());
        node.put("city", address.city());
        node.put("country", address.country());
        return node.toString();
    }

    public static PostalAddress address(String json) {
        if (json == null) {
            return PostalAddress.empty();
        }
        JsonNode node = read(json);
        return new PostalAddress(node.path("name").asText(), node.path("co").asText(), node.path("street").asText(),
                node.path("postalCode").asText(), node.path("city").asText(), node.path("country").asText());
    }

    private static Optional<String> text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The journal holds text that is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
