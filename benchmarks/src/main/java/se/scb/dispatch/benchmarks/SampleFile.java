package se.scb.dispatch.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.testkit.TestIdentityNumbers;

/** A sample file as a source system exports it: semicolons, a header, an address per row. */
final class SampleFile {

    static final String HEADER = "personnummer;namn;utdelningsadress;postnummer;postort;kod;kommun";

    private SampleFile() {
    }

    /** Writes {@code rows} rows to a new temporary file and returns the recipients in row order. */
    static List<RecipientId> write(Path file, int rows, long seed) throws IOException {
        TestIdentityNumbers ids = new TestIdentityNumbers(seed);
        List<RecipientId> recipients = new ArrayList<>(rows);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.newLine();
            for (int i = 0; i < rows; i++) {
                RecipientId person = ids.randomPerson(1940, 2006);
                recipients.add(person);
                out.write(person.formatted() + ";Förnamn Efternamn " + i + ";Storgatan " + (i % 90 + 1) + ";" + (10000 + i % 89999)
                        + ";Örebro;K" + i + ";1880");
                out.newLine();
            }
        }
        return recipients;
    }
}
