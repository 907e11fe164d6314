package se.scb.dispatch.experiment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.experiment.internal.StratifiedAssignment.Arm;

class StratifiedAssignmentTest {

    private static final List<Arm> ARMS = List.of(new Arm("digital", 1), new Arm("paper", 1), new Arm("short", 2));
    private static final List<List<String>> STRATA = List.of(List.of("16-29", "01"), List.of("30-49", "01"), List.of("16-29", "12"));

    /** 1 000 recipients spread over three strata in a fixed, uneven order, and the arm each gets. */
    private static List<String> assign(long seed) {
        StratifiedAssignment assignment = new StratifiedAssignment(seed, ARMS);
        List<String> arms = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            arms.add(assignment.next(STRATA.get((i * i + 3 * i) % 3)).name());
        }
        return arms;
    }

    @Test
    void everyArmIsWithinItsWeightOfItsShareAfterEveryRecipientAndExactAtEachBlocksEnd() {
        StratifiedAssignment assignment = new StratifiedAssignment(20261201, ARMS);
        Map<List<String>, Map<String, Integer>> counts = new HashMap<>();
        for (int i = 0; i < 3_000; i++) {
            List<String> stratum = STRATA.get((i * 7 + i / 5) % 3);
            Map<String, Integer> inStratum = counts.computeIfAbsent(stratum, any -> new HashMap<>());
            inStratum.merge(assignment.next(stratum).name(), 1, Integer::sum);
            int assigned = inStratum.values().stream().mapToInt(Integer::intValue).sum();
            int wholeBlocks = assigned / 4;
            for (Arm arm : ARMS) {
                int count = inStratum.getOrDefault(arm.name(), 0);
                assertThat(count).isBetween(wholeBlocks * arm.weight(), (wholeBlocks + 1) * arm.weight());
                if (assigned % 4 == 0) {
                    assertThat(count).isEqualTo(wholeBlocks * arm.weight());
                }
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameArmsAndAnotherSeedOthers() {
        assertThat(assign(20261201)).isEqualTo(assign(20261201));
        assertThat(assign(20261202)).isNotEqualTo(assign(20261201));
    }

    @Test
    void aStratumsArmsDoNotDependOnTheOtherStrataRows() {
        StratifiedAssignment alone = new StratifiedAssignment(7, ARMS);
        StratifiedAssignment mixed = new StratifiedAssignment(7, ARMS);
        List<String> aloneArms = new ArrayList<>();
        List<String> mixedArms = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            aloneArms.add(alone.next(STRATA.get(0)).name());
            mixed.next(STRATA.get(1));
            mixedArms.add(mixed.next(STRATA.get(0)).name());
        }

        assertThat(mixedArms).isEqualTo(aloneArms);
    }

    @Test
    void armsAreCheckedWhenTheExperimentIsSetUp() {
        assertThatThrownBy(() -> new Arm("paper", 0)).hasMessage("Arm 'paper' has weight 0; a weight is a whole number, at least 1");
        assertThatThrownBy(() -> new StratifiedAssignment(1, List.of(new Arm("a", 1), new Arm("a", 2)))).hasMessage("Arm 'a' is named twice");
        assertThatThrownBy(() -> new StratifiedAssignment(1, List.of())).hasMessage("An experiment needs at least one arm");
    }
}
