package se.scb.dispatch.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaultDrawsTest {

    @Test
    void spreadsATotalRateEvenlyOverEveryKind() {
        FaultRates rates = FaultRates.spread(0.35);

        assertThat(rates.total()).isCloseTo(0.35, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(rates.rate(FaultKind.SLOW_DRIP)).isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void refusesRatesThatAddUpToMoreThanOne() {
        assertThatThrownBy(() -> FaultRates.none().with(FaultKind.SERVER_ERROR, 0.6).with(FaultKind.NO_ANSWER, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givesALettersArrivalTheSameFaultForTheSameSeedWhateverTheOrder() {
        try (KivraSimulator first = KivraSimulator.builder().faults(FaultRates.spread(0.5)).seed(42).start();
                KivraSimulator second = KivraSimulator.builder().faults(FaultRates.spread(0.5)).seed(42).start();
                KivraSimulator other = KivraSimulator.builder().faults(FaultRates.spread(0.5)).seed(43).start()) {
            List<Optional<FaultKind>> inOrder = new ArrayList<>();
            List<Optional<FaultKind>> reversed = new ArrayList<>();
            List<Optional<FaultKind>> otherSeed = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                inOrder.add(first.faultFor("msg-" + i, 1));
                otherSeed.add(other.faultFor("msg-" + i, 1));
            }
            for (int i = 199; i >= 0; i--) {
                reversed.add(0, second.faultFor("msg-" + i, 1));
            }

            assertThat(reversed).isEqualTo(inOrder);
            assertThat(otherSeed).isNotEqualTo(inOrder);
        }
    }

    @Test
    void meetsEachFaultAboutAsOftenAsItsRate() {
        try (KivraSimulator kivra = KivraSimulator.builder().faults(FaultRates.spread(0.35)).seed(7).start()) {
            Map<FaultKind, Integer> counts = new EnumMap<>(FaultKind.class);
            int none = 0;
            for (int i = 0; i < 20_000; i++) {
                Optional<FaultKind> fault = kivra.faultFor("msg-" + i, 1 + i % 3);
                if (fault.isPresent()) {
                    counts.merge(fault.get(), 1, Integer::sum);
                } else {
                    none++;
                }
            }
            // 0.65 and 0.05 of 20 000 draws; the draws are seeded, so this never flickers.
            assertThat(none).isBetween(12_400, 13_600);
            assertThat(counts.values()).hasSize(7).allSatisfy(count -> assertThat(count).isBetween(800, 1_200));
        }
    }

    @Test
    void seesARetryThatCameBackBeforeItsRetryAfter() {
        DeliveryLedger ledger = new DeliveryLedger();
        ledger.arrived("early");
        ledger.askedToWait("early", 1, Duration.ofSeconds(30));
        ledger.arrived("early");
        ledger.arrived("waited");
        ledger.askedToWait("waited", 1, Duration.ZERO);
        ledger.arrived("waited");

        assertThat(ledger.retryAfterIgnored(Duration.ofMillis(5))).containsExactly("early");
        assertThat(ledger.askedToWait()).containsExactlyInAnyOrder("early", "waited");
    }
}
