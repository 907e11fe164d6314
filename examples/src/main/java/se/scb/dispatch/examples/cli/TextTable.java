package se.scb.dispatch.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table: columns padded to their widest cell, numbers right-aligned. */
final class TextTable {

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    TextTable(String... header) {
        this.columns = header.length;
        rows.add(header);
    }

    TextTable row(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("The table has " + columns + " columns, the row " + cells.length);
        }
        rows.add(Arrays.stream(cells).map(String::valueOf).toArray(String[]::new));
        return this;
    }

    /** Rows below the header. */
    int size() {
        return rows.size() - 1;
    }

    boolean isEmpty() {
        return rows.size() == 1;
    }

    /** Prints the table, each line indented by two spaces. */
    void print(PrintWriter out) {
        print(out, true);
    }

    /** Prints the table, with or without its header (a long table printed a part at a time has it once). */
    void print(PrintWriter out, boolean withHeader) {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : withHeader ? rows : rows.subList(1, rows.size())) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < columns; i++) {
                boolean last = i == columns - 1;
                String cell = row[i];
                String padding = " ".repeat(widths[i] - cell.length());
                if (isNumber(cell)) {
                    line.append(padding).append(cell);
                } else {
                    line.append(cell).append(last ? "" : padding);
                }
                if (!last) {
                    line.append("  ");
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** A count, share or difference, signed or not: right-aligned, so that the digits line up. */
    private static boolean isNumber(String cell) {
        String unsigned = cell.startsWith("-") ? cell.substring(1) : cell;
        return !unsigned.isEmpty() && unsigned.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == '%');
    }
}
