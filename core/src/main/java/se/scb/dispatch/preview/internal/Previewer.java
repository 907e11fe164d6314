package se.scb.dispatch.preview.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import se.scb.dispatch.id.IdentityNumbers;
import se.scb.dispatch.id.InvalidRecipientIdException;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.population.PopulationReader;
import se.scb.dispatch.population.PopulationRow;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.preview.PreviewOptions;
import se.scb.dispatch.preview.PreviewReport;
import se.scb.dispatch.preview.RenderedSample;
import se.scb.dispatch.preview.VariableSummary;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.RenderResult;

/**
 * Reads a population once and describes it: how well each variable is filled, its common values,
 * what the template needs that the source lacks, and a few rendered samples. Streams the rows;
 * only the samples and a bounded count of values per column are kept.
 */
public final class Previewer {

    /** Distinct values tracked per column; past this the count is a lower bound, and memory stays flat. */
    static final int DISTINCT_LIMIT = 10_000;

    private final Clock clock;

    public Previewer(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public PreviewReport preview(PopulationSource source, MessageTemplate template, PreviewOptions options) {
        Map<String, ColumnTally> columns = new LinkedHashMap<>();
        Samples samples = new Samples(options);
        long rows = 0;
        long malformed = 0;
        List<String> header;
        try (PopulationReader reader = source.open()) {
            while (reader.hasNext()) {
                PopulationRow row = reader.next();
                rows++;
                if (row.isMalformed()) {
                    malformed++;
                    continue;
                }
                row.variables().forEach((name, value) -> columns.computeIfAbsent(name, ColumnTally::new).add(value, row));
                samples.offer(row);
            }
            header = reader.columns();
        }
        Set<String> used = template.variables();
        List<VariableSummary> summaries = new ArrayList<>();
        for (String column : header) {
            ColumnTally tally = columns.getOrDefault(column, new ColumnTally(column));
            summaries.add(tally.summary(options.topValues(), used.contains(column)));
        }
        List<String> missing = used.stream().filter(name -> !header.contains(name)).toList();
        List<String> address = PopulationSource.addressColumns(header);
        List<String> unused = header.stream().filter(name -> !used.contains(name) && !address.contains(name)).toList();
        List<RenderedSample> rendered = samples.rows().stream().map(row -> render(template, row)).toList();
        return new PreviewReport(rows, malformed, summaries, missing, unused, address, rendered);
    }

    private RenderedSample render(MessageTemplate template, PopulationRow row) {
        RenderResult result = template.render(row.variables());
        String recipient = masked(row.recipientIdText());
        if (!result.isRendered()) {
            return new RenderedSample(row.number(), recipient, Optional.empty(), Optional.empty(), Optional.empty(), result.missingVariables());
        }
        // A sample is read on screen, not sent: an identity number a variable put in the letter is masked there.
        return new RenderedSample(row.number(), recipient, Optional.of(IdentityNumbers.mask(result.message().subject())),
                result.message().text().map(IdentityNumbers::mask), result.message().html().map(IdentityNumbers::mask), List.of());
    }

    private String masked(String recipientIdText) {
        try {
            return RecipientId.parse(recipientIdText, clock).masked();
        } catch (InvalidRecipientIdException e) {
            return "(invalid id)";
        }
    }

    /** Counts for one column. */
    private static final class ColumnTally {
        final String name;
        long filled;
        boolean holdsIdentityNumbers;
        boolean capped;
        final Map<String, Long> counts = new HashMap<>();

        ColumnTally(String name) {
            this.name = name;
        }

        void add(String value, PopulationRow row) {
            if (value == null || value.isBlank()) {
                return;
            }
            filled++;
            // The recipient's column, and any other holding identity numbers (a guardian's, a partner's), is
            // personal data: count it, never show its values.
            if (!holdsIdentityNumbers && ((!row.recipientIdText().isEmpty() && value.strip().equals(row.recipientIdText()))
                    || IdentityNumbers.containsOne(value))) {
                holdsIdentityNumbers = true;
            }
            if (counts.containsKey(value) || counts.size() < DISTINCT_LIMIT) {
                counts.merge(value, 1L, Long::sum);
            } else {
                capped = true;
            }
        }

        VariableSummary summary(int top, boolean used) {
            List<VariableSummary.ValueCount> topValues = holdsIdentityNumbers ? List.of() : counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                    .limit(top)
                    .map(entry -> new VariableSummary.ValueCount(entry.getKey(), entry.getValue()))
                    .toList();
            return new VariableSummary(name, filled, counts.size(), capped, topValues, used);
        }
    }

    /** The first rows, or a seeded random pick by reservoir sampling (one pass, bounded memory). */
    private static final class Samples {
        private final int wanted;
        private final SplittableRandom random;
        private final List<PopulationRow> kept = new ArrayList<>();
        private long seen;

        Samples(PreviewOptions options) {
            this.wanted = options.samples();
            this.random = options.seed().isPresent() ? new SplittableRandom(options.seed().getAsLong()) : null;
        }

        void offer(PopulationRow row) {
            seen++;
            if (kept.size() < wanted) {
                kept.add(row);
            } else if (random != null && wanted > 0) {
                long slot = random.nextLong(seen);
                if (slot < wanted) {
                    kept.set((int) slot, row);
                }
            }
        }

        List<PopulationRow> rows() {
            List<PopulationRow> ordered = new ArrayList<>(kept);
            ordered.sort(Comparator.comparingLong(PopulationRow::number));
            return ordered;
        }
    }
}
