package se.scb.dispatch.cost;

/**
 * A price list that cannot be used, with where: the file, the line (counted from 1, comments and blank
 * lines included) and the column, so the person who keeps the list can go straight to it.
 */
public final class PriceListException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String column;

    PriceListException(String file, int line, String column, String problem) {
        super(file + (line > 0 ? " line " + line : "") + (column.isEmpty() ? "" : ", column " + column) + ": " + problem);
        this.line = line;
        this.column = column;
    }

    /** The line, counted from 1; 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }

    /** The column's name, or empty when the problem is the whole line. */
    public String column() {
        return column;
    }
}
