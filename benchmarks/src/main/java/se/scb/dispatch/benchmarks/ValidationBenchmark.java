package se.scb.dispatch.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import se.scb.dispatch.Dispatcher;
import se.scb.dispatch.id.OrganisationNumber;
import se.scb.dispatch.id.RecipientId;
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.template.Sender;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.FakePaperChannel;
import se.scb.dispatch.testkit.FakeRecipientDirectory;
import se.scb.dispatch.validation.ValidationReport;

/**
 * How fast a whole validation runs: read, check ids, find duplicates, render the template, look
 * recipients up in batches of 1 000 (a fake directory, so the directory's own latency is left out)
 * and decide each row's outcome.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class ValidationBenchmark {

    @Param({"100000"})
    int rows;

    private Path file;
    private Dispatcher dispatcher;
    private FakeMailboxOperator operator;
    private final MessageTemplate template = MessageTemplate.builder()
            .sender(new Sender(OrganisationNumber.parse("202100-5489"), "Statistikmyndigheten"))
            .subject("Inbjudan till undersökningen")
            .text("Hej {{namn}}!\n\nLogga in med koden {{kod}}. Din kommun: {{kommun}}.")
            .html("<p>Hej {{namn}}!</p><p>Logga in med koden <b>{{kod}}</b>.</p>")
            .build();

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        file = Files.createTempFile("sample", ".csv");
        List<RecipientId> recipients = SampleFile.write(file, rows, 1);
        FakeRecipientDirectory.Builder directory = FakeRecipientDirectory.builder();
        for (int i = 0; i < recipients.size(); i++) {
            if (i % 5 != 0) {
                directory.reachable(recipients.get(i), i % 3 == 0 ? "minmyndighetspost" : "kivra");
            }
        }
        operator = new FakeMailboxOperator();
        dispatcher = Dispatcher.builder().recipientDirectory(directory.build()).mailboxOperator(operator).paperChannel(new FakePaperChannel()).build();
    }

    @TearDown(Level.Trial)
    public void cleanUp() throws IOException {
        dispatcher.close();
        operator.close();
        Files.deleteIfExists(file);
    }

    @Benchmark
    public ValidationReport validateEveryRow() {
        return dispatcher.validate(PopulationSource.csv(file), template, DispatchOptions.named("Benchmark"));
    }
}
