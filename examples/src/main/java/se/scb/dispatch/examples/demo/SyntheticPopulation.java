package se.scb.dispatch.examples.demo;

import java.util.Iterator;
import java.util.Map;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.spi.RecipientDirectory;
import se.scb.dispatch.testkit.FakeRecipientDirectory;

/**
 * A synthetic sample that looks like a real one: persons with sex, birth year, country-of-birth group
 * and municipality, about five percent companies, addresses, case ids and login codes, and about one
 * row in a hundred with a mistake (a mistyped id, the same person twice, a missing login code, an
 * address without street). About four in five are reachable digitally, fewer among the youngest,
 * the oldest and those born abroad, spread over Kivra, Min myndighetspost, Fortnox and Billo.
 *
 * <p>Rows are generated as they are read, never kept: each pass draws them again from the seed, and
 * the same seed gives the same rows. The identity numbers come from {@code TestIdentityNumbers}:
 * valid in form, for use with fakes only.
 */
public final class SyntheticPopulation {

    private final long seed;
    private final int size;
    private final int currentYear;

    /**
     * @param size        rows in the sample
     * @param currentYear the year ages are counted from, so that everyone is an adult
     */
    public SyntheticPopulation(long seed, int size, int currentYear) {
        if (size < 0) {
            throw new IllegalArgumentException("A sample has 0 or more rows, not " + size);
        }
        this.seed = seed;
        this.size = size;
        this.currentYear = currentYear;
    }

    public int size() {
        return size;
    }

    /** The rows with what the directory knows of each; every iteration generates them anew. */
    public Iterable<SyntheticRow> rows() {
        return () -> new RowGenerator(seed, size, currentYear);
    }

    /** The sample as the dispatcher reads it. */
    public PopulationSource source() {
        Iterable<Map<String, String>> columns = () -> {
            Iterator<SyntheticRow> rows = rows().iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Map<String, String> next() {
                    return rows.next().columns();
                }
            };
        };
        return PopulationSource.of(columns);
    }

    /**
     * A fake directory that answers as the sample's truth says, made in one pass over the rows. It
     * holds the recipients with a mailbox (those it does not know have none, as for the fake).
     */
    public RecipientDirectory directory() {
        FakeRecipientDirectory.Builder directory = FakeRecipientDirectory.builder();
        for (SyntheticRow row : rows()) {
            row.recipient().ifPresent(id -> {
                MailboxTruth truth = row.truth();
                switch (truth.status()) {
                    case REACHABLE:
                        directory.reachable(id, truth.operator().orElseThrow().id());
                        break;
                    case SENDER_BLOCKED:
                        directory.senderBlocked(id);
                        break;
                    case PENDING:
                        directory.pending(id);
                        break;
                    case NO_MAILBOX:
                    default:
                        break;
                }
            });
        }
        return directory.build();
    }
}
