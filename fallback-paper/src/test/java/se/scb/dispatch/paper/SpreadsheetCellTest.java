package se.scb.dispatch.paper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\";\"klicka\")", "+46 8 123", "-2+3", "@SUM(A1)", "\t=1", "\r=1"})
    void aValueThatASpreadsheetWouldRunGetsALeadingApostrophe(String value) {
        assertThat(SpreadsheetCell.text(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Anna Öberg", "Storgatan 1 = Lgh 2", "'=already text", "123 45"})
    void anyOtherValueIsLeftAsItIs(String value) {
        assertThat(SpreadsheetCell.text(value)).isEqualTo(value);
    }
}
