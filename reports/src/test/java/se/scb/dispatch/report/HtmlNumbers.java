package se.scb.dispatch.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers of a report's HTML back: each element that names a JSON pointer ({@code data-json}) and the number
 * it shows, written the language's way (a browser writes the no-break space as &amp;nbsp;; decimal comma, spaces or commas between thousands, percentages, a true minus).
 */
final class HtmlNumbers {

    /** The report's number elements hold text only, so the text runs to the next tag. */
    private static final Pattern NUMBER = Pattern.compile("data-json=['\"]([^'\"]+)['\"][^>]*>([^<]*)<");

    private HtmlNumbers() {
    }

    record Shown(String pointer, String text, BigDecimal value) {
    }

    static List<Shown> of(String html, ReportLanguage language) {
        List<Shown> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(html);
        while (matcher.find()) {
            numbers.add(new Shown(matcher.group(1), matcher.group(2), parse(matcher.group(2), language)));
        }
        return numbers;
    }

    static BigDecimal parse(String text, ReportLanguage language) {
        String number = text.strip().replace('\u2212', '-').replace("\u00a0", "").replace("&nbsp;", "");
        boolean percent = number.endsWith("%");
        number = number.replace("%", "");
        number = language == ReportLanguage.SV ? number.replace(" ", "").replace(',', '.') : number.replace(",", "");
        BigDecimal value = new BigDecimal(number);
        return percent ? value.divide(BigDecimal.valueOf(100), MathContext.DECIMAL64) : value;
    }
}
