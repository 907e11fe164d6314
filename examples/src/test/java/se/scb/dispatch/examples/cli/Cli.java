package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Pattern;

/** Runs the program in-process with captured output. */
final class Cli {

    /** An identity number with its last four digits showing, in any written form. */
    static final Pattern UNMASKED_ID = Pattern.compile("(?<!\\d)(\\d{6}|\\d{8})[-+ ]?\\d{4}(?!\\d)");

    private Cli() {
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
