package se.scb.dispatch.testkit.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.scb.dispatch.id.PersonalIdentityNumber;

class UnmaskedFormsTest {

    private final PersonalIdentityNumber id = new PersonalIdentityNumber("191212121212");

    @Test
    void listsTheCommonWrittenForms() {
        assertThat(UnmaskedForms.of(id)).containsExactly("19121212-1212", "191212121212", "121212-1212", "121212+1212", "1212121212");
    }

    @Test
    void findsEveryFormButNotTheMaskedOne() {
        assertThat(UnmaskedForms.appearIn("id=121212+1212", id)).isTrue();
        assertThat(UnmaskedForms.appearIn("id=191212121212,", id)).isTrue();
        assertThat(UnmaskedForms.appearIn("id=19121212-****", id)).isFalse();
    }

    @Test
    void masksEveryForm() {
        assertThat(UnmaskedForms.mask("a 19121212-1212 b 1212121212 c 121212-1212", id))
                .isEqualTo("a 19121212-**** b 19121212-**** c 19121212-****");
    }
}
