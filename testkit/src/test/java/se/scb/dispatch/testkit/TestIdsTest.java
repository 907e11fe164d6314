package se.scb.dispatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.scb.dispatch.id.Luhn;
import se.scb.dispatch.id.RecipientId;

class TestIdsTest {

    @Test
    void givesDistinctWellFormedNumbersAcrossBirthDates() {
        List<RecipientId> ids = TestIds.people(997, 4);

        assertThat(ids).extracting(RecipientId::canonical)
                .containsExactly("195001019982", "195001019990", "195001020014", "195001020022");
        assertThat(new HashSet<>(TestIds.people(5000))).hasSize(5000);
        assertThat(TestIds.people(5000)).allSatisfy(id -> assertThat(Luhn.isValid(id.canonical().substring(2))).isTrue());
    }

    @Test
    void refusesANegativeIndex() {
        assertThatThrownBy(() -> TestIds.person(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
