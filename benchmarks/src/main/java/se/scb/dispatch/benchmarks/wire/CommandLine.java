package se.scb.dispatch.benchmarks.wire;

/** The benchmarks' command lines: {@code --name value} pairs, each with a default. */
final class CommandLine {

    private CommandLine() {
    }

    /** The value after {@code name}, or {@code fallback} when it is not given. */
    static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
