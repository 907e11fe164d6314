package se.scb.dispatch.report;

import java.util.Locale;

/** The language of a report's HTML: its words, and how it writes numbers (decimal comma in Swedish). */
public enum ReportLanguage {
    SV("sv"),
    EN("en");

    private final String tag;

    ReportLanguage(String tag) {
        this.tag = tag;
    }

    /** The language's tag, for the HTML's {@code lang} attribute. */
    public String tag() {
        return tag;
    }

    /**
     * The language of a tag, {@code sv} or {@code en}, in any case.
     *
     * @throws IllegalArgumentException naming the tags there are
     */
    public static ReportLanguage of(String tag) {
        for (ReportLanguage language : values()) {
            if (language.tag.equals(tag.strip().toLowerCase(Locale.ROOT))) {
                return language;
            }
        }
        throw new IllegalArgumentException("No report language '" + tag + "': use sv or en");
    }
}
