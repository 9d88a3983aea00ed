package dev.pipewright.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Pipewright's command line in a JVM of its own, which a test can kill; ended when the test ends. */
final class OtherJvm implements AutoCloseable {

    private final Path output;
    private final List<Process> started = new ArrayList<>();

    /** @param output where each started JVM's output (stdout and stderr together) goes */
    OtherJvm(Path output) {
        this.output = output;
    }

    Process pipewright(String... args) throws IOException {
        return pipewright(env -> { }, args);
    }

    /** As {@link #pipewright(String...)}, with the JVM's environment changed by {@code environment} first. */
    Process pipewright(java.util.function.Consumer<java.util.Map<String, String>> environment, String... args)
            throws IOException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.pipewright.Main"));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        environment.accept(builder.environment());
        Process p = builder.start();
        started.add(p);
        return p;
    }

    String output() throws IOException {
        return Files.exists(output) ? Files.readString(output) : "";
    }

    /** Polls {@code probe} until it gives a value; fails, with what the other JVM said, after a minute. */
    <T> T waitFor(String what, Supplier<Optional<T>> probe) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("gave up waiting for " + what + "; the other JVM said:\n" + output());
    }

    @Override
    public void close() {
        started.forEach(p -> {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        });
    }
}
