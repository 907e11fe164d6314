package se.scb.dispatch.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a test run skipped, by reason, summed up in one line. */
final class SkippedTests {

    /** Names shown per reason; a skipped suite of hundreds would otherwise be a wall of text. */
    static final int NAMES_SHOWN = 5;

    private final Map<String, List<String>> namesByReason = new LinkedHashMap<>();

    synchronized void add(String name, String reason) {
        namesByReason.computeIfAbsent(reason, any -> new ArrayList<>()).add(name);
    }

    /** The summary, or empty when nothing was skipped. */
    synchronized Optional<String> line() {
        if (namesByReason.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder line = new StringBuilder("SKIPPED:");
        String separator = " ";
        for (Map.Entry<String, List<String>> entry : namesByReason.entrySet()) {
            line.append(separator).append(names(entry.getValue())).append(" (").append(entry.getKey()).append(')');
            separator = "; ";
        }
        return Optional.of(line.toString());
    }

    private static String names(List<String> names) {
        if (names.size() <= NAMES_SHOWN) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, NAMES_SHOWN)) + " and " + (names.size() - NAMES_SHOWN) + " more";
    }
}
