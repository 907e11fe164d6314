package se.scb.dispatch.paper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.scb.dispatch.spi.PaperLetter;

/**
 * The order letters are printed in. Sorted by postal code, the print house can hand the post a
 * presorted batch (cheaper, and PostNord asks for it above a volume).
 */
final class PrintOrder {

    /**
     * Swedish addresses first, by the digits of their postal code ({@code 123 45} is {@code 12345});
     * addresses abroad after them, in the order given. Letters with the same postal code keep their
     * order (the sort is stable).
     */
    static final Comparator<PaperLetter> BY_POSTAL_CODE = Comparator
            .comparing((PaperLetter letter) -> !letter.address().isSwedish())
            .thenComparing(letter -> letter.address().isSwedish() ? PrintedAddress.digits(letter.address().postalCode()) : "");

    private PrintOrder() {
    }

    /** A sorted copy of {@code letters}, or a copy in the given order when {@code sortByPostalCode} is false. */
    static List<PaperLetter> of(List<PaperLetter> letters, boolean sortByPostalCode) {
        List<PaperLetter> ordered = new ArrayList<>(letters);
        if (sortByPostalCode) {
            ordered.sort(BY_POSTAL_CODE);
        }
        return ordered;
    }
}
