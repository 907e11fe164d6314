package se.scb.dispatch.examples.demo;

/** The column names of the demo's sample, as a source system would export them. */
public final class Columns {

    public static final String CASE_ID = "case_id";
    public static final String RECIPIENT_ID = "recipient_id";
    public static final String NAME = "namn";
    public static final String STREET = "utdelningsadress";
    public static final String POSTAL_CODE = "postnummer";
    public static final String POST_TOWN = "postort";
    /** Kön: "kvinna" or "man"; blank for companies. */
    public static final String SEX = "kon";
    public static final String BIRTH_YEAR = "fodelsear";
    /** Sverige, Norden, EU or övriga världen. */
    public static final String COUNTRY_OF_BIRTH = "fodelselandsgrupp";
    /** The municipality's four-digit code. */
    public static final String MUNICIPALITY = "kommun";
    public static final String MUNICIPALITY_NAME = "kommunnamn";
    /** The login code for the web questionnaire. */
    public static final String CODE = "kod";

    private Columns() {
    }
}
