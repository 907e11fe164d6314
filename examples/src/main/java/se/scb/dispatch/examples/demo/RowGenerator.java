package se.scb.dispatch.examples.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Random;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.spi.Reachability.Status;
import se.scb.dispatch.testkit.TestIdentityNumbers;

/**
 * One pass over a synthetic sample, row by row. Every pass with the same seed draws the same
 * numbers in the same order, so it gives the same rows: that is what lets the directory, the preview,
 * the validation and the send each read the sample anew instead of keeping it.
 */
final class RowGenerator implements Iterator<SyntheticRow> {

    static final double COMPANY_SHARE = 0.05;
    static final double DEFECT_SHARE = 0.01;
    /** Among those born abroad: people without a personnummer, who have no mailbox either. */
    static final double COORDINATION_NUMBER_SHARE_ABROAD = 0.03;
    static final double COMPANY_MAILBOX_SHARE = 0.70;
    /** Among mailbox holders: mailboxes that do not accept this sender, and those not yet open. */
    static final double SENDER_BLOCKED_SHARE = 0.02;
    static final double PENDING_SHARE = 0.01;

    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final List<String> STREETS = List.of("Storgatan", "Kyrkogatan", "Drottninggatan", "Skolvägen",
            "Björkvägen", "Parkgatan", "Järnvägsgatan", "Ringvägen", "Sjövägen", "Åsgatan");
    private static final List<String> COMPANY_NAMES = List.of("Ekdahls", "Norrsken", "Bergs", "Lindqvist & Son", "Solbacka",
            "Älvdalens", "Östra", "Granit");
    private static final List<String> TRADES = List.of("Bygg", "Konsult", "Åkeri", "Elektriska", "Redovisning", "Fastigheter");

    private final Random random;
    private final TestIdentityNumbers ids;
    private final int size;
    private final int currentYear;
    private int row;
    /** The last well-formed person, whom a duplicate row repeats. */
    private SyntheticRow lastPerson;

    RowGenerator(long seed, int size, int currentYear) {
        // java.util.Random because its algorithm is specified: a seed gives the same sample on every JDK.
        this.random = new Random(seed);
        this.ids = new TestIdentityNumbers(seed);
        this.size = size;
        this.currentYear = currentYear;
    }

    @Override
    public boolean hasNext() {
        return row < size;
    }

