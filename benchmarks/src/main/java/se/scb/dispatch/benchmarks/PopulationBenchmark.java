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
import se.scb.dispatch.population.PopulationReader;
import se.scb.dispatch.population.PopulationSource;

/**
 * How fast a CSV export is read: rows per second through the streaming reader (encoding
 * detection, delimiter detection, quoting and column roles included). Run with {@code -prof gc} to
 * see that memory stays flat whatever the file's size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class PopulationBenchmark {

    @Param({"100000"})
    int rows;

    private Path file;

    @Setup(Level.Trial)
    public void writeSample() throws IOException {
        file = Files.createTempFile("sample", ".csv");
        SampleFile.write(file, rows, 1, false, recipient -> {
        });
    }

    @TearDown(Level.Trial)
    public void removeSample() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public long readEveryRow() {
        long count = 0;
        try (PopulationReader reader = PopulationSource.csv(file).open()) {
            while (reader.hasNext()) {
                count += reader.next().variables().size();
            }
        }
        return count;
    }
}
