package se.scb.dispatch.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "Åsa Öberg|Åsa Öberg",
            "''|''",
            "a;b|'\"a;b\"'",
            "say \"hi\"|'\"say \"\"hi\"\"\"'",
    })
    void quotesOnlyWhatNeedsIt(String value, String written) {
        assertThat(Csv.field(value)).isEqualTo(written);
    }

    @Test
    void quotesLineBreaks() {
        assertThat(Csv.field("rad ett\nrad två")).isEqualTo("\"rad ett\nrad två\"");
        assertThat(Csv.field("a\rb")).isEqualTo("\"a\rb\"");
    }

    @Test
    void joinsFieldsWithSemicolonsAndEndsWithCrLf() {
        assertThat(Csv.line(List.of("1", "a;b", ""))).isEqualTo("1;\"a;b\";\r\n");
    }

    @Test
    void whatItWritesParsesBackToTheSameFields() throws IOException {
        List<String> fields = List.of("x\"y", "a;b", "c\r\nd", "", "Ängelholm");

        assertThat(Csv.readRecord(new StringReader(Csv.line(fields)))).contains(fields);
    }

    @Test
    void readsOneRecordAtATimeUntilTheEndOfTheInput() throws IOException {
        StringReader in = new StringReader("a;\"\"\"\";b\r\n\"rad ett\r\nrad två\";;\nsista");

        assertThat(Csv.readRecord(in)).contains(List.of("a", "\"", "b"));
        assertThat(Csv.readRecord(in)).contains(List.of("rad ett\r\nrad två", "", ""));
        assertThat(Csv.readRecord(in)).contains(List.of("sista"));
        assertThat(Csv.readRecord(in)).isEqualTo(Optional.empty());
    }
}
