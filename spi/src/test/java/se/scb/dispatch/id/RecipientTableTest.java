package se.scb.dispatch.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecipientTableTest {

    private static final RecipientId PERSON = new PersonalIdentityNumber("191212121212");
    private static final RecipientId ORGANISATION = new OrganisationNumber("162021005489");

    @Test
    void answersAbsentForARecipientNeverPut() {
        RecipientTable table = new RecipientTable();
        table.put(ORGANISATION, 3);

        assertThat(table.get(PERSON)).isEqualTo(RecipientTable.ABSENT);
        assertThat(table.get(ORGANISATION)).isEqualTo(3);
    }

    @Test
    void putReplacesAndPutIfAbsentKeepsTheEarlierValue() {
        RecipientTable table = new RecipientTable();

        assertThat(table.putIfAbsent(PERSON, 1)).isEqualTo(RecipientTable.ABSENT);
        assertThat(table.putIfAbsent(RecipientId.parse("121212+1212"), 2)).as("the same person written otherwise").isEqualTo(1);
        table.put(PERSON, 5);

        assertThat(table.get(PERSON)).isEqualTo(5);
        assertThat(table.size()).isEqualTo(1);
    }

    @Test
    void keepsEveryEntryWhenItGrows() {
        RecipientTable table = new RecipientTable();
        int count = 100_000;
        for (int i = 0; i < count; i++) {
            table.put(organisation(i), i);
        }

        for (int i = 0; i < count; i += 7) {
            assertThat(table.get(organisation(i))).isEqualTo(i);
        }
        assertThat(table.size()).isEqualTo(count);
    }

    @Test
    void putAllAndReplaceValuesMapTheValues() {
        RecipientTable staged = new RecipientTable();
        staged.put(PERSON, 10);
        staged.put(ORGANISATION, 20);
        RecipientTable target = new RecipientTable();
        target.put(PERSON, 1);

        target.putAll(staged, value -> value + 1);
        assertThat(target.get(PERSON)).isEqualTo(11);
        assertThat(target.get(ORGANISATION)).isEqualTo(21);

        target.replaceValues(value -> value / 10);
        assertThat(target.get(ORGANISATION)).isEqualTo(2);
    }

    @Test
    void refusesANegativeValue() {
        assertThatThrownBy(() -> new RecipientTable().put(PERSON, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A valid organisation number for each i: 556 + six digits of i + a Luhn check digit. */
    private static RecipientId organisation(int i) {
        String nine = String.format("556%06d", i);
        return new OrganisationNumber("16" + nine + Luhn.checkDigit(nine));
    }
}
