package se.scb.dispatch.report.internal;

import java.util.List;

/** A column chart of counts: a patterned column per bucket, its count written on top, the bucket's name below. */
final class SvgHistogram {

    private static final int LEFT = 10;
    private static final int COLUMN = 96;
    private static final int PLOT_HEIGHT = 160;
    private static final int TOP = 22;
    private static final int AXIS = 36;

    private SvgHistogram() {
    }

    /**
     * @param path the JSON pointer of the counts' array, e.g. {@code /process/timeToOpen/histogram}: column i's count is at
     *             {@code path/i/letters}
     */
    static void render(Html out, String id, String title, List<String> labels, List<Long> counts, String path, NumberText numbers) {
        int width = LEFT * 2 + COLUMN * counts.size();
        int height = TOP + PLOT_HEIGHT + AXIS;
        long most = Math.max(1, counts.stream().mapToLong(Long::longValue).max().orElse(1));
        out.raw("<figure><svg class='chart histogram' id='" + id + "' role='img' aria-labelledby='" + id + "-t' width='" + width + "' height='"
                + height + "' viewBox='0 0 " + width + " " + height + "' font-family='sans-serif' font-size='12'>");
        out.raw("<title id='" + id + "-t'>").text(title).raw("</title>");
        SvgPatterns.define(out, id);
        int baseline = TOP + PLOT_HEIGHT;
        out.raw("<line x1='" + LEFT + "' y1='" + baseline + "' x2='" + (width - LEFT) + "' y2='" + baseline + "' stroke='#000'/>");
        for (int i = 0; i < counts.size(); i++) {
            double columnHeight = PLOT_HEIGHT * (double) counts.get(i) / most;
            double x = LEFT + i * COLUMN + 8;
            double centre = LEFT + i * COLUMN + COLUMN / 2.0;
            out.raw("<rect x='" + SvgRateChart.fmt(x) + "' y='" + SvgRateChart.fmt(baseline - columnHeight) + "' width='" + (COLUMN - 16)
                    + "' height='" + SvgRateChart.fmt(columnHeight) + "' fill='" + SvgPatterns.fill(id, 0) + "' stroke='#000'/>");
            out.raw("<text class='value' x='" + SvgRateChart.fmt(centre) + "' y='" + SvgRateChart.fmt(baseline - columnHeight - 5)
                    + "' text-anchor='middle' data-json='" + path + "/" + i + "/letters'>").text(numbers.count(counts.get(i))).raw("</text>");
            out.raw("<text class='label' x='" + SvgRateChart.fmt(centre) + "' y='" + (baseline + 18) + "' text-anchor='middle'>").text(labels.get(i))
                    .raw("</text>");
        }
        out.raw("</svg><figcaption>").text(title).raw("</figcaption></figure>");
    }
}
