package se.scb.dispatch.paper;

/**
 * Keeps a value from a source file from running as a formula when a print house opens the manifest
 * in a spreadsheet (CSV injection): a value that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return gets a leading {@code '}, as OWASP advises, so the
 * spreadsheet shows it as text. Only values that come from the source go through here; the numbers
 * and ids the channel writes itself never start with those characters.
 */
final class SpreadsheetCell {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCell() {
    }

    static String text(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
