package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Pattern;
import se.scb.dispatch.id.IdentityNumbers;

/** Runs the program in-process with captured output. */
final class Cli {

    /**
     * A dispatch, message or print batch id: a UUID, or eight hex digits and a UUID. Not personal data,
     * but its digits can look like an identity number's.
     */
    private static final Pattern GENERATED_ID = Pattern.compile("[0-9a-f]{8}(?:-[0-9a-f]{4,12}){3,}");

    private Cli() {
    }

    /**
     * Whether the text shows a person's identity number with its last four digits, ids the program generates
     * aside (organisation numbers are public and shown whole).
     */
    static boolean hasUnmaskedId(String text) {
        return IdentityNumbers.showsAPersonsNumber(GENERATED_ID.matcher(text).replaceAll("<id>"));
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = DispatchCli.commandLine(new PrintWriter(out), new PrintWriter(err), false).execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    record Result(int exitCode, String out, String err) {

        /** The lines written to stderr. */
        long errLines() {
            return err.lines().count();
        }
    }
}
