package se.scb.dispatch.journal.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Facts of the in-memory journal kept as the database keeps them: one per subject (a case, a letter)
 * and kind, the earliest winning, so repeats and facts out of order change nothing. Not thread-safe:
 * the journal's lock guards it.
 */
final class EarliestFacts<K extends Enum<K>, F> {

    private final Function<F, Instant> time;
    private final Map<String, Map<K, F>> bySubject = new HashMap<>();

    EarliestFacts(Function<F, Instant> time) {
        this.time = time;
    }

    void keep(String subject, K kind, F fact) {
        Map<K, F> kinds = bySubject.computeIfAbsent(subject, any -> new EnumMap<>(kind.getDeclaringClass()));
        kinds.merge(kind, fact, (kept, offered) -> time.apply(offered).isBefore(time.apply(kept)) ? offered : kept);
    }

    List<F> of(Collection<String> subjects) {
        List<F> found = new ArrayList<>();
        subjects.stream().distinct().map(bySubject::get).filter(kinds -> kinds != null).forEach(kinds -> found.addAll(kinds.values()));
        return found;
    }
}
