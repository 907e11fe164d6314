package se.scb.dispatch.report.internal;

/**
 * Fills for bars that stay apart in grey print and for readers who cannot tell colours: hatching, dots, cross-hatching
 * and horizontal lines, black on white. Each chart defines its own, under its own prefix, so a chart cut out of the
 * page still draws.
 */
final class SvgPatterns {

    static final int COUNT = 4;

    private SvgPatterns() {
    }

    static void define(Html out, String prefix) {
        out.raw("<defs>");
        pattern(out, prefix, 0, "<path d='M0,8 L8,0' stroke='#000' stroke-width='1.5'/>");
        pattern(out, prefix, 1, "<circle cx='4' cy='4' r='1.6' fill='#000'/>");
        pattern(out, prefix, 2, "<path d='M0,8 L8,0 M0,0 L8,8' stroke='#000' stroke-width='1'/>");
        pattern(out, prefix, 3, "<path d='M0,4 L8,4' stroke='#000' stroke-width='1.5'/>");
        out.raw("</defs>");
    }

    /** The fill of the {@code index}th bar: the patterns in turn. */
    static String fill(String prefix, int index) {
        return "url(#" + prefix + "-p" + (index % COUNT) + ")";
    }

    private static void pattern(Html out, String prefix, int index, String marks) {
        out.raw("<pattern id='" + prefix + "-p" + index + "' width='8' height='8' patternUnits='userSpaceOnUse'>")
                .raw("<rect width='8' height='8' fill='#fff'/>").raw(marks).raw("</pattern>");
    }
}
