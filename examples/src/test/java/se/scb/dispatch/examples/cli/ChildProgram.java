package se.scb.dispatch.examples.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The {@code dispatch} program in a JVM of its own, as a user starts it, on the test class path (the
 * shaded jar is built after the tests). Its stdout and stderr go to files, so that a chatty child
 * never blocks on a full pipe.
 */
final class ChildProgram {

    private final String name;
    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private ChildProgram(String name, Process process, Path stdout, Path stderr) {
        this.name = name;
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts the program with the arguments; its output goes to {@code <folder>/<name>.out} and {@code .err}. */
    static ChildProgram start(Path folder, String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), DispatchCli.class.getName()));
        command.addAll(List.of(args));
        Path out = folder.resolve(name + ".out");
        Path err = folder.resolve(name + ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new ChildProgram(name, process, out, err);
    }

    /** Waits until stderr has a line that matches, the program ended, or the time is up; true for a matching line. */
    boolean awaitErrLine(Predicate<String> wanted, Duration timeout) throws IOException, InterruptedException {
        Instant giveUp = Instant.now().plus(timeout);
        while (Instant.now().isBefore(giveUp)) {
            if (err().lines().anyMatch(wanted)) {
                return true;
            }
            if (!process.isAlive()) {
                return false;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** Kills the program as a crash would (SIGKILL on Linux: no shutdown hook runs) and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " did not end within 20 s of being killed");
        }
    }

    /** Stops the program as a service manager does (SIGTERM on Linux: shutdown hooks run) and returns its exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " did not stop within 30 s of SIGTERM");
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the program to end by itself and returns its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException, IOException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError(name + " did not end within " + timeout + "; stderr: " + err());
        }
        return process.exitValue();
    }

    String out() throws IOException {
        return read(stdout);
    }

    String err() throws IOException {
        return read(stderr);
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, Charset.defaultCharset()) : "";
    }
}
