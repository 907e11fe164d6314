package se.scb.dispatch.examples.demo;

/** The mailbox operators of Mina meddelanden that the demo spreads its recipients over. */
public enum DemoOperator {
    KIVRA("kivra", "Kivra"),
    MIN_MYNDIGHETSPOST("minmyndighetspost", "Min myndighetspost"),
    FORTNOX("fortnox", "Fortnox"),
    BILLO("billo", "Billo");

    private final String id;
    private final String displayName;

    DemoOperator(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** The operator id, as in reports and the reachability CSV. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }
}
