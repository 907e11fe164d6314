package se.scb.dispatch.report.internal;

import java.math.BigDecimal;
import se.scb.dispatch.report.ReportLanguage;

/**
 * Numbers as a reader of the language writes them: Swedish with a decimal comma and a space between thousands,
 * English with a decimal point and commas. Only the writing differs: the digits are the JSON's.
 */
final class NumberText {

    /** No-break space: a number is never split over two lines. */
    static final char SPACE = '\u00a0';

    private final ReportLanguage language;

    NumberText(ReportLanguage language) {
        this.language = language;
    }

    String count(long value) {
        return grouped(BigDecimal.valueOf(value));
    }

    /** An exact decimal as the JSON has it, e.g. an amount or a p-value (kept in E notation when the JSON is). */
    String decimal(BigDecimal value) {
        String plain = value.toString();
        if (plain.contains("E")) {
            return localised(plain);
        }
        return grouped(value);
    }

    /** A share of the JSON (4 decimals) as a percentage with 2: the same number, times 100. */
    String percent(BigDecimal share) {
        String number = decimal(share.movePointRight(2));
        return language == ReportLanguage.SV ? number + SPACE + "%" : number + "%";
    }

    private String grouped(BigDecimal value) {
        String plain = value.toPlainString();
        boolean negative = plain.startsWith("-");
        String unsigned = negative ? plain.substring(1) : plain;
        int point = unsigned.indexOf('.');
        String whole = point < 0 ? unsigned : unsigned.substring(0, point);
        String fraction = point < 0 ? "" : unsigned.substring(point + 1);
        StringBuilder text = new StringBuilder();
        char separator = language == ReportLanguage.SV ? SPACE : ',';
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                text.append(separator);
            }
            text.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            text.append(language == ReportLanguage.SV ? ',' : '.').append(fraction);
        }
        // A true minus sign reads better than a hyphen, and a reader parsing the page knows it.
        return (negative ? "\u2212" : "") + text;
    }

    private String localised(String plain) {
        String text = language == ReportLanguage.SV ? plain.replace('.', ',') : plain;
        return text.replace("-", "\u2212");
    }
}
