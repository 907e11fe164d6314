package se.scb.dispatch.report.internal;

/**
 * An HTML table written row by row. A number cell names its JSON pointer ({@code data-json}, RFC 6901), so a reader (or a test)
 * can find the same figure in the JSON.
 */
final class Table {

    private final Html out;
    private boolean rowOpen;

    Table(Html out, String caption, String... headers) {
        this.out = out;
        out.raw("<table><caption>").text(caption).raw("</caption><thead><tr>");
        for (String header : headers) {
            out.raw("<th scope='col'>").text(header).raw("</th>");
        }
        out.raw("</tr></thead><tbody>");
    }

    Table row() {
        closeRow();
        out.raw("<tr>");
        rowOpen = true;
        return this;
    }

    Table text(String text) {
        out.raw("<td>").text(text).raw("</td>");
        return this;
    }

    /** A number, as the language writes it, of the JSON figure at the pointer {@code path}. */
    Table number(String shown, String path) {
        out.raw("<td class='num' data-json='").text(path).raw("'>").text(shown).raw("</td>");
        return this;
    }

    void end() {
        closeRow();
        out.raw("</tbody></table>");
    }

    private void closeRow() {
        if (rowOpen) {
            out.raw("</tr>");
            rowOpen = false;
        }
    }
}
