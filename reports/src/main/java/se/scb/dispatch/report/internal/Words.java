package se.scb.dispatch.report.internal;

import java.util.Map;
import se.scb.dispatch.report.ReportLanguage;

/** The report's words in Swedish and English. A key without words is a bug: it fails loudly, never prints the key. */
final class Words {

    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("title", new String[] {"Utskicksrapport", "Dispatch report"}),
            Map.entry("dispatch", new String[] {"Utskick", "Dispatch"}),
            Map.entry("subject", new String[] {"Ämne", "Subject"}),
            Map.entry("created", new String[] {"Skapat", "Created"}),
            Map.entry("letters", new String[] {"Brev", "Letters"}),
            Map.entry("intro", new String[] {"Andelar visas med 95 % konfidensintervall (Wilson); strecken visar intervallet.",
                    "Shares are shown with 95 % confidence intervals (Wilson); the whiskers show the interval."}),
            Map.entry("outcomes", new String[] {"Utfall och orsaker", "Outcomes and reasons"}),
            Map.entry("state", new String[] {"Läge", "State"}),
            Map.entry("reason", new String[] {"Orsak", "Reason"}),
            Map.entry("operators", new String[] {"Brevlådeoperatörer", "Mailbox operators"}),
            Map.entry("operator", new String[] {"Operatör", "Operator"}),
            Map.entry("id", new String[] {"Id", "Id"}),
            Map.entry("process", new String[] {"Processdata", "Process data"}),
            Map.entry("processChart", new String[] {"Andel brev per händelse", "Share of letters per event"}),
            Map.entry("fact", new String[] {"Händelse", "Event"}),
            Map.entry("count", new String[] {"Antal", "Count"}),
            Map.entry("outOf", new String[] {"Av", "Out of"}),
            Map.entry("share", new String[] {"Andel", "Share"}),
            Map.entry("lower", new String[] {"Nedre 95 %", "Lower 95 %"}),
            Map.entry("upper", new String[] {"Övre 95 %", "Upper 95 %"}),
            Map.entry("notProvided", new String[] {"lämnas inte", "not provided"}),
            Map.entry("delivered", new String[] {"Levererat", "Delivered"}),
            Map.entry("opened", new String[] {"Öppnat", "Opened"}),
            Map.entry("attachmentOpened", new String[] {"Bilaga öppnad", "Attachment opened"}),
            Map.entry("notified", new String[] {"Avi skickad", "Notified"}),
            Map.entry("operatorReminded", new String[] {"Påmint av operatören", "Reminded by the operator"}),
            Map.entry("blocked", new String[] {"Spärrat avsändaren", "Blocked the sender"}),
            Map.entry("loggedIn", new String[] {"Loggat in", "Logged in"}),
            Map.entry("responded", new String[] {"Svarat", "Responded"}),
            Map.entry("timeToOpen", new String[] {"Tid från leverans till öppning", "Time from delivery to opening"}),
            Map.entry("timeToResponse", new String[] {"Tid från leverans till svar", "Time from delivery to response"}),
            Map.entry("interval", new String[] {"Tid", "Time"}),
            Map.entry("median", new String[] {"Median (timmar)", "Median (hours)"}),
            Map.entry("mean", new String[] {"Medel (timmar)", "Mean (hours)"}),
            Map.entry("p25", new String[] {"Nedre kvartil (timmar)", "Lower quartile (hours)"}),
            Map.entry("p75", new String[] {"Övre kvartil (timmar)", "Upper quartile (hours)"}),
            Map.entry("hoursShort", new String[] {"h", "h"}),
            Map.entry("daysShort", new String[] {"d", "d"}),
            Map.entry("weeksShort", new String[] {"v", "w"}),
            Map.entry("under", new String[] {"under", "under"}),
            Map.entry("orMore", new String[] {"eller mer", "or more"}),
            Map.entry("coverage", new String[] {"Andel med digital brevlåda bland mottagarna", "Share with a digital mailbox among the recipients"}),
            Map.entry("coverageNote", new String[] {"Personer i utskicket som katalogen tillfrågades om; organisationer räknas för sig.",
                    "Persons of the dispatch the directory was asked about; organisations counted apart."}),
            Map.entry("bySex", new String[] {"Efter kön", "By sex"}),
            Map.entry("byAge", new String[] {"Efter åldersgrupp", "By age group"}),
            Map.entry("group", new String[] {"Grupp", "Group"}),
            Map.entry("female", new String[] {"Kvinnor", "Women"}),
            Map.entry("male", new String[] {"Män", "Men"}),
            Map.entry("persons", new String[] {"Personer", "Persons"}),
            Map.entry("allPersons", new String[] {"Alla personer", "All persons"}),
            Map.entry("organisations", new String[] {"Organisationer", "Organisations"}),
            Map.entry("digital", new String[] {"Digital brevlåda", "Digital mailbox"}),
            Map.entry("pending", new String[] {"Brevlåda ej klar", "Mailbox pending"}),
            Map.entry("noPersons", new String[] {"Inga personer att räkna.", "No persons to count."}),
            Map.entry("experiment", new String[] {"Experiment", "Experiment"}),
            Map.entry("seed", new String[] {"Frö", "Seed"}),
            Map.entry("strata", new String[] {"Strata", "Strata"}),
            Map.entry("none", new String[] {"inga", "none"}),
            Map.entry("unknown", new String[] {"okänt", "unknown"}),
            Map.entry("arm", new String[] {"Arm", "Arm"}),
            Map.entry("armsChart", new String[] {"Svarsandel per arm", "Response rate per arm"}),
            Map.entry("comparisons", new String[] {"Jämförelse med första armen", "Compared with the first arm"}),
            Map.entry("comparisonNote", new String[] {"Skillnad med 95 % intervall (Newcombe) och p-värde (z-test med sammanvägd andel).",
                    "Difference with its 95 % interval (Newcombe) and p-value (pooled z-test)."}),
            Map.entry("baseline", new String[] {"Jämfört med", "Baseline"}),
            Map.entry("measure", new String[] {"Mått", "Measure"}),
            Map.entry("difference", new String[] {"Skillnad", "Difference"}),
            Map.entry("pValue", new String[] {"p-värde", "p-value"}),
            Map.entry("rate", new String[] {"Svarsandel", "Response rate"}),
            Map.entry("cost", new String[] {"Kostnad", "Cost"}),
            Map.entry("total", new String[] {"Totalt", "Total"}),
            Map.entry("perResponse", new String[] {"Per svar", "Per response"}),
            Map.entry("responses", new String[] {"Svar", "Responses"}),
            Map.entry("unpriced", new String[] {"Brev utan pris i prislistan", "Letters without a price in the list"}),
            Map.entry("channel", new String[] {"Kanal", "Channel"}),
            Map.entry("amount", new String[] {"Belopp", "Amount"}),
            Map.entry("DIGITAL", new String[] {"Digitalt", "Digital"}),
            Map.entry("PAPER", new String[] {"Papper", "Paper"}),
            Map.entry("PLANNED", new String[] {"Planerat", "Planned"}),
            Map.entry("CLAIMED", new String[] {"Under sändning", "Being sent"}),
            Map.entry("DELIVERED", new String[] {"Levererat digitalt", "Delivered digitally"}),
            Map.entry("HANDED_TO_PAPER", new String[] {"Till papper", "Handed to paper"}),
            Map.entry("FAILED", new String[] {"Misslyckat", "Failed"}),
            Map.entry("CANCELLED", new String[] {"Avbrutet", "Cancelled"}));

    private final ReportLanguage language;

    Words(ReportLanguage language) {
        this.language = language;
    }

    String of(String key) {
        String[] words = WORDS.get(key);
        if (words == null) {
            throw new IllegalStateException("The report has no words for '" + key + "'");
        }
        return words[language.ordinal()];
    }

    /** The words of a key, or the key itself when it is data (a column's value, an arm's name). */
    String orAsIs(String key) {
        String[] words = WORDS.get(key);
        return words == null ? key : words[language.ordinal()];
    }
}
