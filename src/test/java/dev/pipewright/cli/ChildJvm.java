package dev.pipewright.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Another Java process on this machine with the tests' class path: a second Pipewright user. */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Path output;

    private ChildJvm(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts {@code mainClass} with {@code args}; what it prints goes to {@code output}. */
    public static ChildJvm start(Path output, String mainClass, String... args) throws IOException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        return new ChildJvm(p, output);
    }

    /** Runs the command line in another JVM to its end and returns what it printed. */
    public static Cli pipewright(Path output, String... args) throws IOException, InterruptedException {
        try (var child = start(output, "dev.pipewright.Main", args)) {
            if (!child.process.waitFor(120, TimeUnit.SECONDS)) {
                throw new AssertionError("pipewright " + String.join(" ", args) + " did not end: " + child.output());
            }
            return new Cli(child.process.exitValue(), child.output(), "");
        }
    }

    public Process process() {
        return process;
    }

    public String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            return "(cannot read " + output + ": " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
