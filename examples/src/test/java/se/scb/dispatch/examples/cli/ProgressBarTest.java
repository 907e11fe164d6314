package se.scb.dispatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void elsewhereThanATerminalPrintsALineAtEveryTenth() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar("Sending", new PrintWriter(err), false);

        for (int done = 1; done <= 250; done++) {
            bar.update(done, 250);
        }

        assertThat(err.toString().lines()).hasSize(10).first().isEqualTo("Sending: 10% (25/250)");
        assertThat(err.toString().lines()).last().isEqualTo("Sending: 100% (250/250)");
        assertThat(err.toString()).doesNotContain("\r");
    }

    @Test
    void onATerminalRedrawsOneLineAndEndsIt() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar("Sending", new PrintWriter(err), true);

        bar.update(1, 4);
        bar.update(4, 4);
        bar.update(4, 4);

        assertThat(err.toString()).startsWith("\rSending").contains("\rSending    [" + "#".repeat(30) + "] 100% 4/4").endsWith("\n");
        assertThat(err.toString().chars().filter(c -> c == '\n').count()).as("line ends").isEqualTo(1);
    }
}
