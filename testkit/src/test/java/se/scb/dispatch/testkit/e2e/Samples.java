package se.scb.dispatch.testkit.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.Sender;

/** Populations and a template for the end-to-end tests. */
final class Samples {

    static final MessageTemplate INVITATION = MessageTemplate.builder()
            .sender(new Sender(OrganisationNumber.parse("202100-5489"), "Statistikmyndigheten"))
            .subject("Inbjudan till {{undersökning}}")
            .text("Hej {{namn}}!\n\nLogga in med koden {{kod}}.")
            .html("<p>Hej {{namn}}!</p><p>Logga in med koden <b>{{kod}}</b>.</p>")
            .build();

    private Samples() {
    }

    /** One row per recipient, with a full Swedish address and every variable the invitation uses. */
    static PopulationSource rows(List<? extends RecipientId> recipients) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            rows.add(row(recipients.get(i).formatted(), "Person " + i, "K" + i));
        }
        return PopulationSource.of(rows);
    }

    static Map<String, String> row(String id, String name, String code) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("personnummer", id);
        row.put("namn", name);
        row.put("utdelningsadress", "Storgatan 1");
        row.put("postnummer", "123 45");
        row.put("postort", "Ankeborg");
        row.put("kod", code);
        row.put("undersökning", "AKU");
        return row;
    }
}
