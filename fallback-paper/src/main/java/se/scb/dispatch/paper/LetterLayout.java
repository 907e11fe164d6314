package se.scb.dispatch.paper;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Where things go on a letter's A4 pages. Positions are in millimetres from the page's top left
 * corner, as envelope and letter standards give them; {@link #x(float)} and {@link #y(float)} turn
 * them into PDF points (which count from the bottom left).
 *
 * <p>The address fits a C5 or C4 window envelope with the window on the left, as SS 19 10 10 and
 * common Swedish practice place it: the window starts 20 mm from the left edge and 45 mm from the
 * top of the sheet and is 90 x 45 mm. The address keeps {@value #WINDOW_INSET_MM} mm inside the
 * window on every side, because a folded sheet shifts a few millimetres in its envelope. The
 * sender's name and return address sit above the window, where the envelope hides them, and the
 * body text starts {@value #SUBJECT_TOP_MM} mm from the top, below the window.
 */
final class LetterLayout {

    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();

    static final float WINDOW_LEFT_MM = 20;
    static final float WINDOW_TOP_MM = 45;
    static final float WINDOW_WIDTH_MM = 90;
    static final float WINDOW_HEIGHT_MM = 45;
    static final float WINDOW_INSET_MM = 5;

    /** Body, header and address text share one left edge: the window's plus its inset. */
    static final float LEFT_MM = WINDOW_LEFT_MM + WINDOW_INSET_MM;
    static final float RIGHT_MARGIN_MM = 20;
    static final float HEADER_TOP_MM = 15;
    /** The sender block may not reach further right than this, leaving room for the date. */
    static final float HEADER_WIDTH_MM = 110;
    static final float SUBJECT_TOP_MM = 100;
    static final float CONTINUATION_TOP_MM = 20;
    static final float BOTTOM_MARGIN_MM = 20;

    static final float HEADER_SIZE = 9;
    static final float ADDRESS_SIZE = 10;
    /** An address line too wide for the window first makes the whole block smaller, down to this size, and only then wraps. */
    static final float SMALLEST_ADDRESS_SIZE = 8;
    static final float SUBJECT_SIZE = 14;
    static final float BODY_SIZE = 11;
    /** Line height as a multiple of the font size. */
    static final float LINE_SPACING = 1.3f;

    /** The most return address lines: with the sender's name they must fit between the header's top and the window. */
    static final int MAX_RETURN_ADDRESS_LINES = 5;

    private static final float POINTS_PER_MM = 72 / 25.4f;

    private LetterLayout() {
    }

    /** Points from the left edge for {@code mm} millimetres from it. */
    static float x(float mm) {
        return mm * POINTS_PER_MM;
    }

    /** Points from the bottom edge for {@code mm} millimetres from the top. */
    static float y(float mm) {
        return PAGE_HEIGHT - mm * POINTS_PER_MM;
    }

    /** A length in points. */
    static float points(float mm) {
        return mm * POINTS_PER_MM;
    }

    static float bodyWidth() {
        return PAGE_WIDTH - x(LEFT_MM) - points(RIGHT_MARGIN_MM);
    }

    static float lineHeight(float size) {
        return size * LINE_SPACING;
    }
}
