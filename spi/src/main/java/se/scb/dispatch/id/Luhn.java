package se.scb.dispatch.id;

/**
 * The Luhn (modulus 10) check digit that ends every Swedish personal, coordination and
 * organisation number. Public so that test-data generators compute it the same way as the parser.
 */
public final class Luhn {

    private Luhn() {
    }

    /**
     * The check digit for the given digits (the payload without its check digit), e.g. the first
     * nine digits of a 10-digit identity number.
     *
     * @throws IllegalArgumentException if the payload is empty or holds anything but ASCII digits
     */
    public static int checkDigit(CharSequence payload) {
        requireDigits(payload);
        // The digit nearest the check digit is doubled, then every second one to its left.
        return (10 - weightedSum(payload, true) % 10) % 10;
    }

    /**
     * Whether the last digit is the correct check digit for the digits before it.
     *
     * @throws IllegalArgumentException if the text is shorter than two digits or holds anything but ASCII digits
     */
    public static boolean isValid(CharSequence digitsWithCheckDigit) {
        requireDigits(digitsWithCheckDigit);
        if (digitsWithCheckDigit.length() < 2) {
            throw new IllegalArgumentException("Luhn validation needs at least two digits");
        }
        return weightedSum(digitsWithCheckDigit, false) % 10 == 0;
    }

    private static int weightedSum(CharSequence digits, boolean doubleRightmost) {
        int sum = 0;
        boolean doubleThis = doubleRightmost;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubleThis) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubleThis = !doubleThis;
        }
        return sum;
    }

    private static void requireDigits(CharSequence digits) {
        if (digits == null || digits.length() == 0) {
            throw new IllegalArgumentException("Luhn needs at least one digit");
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("Luhn works on the digits 0-9 only; remove any separator first");
            }
        }
    }
}
