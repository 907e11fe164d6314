package se.scb.dispatch.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import se.scb.dispatch.model.DispatchOptions;
import se.scb.dispatch.population.PopulationSource;
import se.scb.dispatch.template.MessageTemplate;
import se.scb.dispatch.testkit.FakeMailboxOperator;
import se.scb.dispatch.testkit.FakePaperChannel;
import se.scb.dispatch.testkit.FakeRecipientDirectory;
import se.scb.dispatch.validation.ValidationReport;

/**
 * How fast a whole validation runs: read, check ids, find duplicates, render the template, look
 * recipients up in batches of 1 000 (the fake directory from a reachability file, so the directory's
 * own latency is left out) and decide each row's outcome. The inputs are those of {@link LargeInputs}
 * (about 1 % bad rows, 80 % listed in the reachability file), as {@code dispatch validate} reads them.
 *
 * <pre>java -Xmx256m -jar benchmarks/target/benchmarks.jar ValidationBenchmark -p rows=1000000</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class ValidationBenchmark {

    @Param({"100000"})
    int rows;

    private Path folder;
    private Dispatcher dispatcher;
    private FakeMailboxOperator operator;
    private MessageTemplate template;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        folder = Files.createTempDirectory("validation");
        LargeInputs.write(folder, rows, 1);
        template = MessageTemplate.load(folder.resolve(LargeInputs.TEMPLATE));
        operator = new FakeMailboxOperator();
        dispatcher = Dispatcher.builder()
                .recipientDirectory(FakeRecipientDirectory.fromCsv(folder.resolve(LargeInputs.REACHABILITY)))
                .mailboxOperator(operator)
                .paperChannel(new FakePaperChannel())
                .build();
    }

    @TearDown(Level.Trial)
    public void cleanUp() throws IOException {
        dispatcher.close();
        operator.close();
        for (String file : new String[] {LargeInputs.POPULATION, LargeInputs.REACHABILITY, LargeInputs.TEMPLATE}) {
            Files.deleteIfExists(folder.resolve(file));
        }
        Files.deleteIfExists(folder);
    }

    @Benchmark
    public ValidationReport validateEveryRow() {
        return dispatcher.validate(PopulationSource.csv(folder.resolve(LargeInputs.POPULATION)), template, DispatchOptions.named("Benchmark"));
    }

    /** Reading the reachability file into the fake directory, which {@code dispatch validate} does first. */
    @Benchmark
    public FakeRecipientDirectory readReachabilityFile() {
        return FakeRecipientDirectory.fromCsv(folder.resolve(LargeInputs.REACHABILITY));
    }
}
