package se.scb.dispatch.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.Consumer;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.testkit.TestIdentityNumbers;

/**
 * A sample file as a source system exports it: semicolons, a header, an address, a code and a case
 * id per row. Rows are written as they are made, so a file of millions needs no list of them.
 */
public final class SampleFile {

    static final String HEADER = "personnummer;namn;utdelningsadress;postnummer;postort;kod;kommun;case_id";

    private static final String[] FIRST_NAMES = {"Anna", "Erik", "Maria", "Lars", "Karin", "Per", "Åsa", "Jörgen", "Elin", "Mohammed"};
    private static final String[] LAST_NAMES = {"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Öberg", "Lindström", "Ali"};
    private static final String[] CITIES = {"Örebro", "Stockholm", "Göteborg", "Malmö", "Umeå", "Kiruna"};

    /** Every {@code BAD_ROW_EVERY}-th row is one of the kinds of {@link BadRow}: about 1 % of the file. */
    static final int BAD_ROW_EVERY = 100;

    private SampleFile() {
    }

    /** What a bad row gets wrong; each ends in the reason code of its name (the address only on paper). */
    private enum BadRow {
        MALFORMED_ROW, INVALID_RECIPIENT_ID, DUPLICATE_RECIPIENT, MISSING_VARIABLE, ADDRESS_INCOMPLETE
    }

    /**
     * Writes {@code rows} rows, handing each recipient of a good row to {@code written} as its row is
     * written. With {@code badRows}, about 1 % of the rows are bad, in turn in each way of {@link BadRow}.
     */
    public static void write(Path file, int rows, long seed, boolean badRows, Consumer<RecipientId> written) throws IOException {
        TestIdentityNumbers ids = new TestIdentityNumbers(seed);
        Random random = new Random(seed);
        RecipientId previous = null;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.newLine();
            for (int i = 0; i < rows; i++) {
                RecipientId person = ids.randomPerson(1940, 2006);
                String id = person.formatted();
                String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
                String street = "Storgatan " + (i % 90 + 1);
                String city = CITIES[random.nextInt(CITIES.length)];
                String code = "K" + Integer.toString(random.nextInt(Integer.MAX_VALUE), 36);
                String trailing = "";
                boolean good = true;
                if (badRows && previous != null && i % BAD_ROW_EVERY == BAD_ROW_EVERY - 1) {
                    good = false;
                    switch (BadRow.values()[(i / BAD_ROW_EVERY) % BadRow.values().length]) {
                        case MALFORMED_ROW -> trailing = ";an extra field";
                        case INVALID_RECIPIENT_ID -> id = withWrongCheckDigit(id);
                        case DUPLICATE_RECIPIENT -> id = previous.formatted();
                        case MISSING_VARIABLE -> code = "";
                        case ADDRESS_INCOMPLETE -> {
                            city = "";
                            good = true;
                        }
                    }
                }
                out.write(id + ";" + name + ";" + street + ";" + (10000 + i % 89999) + ";" + city + ";" + code
                        + ";1880;case-" + i + trailing);
                out.newLine();
                if (good) {
                    written.accept(person);
                    previous = person;
                }
            }
        }
    }

    /** The id as written, with its last digit (the Luhn check digit) changed. */
    private static String withWrongCheckDigit(String formatted) {
        int last = formatted.length() - 1;
        char wrong = (char) ('0' + (formatted.charAt(last) - '0' + 1) % 10);
        return formatted.substring(0, last) + wrong;
    }
}
