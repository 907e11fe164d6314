package se.scb.dispatch.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import se.scb.dispatch.id.RecipientId;

/**
 * Writes the inputs of a large validation: {@code population.csv} (N rows, about 1 % bad),
 * {@code reachability.csv} (about 80 % of the good rows' recipients) and {@code template.json}, all
 * seeded, so the same arguments give the same files. Rows are written as they are made.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar se.scb.dispatch.benchmarks.LargeInputs 1000000 /tmp/large [seed]
 * java -Xmx256m -jar examples/target/dispatch.jar validate --population /tmp/large/population.csv \
 *      --template /tmp/large/template.json --reachability /tmp/large/reachability.csv
 * </pre>
 */
public final class LargeInputs {

    static final String POPULATION = "population.csv";
    static final String REACHABILITY = "reachability.csv";
    static final String TEMPLATE = "template.json";

    private static final double LISTED_SHARE = 0.8;
    private static final String[] OPERATORS = {"kivra", "kivra", "kivra", "minmyndighetspost", "minmyndighetspost", "fortnox", "billo"};

    private static final String TEMPLATE_JSON = """
            {
              "sender": { "organisationNumber": "202100-5489", "name": "Statistikmyndigheten" },
              "subject": "Inbjudan till undersökningen",
              "text": "Hej {{namn}}!\\n\\nDu är utvald att delta. Logga in med koden {{kod}}. Ärende {{case_id}}.",
              "html": "<p>Hej {{namn}}!</p><p>Du är utvald att delta. Logga in med koden <b>{{kod}}</b>.</p>",
              "language": "sv"
            }
            """;

    private LargeInputs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: LargeInputs ROWS DIRECTORY [SEED]");
            System.exit(2);
        }
        int rows = Integer.parseInt(args[0]);
        Path directory = Files.createDirectories(Path.of(args[1]));
        long seed = args.length == 3 ? Long.parseLong(args[2]) : 1;
        write(directory, rows, seed);
        System.out.println("Wrote " + rows + " rows to " + directory.resolve(POPULATION) + ", with "
                + directory.resolve(REACHABILITY) + " and " + directory.resolve(TEMPLATE));
    }

    /** Writes the three files into {@code directory}. */
    static void write(Path directory, int rows, long seed) throws IOException {
        Files.writeString(directory.resolve(TEMPLATE), TEMPLATE_JSON, StandardCharsets.UTF_8);
        Random random = new Random(seed + 1);
        try (BufferedWriter reachability = Files.newBufferedWriter(directory.resolve(REACHABILITY), StandardCharsets.UTF_8)) {
            reachability.write("recipient_id;status;operator");
            reachability.newLine();
            SampleFile.write(directory.resolve(POPULATION), rows, seed, true, recipient -> {
                if (random.nextDouble() < LISTED_SHARE) {
                    writeLine(reachability, answer(recipient, random));
                }
            });
        }
    }

    /** Mostly a mailbox at one of the operators, sometimes one of the answers that send the letter on paper. */
    private static String answer(RecipientId recipient, Random random) {
        int draw = random.nextInt(100);
        String status = draw < 94 ? "REACHABLE;" + OPERATORS[random.nextInt(OPERATORS.length)]
                : draw < 97 ? "NO_MAILBOX;"
                : draw < 99 ? "SENDER_BLOCKED;"
                : "PENDING;";
        return recipient.canonical() + ";" + status;
    }

    private static void writeLine(BufferedWriter out, String line) {
        try {
            out.write(line);
            out.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
