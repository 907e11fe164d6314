package se.scb.dispatch.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A journal (an H2 file), its received-letters file and a print-batch directory in a temporary
 * folder, and the command lines that use them.
 */
record Workspace(Path folder) {

    private static final JsonMapper JSON = new JsonMapper();

    String db() {
        return folder.resolve("journal").toString();
    }

    Path out() {
        return folder.resolve("out");
    }

    /** Where the fake operator keeps what it received, beside the H2 journal. */
    Path received() {
        return Path.of(db() + ".received.log");
    }

    /** A command that sends: the arguments with {@code --db} and {@code --out}. */
    Cli.Result sending(String... args) {
        return Cli.run(with(args, "--db", db(), "--out", out().toString()));
    }

    /** A command that only reads or changes the journal: the arguments with {@code --db}. */
    Cli.Result journal(String... args) {
        return Cli.run(with(args, "--db", db()));
    }

    /** The JSON the command printed, after checking it succeeded. */
    static JsonNode json(Cli.Result result) {
        if (result.exitCode() != 0) {
            throw new AssertionError("exit code " + result.exitCode() + "; stderr: " + result.err());
        }
        try {
            return JSON.readTree(result.out());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + result.out(), e);
        }
    }

    static String[] with(String[] args, String... more) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(Arrays.asList(more));
        return all.toArray(String[]::new);
    }
}