    @Override
    public SyntheticRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException("The sample has " + size + " rows");
        }
        row++;
        if (random.nextDouble() < DEFECT_SHARE) {
            return defect(Defect.values()[random.nextInt(Defect.values().length)]);
        }
        if (random.nextDouble() < COMPANY_SHARE) {
            return company();
        }
        SyntheticRow person = person();
        lastPerson = person;
        return person;
    }

    /** The mistakes a real sample has, about equally often. */
    private enum Defect {
        MALFORMED_ID, DUPLICATE, MISSING_VARIABLE, INCOMPLETE_ADDRESS
    }

    private SyntheticRow defect(Defect defect) {
        switch (defect) {
            case MALFORMED_ID: {
                SyntheticRow person = person();
                String written = person.columns().get(Columns.RECIPIENT_ID);
                // A typo in the last digit breaks the check digit.
                char last = written.charAt(written.length() - 1);
                String typo = written.substring(0, written.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
                return new SyntheticRow(with(person.columns(), Columns.RECIPIENT_ID, typo), Optional.empty(),
                        MailboxTruth.unreachable(Status.NO_MAILBOX));
            }
            case DUPLICATE: {
                if (lastPerson == null) {
                    return person();
                }
                // The same person again, written in the 10-digit form, as happens when two extracts are joined.
                String canonical = lastPerson.recipient().orElseThrow().canonical();
                Map<String, String> columns = with(lastPerson.columns(), Columns.RECIPIENT_ID,
                        canonical.substring(2, 8) + "-" + canonical.substring(8));
                columns.put(Columns.CASE_ID, caseId());
                columns.put(Columns.CODE, loginCode());
                return new SyntheticRow(columns, lastPerson.recipient(), lastPerson.truth());
            }
            case MISSING_VARIABLE: {
                SyntheticRow person = person();
                return new SyntheticRow(with(person.columns(), Columns.CODE, ""), person.recipient(), person.truth());
            }
            case INCOMPLETE_ADDRESS:
            default: {
                // Without a mailbox, so that the letter goes to paper and the missing street shows.
                SyntheticRow person = person();
                return new SyntheticRow(with(person.columns(), Columns.STREET, ""), person.recipient(),
                        MailboxTruth.unreachable(Status.NO_MAILBOX));
            }
        }
    }

    private SyntheticRow person() {
        boolean woman = random.nextBoolean();
        AgeGroup ageGroup = AgeGroup.pick(random);
        int birthYear = currentYear - ageGroup.age(random);
        CountryOfBirth country = CountryOfBirth.pick(random);
        Municipality municipality = Municipality.pick(random);
        boolean coordination = !country.isSweden() && random.nextDouble() < COORDINATION_NUMBER_SHARE_ABROAD;
        RecipientId id = coordination ? ids.coordinationNumber(birthYear) : ids.personalIdentityNumber(birthYear);
        MailboxTruth truth = coordination
                ? MailboxTruth.unreachable(Status.NO_MAILBOX)
                : mailbox(ageGroup.mailboxShare() * country.mailboxFactor(), ageGroup.minMyndighetspostShare(), 88, 6, 6);
        Map<String, String> columns = columns(id.formatted(), country.name(random, woman), municipality);
        columns.put(Columns.SEX, woman ? "kvinna" : "man");
        columns.put(Columns.BIRTH_YEAR, Integer.toString(birthYear));
        columns.put(Columns.COUNTRY_OF_BIRTH, country.label());
        return new SyntheticRow(columns, Optional.of(id), truth);
    }

    private SyntheticRow company() {
        OrganisationNumber id = ids.organisationNumber();
        String name = pick(COMPANY_NAMES) + " " + pick(TRADES) + " AB";
        MailboxTruth truth = mailbox(COMPANY_MAILBOX_SHARE, 0, 55, 40, 5);
        return new SyntheticRow(columns(id.shortFormatted(), name, Municipality.pick(random)), Optional.of(id), truth);
    }

    /**
     * Whether a recipient has a mailbox, and where.
     *
     * @param minMyndighetspost the share of mailbox holders at the state's own operator; the rest
     *                          are spread over Kivra, Fortnox and Billo by the given weights
     */
    private MailboxTruth mailbox(double mailboxShare, double minMyndighetspost, int kivra, int fortnox, int billo) {
        if (random.nextDouble() >= mailboxShare) {
            return MailboxTruth.unreachable(Status.NO_MAILBOX);
        }
        double status = random.nextDouble();
        if (status < SENDER_BLOCKED_SHARE) {
            return MailboxTruth.unreachable(Status.SENDER_BLOCKED);
        }
        if (status < SENDER_BLOCKED_SHARE + PENDING_SHARE) {
            return MailboxTruth.unreachable(Status.PENDING);
        }
        if (random.nextDouble() < minMyndighetspost) {
            return MailboxTruth.reachable(DemoOperator.MIN_MYNDIGHETSPOST);
        }
        Map<DemoOperator, Integer> weights = Map.of(DemoOperator.KIVRA, kivra, DemoOperator.FORTNOX, fortnox, DemoOperator.BILLO, billo);
        return MailboxTruth.reachable(Weighted.pick(random, List.of(DemoOperator.KIVRA, DemoOperator.FORTNOX, DemoOperator.BILLO), weights::get));
    }

    /** Every column, in export order; the background variables blank until a person fills them in. */
    private Map<String, String> columns(String recipientId, String name, Municipality municipality) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put(Columns.CASE_ID, caseId());
        columns.put(Columns.RECIPIENT_ID, recipientId);
        columns.put(Columns.NAME, name);
        columns.put(Columns.STREET, pick(STREETS) + " " + (1 + random.nextInt(60)));
        columns.put(Columns.POSTAL_CODE, municipality.postalCode(random));
        columns.put(Columns.POST_TOWN, municipality.postTown());
        columns.put(Columns.SEX, "");
        columns.put(Columns.BIRTH_YEAR, "");
        columns.put(Columns.COUNTRY_OF_BIRTH, "");
        columns.put(Columns.MUNICIPALITY, municipality.code());
        columns.put(Columns.MUNICIPALITY_NAME, municipality.name());
        columns.put(Columns.CODE, loginCode());
        return columns;
    }

    private static Map<String, String> with(Map<String, String> columns, String column, String value) {
        Map<String, String> changed = new LinkedHashMap<>(columns);
        changed.put(column, value);
        return changed;
    }

    private String caseId() {
        return String.format("U%07d", row);
    }

    private String loginCode() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
