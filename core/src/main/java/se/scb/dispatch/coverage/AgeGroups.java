package se.scb.dispatch.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Age groups as a survey reports them: consecutive bands, each from its lower age up to the next band's,
 * the last open-ended. An age below the first band falls in a band of its own ({@code 0-15} before
 * {@code 16-29}), so every person is counted somewhere. Labels are {@code 16-29} and {@code 80+}.
 */
public final class AgeGroups {

    private static final Pattern BAND = Pattern.compile("(\\d{1,3})-(\\d{1,3})|(\\d{1,3})\\+");

    /** The lower age of each band, ascending. */
    private final List<Integer> lowerAges;

    private AgeGroups(List<Integer> lowerAges) {
        this.lowerAges = List.copyOf(lowerAges);
    }

    /** 16–29, 30–49, 50–64, 65–79, 80+. */
    public static AgeGroups standard() {
        return new AgeGroups(List.of(16, 30, 50, 65, 80));
    }

    /**
     * Parses bands such as {@code 16-29,30-49,50-64,65-79,80+}: each band starts the year after the one
     * before it ends, and only the last is open ({@code 80+}).
     *
     * @throws IllegalArgumentException naming the band that breaks a rule
     */
    public static AgeGroups parse(String text) {
        String[] bands = text.split(",", -1);
        List<Integer> lowers = new ArrayList<>();
        for (int i = 0; i < bands.length; i++) {
            String band = bands[i].strip();
            Matcher matcher = BAND.matcher(band);
            boolean last = i == bands.length - 1;
            if (!matcher.matches() || (matcher.group(3) != null) != last) {
                throw new IllegalArgumentException("Age group '" + band + "': write bands as 16-29, the last open as 80+,"
                        + " e.g. 16-29,30-49,50-64,65-79,80+");
            }
            int lower = Integer.parseInt(last ? matcher.group(3) : matcher.group(1));
            if (!lowers.isEmpty() && lower != nextAfterPrevious(bands[i - 1])) {
                throw new IllegalArgumentException("Age group '" + band + "' must start the year after '" + bands[i - 1].strip() + "' ends");
            }
            if (!last && Integer.parseInt(matcher.group(2)) < lower) {
                throw new IllegalArgumentException("Age group '" + band + "' ends before it starts");
            }
            lowers.add(lower);
        }
        return new AgeGroups(lowers);
    }

    private static int nextAfterPrevious(String previous) {
        Matcher matcher = BAND.matcher(previous.strip());
        matcher.matches();
        return Integer.parseInt(matcher.group(2)) + 1;
    }

    /** Every label in order, the band below the first included when it is not empty ({@code 0-15}). */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        if (lowerAges.get(0) > 0) {
            labels.add("0-" + (lowerAges.get(0) - 1));
        }
        for (int i = 0; i < lowerAges.size(); i++) {
            labels.add(bandLabel(i));
        }
        return labels;
    }

    /** The label of the band that holds {@code age}; a negative age (born after the date) counts as 0. */
    public String labelOf(int age) {
        for (int i = lowerAges.size() - 1; i >= 0; i--) {
            if (age >= lowerAges.get(i)) {
                return bandLabel(i);
            }
        }
        return "0-" + (lowerAges.get(0) - 1);
    }

    private String bandLabel(int index) {
        int lower = lowerAges.get(index);
        return index == lowerAges.size() - 1 ? lower + "+" : lower + "-" + (lowerAges.get(index + 1) - 1);
    }

    @Override
    public String toString() {
        return String.join(",", labels());
    }
}
