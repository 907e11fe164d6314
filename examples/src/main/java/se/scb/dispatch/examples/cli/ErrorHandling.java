package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import se.scb.dispatch.config.InvalidConfigurationException;
import se.scb.dispatch.population.PopulationException;
import se.scb.dispatch.template.TemplateException;

/**
 * Turns what went wrong into one line on stderr and an exit code. Errors the user can fix (a flag,
 * a file, a template) get exit code 2 and no stack trace; anything else gets 1, with the stack
 * trace only when {@code --verbose} asks for it.
 */
final class ErrorHandling {

    private ErrorHandling() {
    }

    static int onParameterError(ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        print(command.getErr(), name + ": " + oneLine(error.getMessage()) + " (see '" + name + " --help')");
        return DispatchCli.USAGE;
    }

    static int onExecutionError(Exception error, CommandLine command, ParseResult parseResult) {
        String name = command.getCommandSpec().qualifiedName();
        PrintWriter err = command.getErr();
        if (isUsersToFix(error)) {
            print(err, name + ": " + oneLine(error.getMessage()));
            return DispatchCli.USAGE;
        }
        if (FileProblem.isDiskFull(error)) {
            // The journal's driver words it as a database it cannot reach; what to fix is the space.
            print(err, name + ": no space left on the disk (of the journal or the print batches); free some and run"
                    + " 'dispatch resume' to go on where this stopped.");
            return DispatchCli.USAGE;
        }
        print(err, name + ": unexpected error: " + error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : ": " + oneLine(error.getMessage())));
        if (DispatchCli.verbose(parseResult)) {
            error.printStackTrace(err);
            err.flush();
        }
        return DispatchCli.UNEXPECTED;
    }

    private static boolean isUsersToFix(Exception error) {
        // InvalidConfigurationException: a setting or experiment the user gave breaks its rules, e.g. a stratum the population lacks.
        return error instanceof InputException
                || error instanceof InvalidConfigurationException
                || error instanceof TemplateException
                || error instanceof PopulationException;
    }

    private static void print(PrintWriter err, String line) {
        err.println(line);
        err.flush();
    }

    /** Messages of nested causes may span lines; the program promises one. */
    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
