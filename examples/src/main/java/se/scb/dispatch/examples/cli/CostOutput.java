package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Optional;
import se.scb.dispatch.cost.CostLine;
import se.scb.dispatch.cost.CostReport;
import se.scb.dispatch.cost.PaperWeight;
import se.scb.dispatch.cost.PriceList;

/** Writes what letters cost: a table, or the {@code cost} object of the JSON output. */
final class CostOutput {

    private CostOutput() {
    }

    /** {@code "cost": {currency, total, byChannel, byOperator, unpricedLetters, paperGrams, lines: [...]}}; amounts exact. */
    static void json(JsonReport json, CostReport cost, Optional<PaperWeight> weight) {
        json.startObject("cost");
        json.field("currency", CostReport.CURRENCY);
        json.field("total", cost.total());
        json.startObject("byChannel");
        cost.byChannel().forEach((channel, total) -> json.field(channel.name(), total));
        json.endObject();
        json.startObject("byOperator");
        cost.byOperator().forEach(json::field);
        json.endObject();
        json.field("unpricedLetters", cost.unpricedLetters());
        weight.ifPresent(paper -> json.field("paperGrams", paper.grams()));
        json.startArray("lines");
        for (CostLine line : cost.lines()) {
            json.startElement();
            json.field("channel", line.channel().name());
            json.field("operator", line.operator().orElse(null));
            json.field("day", line.day().toString());
            json.field("letters", line.letters());
            if (line.unitPrice().isPresent()) {
                json.field("unitPrice", line.unitPrice().get());
                json.field("total", line.total());
            }
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    static void text(PrintWriter out, CostReport cost, Optional<PaperWeight> weight) {
        out.println();
        out.println("Cost estimate (" + CostReport.CURRENCY + ")" + weight.map(paper -> ", paper letters of " + paper.grams().toPlainString() + " g")
                .orElse(", paper weight not set"));
        TextTable table = new TextTable("Channel", "Operator", "Day", "Letters", "Unit price", "Total");
        for (CostLine line : cost.lines()) {
            table.row(line.channel(), line.operator().orElse("-"), line.day(), line.letters(),
                    line.unitPrice().map(BigDecimal::toPlainString).orElse("no price"), line.isPriced() ? line.total().toPlainString() : "-");
        }
        table.row("all", "", "", cost.letters(), "", cost.total().toPlainString());
        table.print(out);
        if (cost.unpricedLetters() > 0) {
            out.println("  " + cost.unpricedLetters() + " letters have no price in the list and are not in the total"
                    + (cost.unpriced().stream().anyMatch(line -> line.channel() == PriceList.Channel.PAPER) && weight.isEmpty()
                            ? " (set the paper weight: grams_per_sheet and envelope_grams, or --grams-per-sheet and --envelope-grams)" : "")
                    + ".");
        }
    }
}
