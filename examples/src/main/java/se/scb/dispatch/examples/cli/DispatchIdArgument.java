package se.scb.dispatch.examples.cli;

import picocli.CommandLine.Parameters;

/** The dispatch a command is about, by the id that {@code send}, {@code demo} and {@code history} print. */
final class DispatchIdArgument {

    @Parameters(index = "0", paramLabel = "ID", description = "The dispatch's id, as 'dispatch history' lists it.")
    private String id;

    String id() {
        return id;
    }
}
