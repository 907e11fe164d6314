package se.scb.dispatch.report.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart of shares from 0 to 100 %: a patterned bar per group, its 95 % interval as a whisker with
 * caps, and the share and interval written beside it, so the chart reads without colour and without the table.
 */
final class SvgRateChart {

    private static final int LABEL_WIDTH = 190;
    private static final int PLOT_WIDTH = 380;
    private static final int VALUE_WIDTH = 200;
    private static final int ROW = 30;
    private static final int TOP = 12;
    private static final int AXIS = 28;

    private SvgRateChart() {
    }

    static void render(Html out, String id, String title, List<RateBar> bars, Words words, NumberText numbers) {
        int width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
        int height = TOP + bars.size() * ROW + AXIS;
        out.raw("<figure><svg class='chart rates' id='" + id + "' role='img' aria-labelledby='" + id + "-t' width='" + width + "' height='"
                + height + "' viewBox='0 0 " + width + " " + height + "' font-family='sans-serif' font-size='12'>");
        out.raw("<title id='" + id + "-t'>").text(title).raw("</title>");
        SvgPatterns.define(out, id);
        axis(out, bars.size(), numbers);
        for (int i = 0; i < bars.size(); i++) {
            bar(out, id, i, bars.get(i), words, numbers);
        }
        out.raw("</svg><figcaption>").text(title).raw("</figcaption></figure>");
    }

    private static void axis(Html out, int rows, NumberText numbers) {
        int bottom = TOP + rows * ROW;
        for (int percent = 0; percent <= 100; percent += 25) {
            double x = LABEL_WIDTH + PLOT_WIDTH * percent / 100.0;
            out.raw("<line x1='" + fmt(x) + "' y1='" + TOP + "' x2='" + fmt(x) + "' y2='" + bottom
                    + "' stroke='#777' stroke-dasharray='2,3'/>");
            out.raw("<text class='tick' x='" + fmt(x) + "' y='" + (bottom + 16) + "' text-anchor='middle'>")
                    .text(numbers.percent(BigDecimal.valueOf(percent, 2)).replace(",00", "").replace(".00", "")).raw("</text>");
        }
    }

    private static void bar(Html out, String id, int index, RateBar bar, Words words, NumberText numbers) {
        int top = TOP + index * ROW;
        double middle = top + ROW / 2.0;
        out.raw("<text class='label' x='" + (LABEL_WIDTH - 8) + "' y='" + fmt(middle + 4) + "' text-anchor='end'>").text(bar.label()).raw("</text>");
        if (bar.figure().isEmpty()) {
            out.raw("<text class='note' x='" + (LABEL_WIDTH + 4) + "' y='" + fmt(middle + 4) + "' font-style='italic'>").text(words.of("notProvided"))
                    .raw("</text>");
            return;
        }
        RateBar.Figure figure = bar.figure().get();
        double end = x(figure.share());
        out.raw("<rect x='" + LABEL_WIDTH + "' y='" + (top + 6) + "' width='" + fmt(end - LABEL_WIDTH) + "' height='" + (ROW - 12)
                + "' fill='" + SvgPatterns.fill(id, index) + "' stroke='#000'/>");
        double low = x(figure.lower());
        double high = x(figure.upper());
        out.raw("<g class='whisker' stroke='#000' stroke-width='2'>")
                .raw("<line x1='" + fmt(low) + "' y1='" + fmt(middle) + "' x2='" + fmt(high) + "' y2='" + fmt(middle) + "'/>")
                .raw("<line x1='" + fmt(low) + "' y1='" + fmt(middle - 6) + "' x2='" + fmt(low) + "' y2='" + fmt(middle + 6) + "'/>")
                .raw("<line x1='" + fmt(high) + "' y1='" + fmt(middle - 6) + "' x2='" + fmt(high) + "' y2='" + fmt(middle + 6) + "'/>")
                .raw("</g>");
        out.raw("<text class='value' x='" + (LABEL_WIDTH + PLOT_WIDTH + 8) + "' y='" + fmt(middle + 4) + "'>")
                .raw("<tspan data-json='" + Html.escape(figure.path()) + "'>").text(numbers.percent(figure.share())).raw("</tspan> (")
                .raw("<tspan data-json='" + Html.escape(figure.ciPath()) + "/0'>").text(numbers.percent(figure.lower())).raw("</tspan>\u2013")
                .raw("<tspan data-json='" + Html.escape(figure.ciPath()) + "/1'>").text(numbers.percent(figure.upper())).raw("</tspan>)</text>");
    }

    private static double x(BigDecimal share) {
        return LABEL_WIDTH + PLOT_WIDTH * Math.max(0, Math.min(1, share.doubleValue()));
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
