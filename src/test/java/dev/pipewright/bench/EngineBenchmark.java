package dev.pipewright.bench;

import dev.pipewright.actions.Providers;
import dev.pipewright.engine.Engine;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.ExecutionStatus;
import dev.pipewright.engine.RunRequest;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a test: prints what the engine costs, each figure beside a plain-Java baseline run in the
 * same JVM. Run it as the README's performance section says.
 *
 * <ol>
 *   <li>Overhead: 500 no-op shell actions through the engine against 500 plain process starts.</li>
 *   <li>Logs: an action writing 1 GiB through the engine against the same command read and thrown away,
 *       with the heap sampled meanwhile.</li>
 * </ol>
 */
public final class EngineBenchmark {

    private static final int PER_STAGE = 50;
    private static final String NO_OP = "true";

    private static int actions = 500;
    private static int parallelGroup = 200;
    private static long logBytes = 1L << 30;
    private static int rounds = 3;

    /**
     * Arguments (all optional): {@code --sequential N} no-op actions one at a time (500),
     * {@code --parallel N} no-op actions in one runOrder group (200), {@code --log-mib N} (1024),
     * {@code --rounds N} (3, the best is kept), {@code --only sequential,parallel,log}. Besides the
     * readable report it prints one {@code FIGURE} line per figure for {@code bench/run}.
     */
    public static void main(String[] args) throws Exception {
        String only = "sequential,parallel,log";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--sequential" -> actions = Integer.parseInt(args[i + 1]);
                case "--parallel" -> parallelGroup = Integer.parseInt(args[i + 1]);
                case "--log-mib" -> logBytes = Long.parseLong(args[i + 1]) << 20;
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--only" -> only = args[i + 1];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path work = Files.createTempDirectory("pipewright-bench");
        System.out.printf(Locale.ROOT, "Pipewright engine benchmark — %d cores, Java %s, %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), work);
        warmUp(work);
        if (only.contains("sequential")) {
            overhead(work, 1);
        }
        if (only.contains("parallel")) {
            parallelGroup(work);
        }
        if (only.contains("log")) {
            logThroughput(work);
        }
    }

    private static String flood() {
        return "yes 'a log line of the kind a build prints, with some words in it' | head -c " + logBytes;
    }

    /** One runOrder group of no-op actions, as many at once as the engine allows by default (the cores). */
    private static void parallelGroup(Path work) throws Exception {
        var group = new ArrayList<Action>();
        for (int a = 0; a < parallelGroup; a++) {
            group.add(shell("NoOp" + a, NO_OP));
        }
        Pipeline pipeline = Pipeline.of("bench-parallel").withStages(List.of(new Stage("Together", group, Map.of())));
        int cores = Runtime.getRuntime().availableProcessors();
        long plainNanos = Long.MAX_VALUE;
        long engineNanos = Long.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            plainNanos = Math.min(plainNanos, plainStarts(parallelGroup));
            long start = System.nanoTime();
            ExecutionRecord end = runPipeline(work, pipeline, cores);
            engineNanos = Math.min(engineNanos, System.nanoTime() - start);
            if (end.status() != ExecutionStatus.SUCCEEDED) {
                throw new IllegalStateException("benchmark pipeline " + end.status() + ": " + end.summary());
            }
        }
        System.out.printf(Locale.ROOT, "%n[parallel] %d no-op shell actions in one runOrder group, at most %d at once%n",
                parallelGroup, cores);
        System.out.printf(Locale.ROOT, "  plain process starts (sequential): %8.0f ms%n", plainNanos / 1e6);
        System.out.printf(Locale.ROOT, "  engine                           : %8.0f ms%n", engineNanos / 1e6);
        System.out.printf(Locale.ROOT, "  ratio engine / plain             : %8.2f%n", (double) engineNanos / plainNanos);
        figure("parallel", engineNanos / 1e6, plainNanos / 1e6);
    }

    /** A line for bench/run: the figure, its baseline (both in ms). */
    private static void figure(String name, double value, double baseline) {
        System.out.printf(Locale.ROOT, "FIGURE %s %.1f %.1f%n", name, value, baseline);
    }

    private static void warmUp(Path work) throws Exception {
        plainStarts(50);
        runPipeline(work, noOps(50), 1);
    }

    private static void overhead(Path work, int parallel) throws Exception {
        long plainNanos = Long.MAX_VALUE;
        long engineNanos = Long.MAX_VALUE;
        for (int round = 0; round < rounds; round++) { // best of three, alternating, to share the machine's moods fairly
            plainNanos = Math.min(plainNanos, plainStarts(actions));
            long start = System.nanoTime();
            ExecutionRecord end = runPipeline(work, noOps(actions), parallel);
            engineNanos = Math.min(engineNanos, System.nanoTime() - start);
            if (end.status() != ExecutionStatus.SUCCEEDED) {
                throw new IllegalStateException("benchmark pipeline " + end.status() + ": " + end.summary());
            }
        }
        System.out.printf(Locale.ROOT, "%n[overhead] %d no-op shell actions, at most %d at once%n", actions, parallel);
        System.out.printf(Locale.ROOT, "  plain process starts (sequential): %8.0f ms  (%.2f ms each)%n",
                plainNanos / 1e6, plainNanos / 1e6 / actions);
        System.out.printf(Locale.ROOT, "  engine                           : %8.0f ms  (%.2f ms each)%n",
                engineNanos / 1e6, engineNanos / 1e6 / actions);
        System.out.printf(Locale.ROOT, "  ratio engine / plain             : %8.2f%n", (double) engineNanos / plainNanos);
        if (parallel == 1) {
            figure("sequential", engineNanos / 1e6, plainNanos / 1e6);
        }
    }

    private static long plainStarts(int count) throws IOException, InterruptedException {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Process p = new ProcessBuilder("sh", "-c", NO_OP).redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            if (p.waitFor() != 0) {
                throw new IllegalStateException("sh failed");
            }
        }
        return System.nanoTime() - start;
    }

    private static Pipeline noOps(int count) {
        var stages = new ArrayList<Stage>();
        for (int s = 0; s * PER_STAGE < count; s++) {
            var actions = new ArrayList<Action>();
            for (int a = 0; a < PER_STAGE && s * PER_STAGE + a < count; a++) {
                actions.add(shell("NoOp" + a, NO_OP));
            }
            stages.add(new Stage("Stage" + s, actions, Map.of()));
        }
        return Pipeline.of("bench").withStages(stages);
    }

    private static Action shell(String name, String commands) {
        return Action.of(name, ActionCategory.BUILD, "Shell").withSetting("commands", ConfigValue.text(commands));
    }

    private static ExecutionRecord runPipeline(Path work, Pipeline pipeline, int parallel) throws Exception {
        return runPipeline(work, pipeline, parallel, null);
    }

    private static ExecutionRecord runPipeline(Path work, Pipeline pipeline, int parallel,
                                               dev.pipewright.engine.ExecutionListener listener) throws Exception {
        var options = new Engine.Options(work.resolve("runs"), Providers.builtIn(), parallel);
        try (var engine = new Engine(options)) {
            if (listener != null) {
                engine.addListener(listener);
            }
            return engine.start(new RunRequest(pipeline, Optional.empty(), Map.of(),
                    new dev.pipewright.engine.StartedBy("Benchmark", "EngineBenchmark"))).await();
        }
    }

    private static void logThroughput(Path work) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();

        long plainStart = System.nanoTime();
        Process p = new ProcessBuilder("sh", "-c", flood()).redirectErrorStream(true).start();
        long read = 0;
        try (InputStream in = p.getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                read += n;
            }
        }
        p.waitFor();
        long plainNanos = System.nanoTime() - plainStart;
        // the baseline: the shell writing the same output to a file itself
        Path plainFile = work.resolve("plain.log");
        long fileStart = System.nanoTime();
        Process toFile = new ProcessBuilder("sh", "-c", flood() + " > '" + plainFile + "'")
                .redirectErrorStream(true).start();
        toFile.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        toFile.waitFor();
        long fileNanos = System.nanoTime() - fileStart;
        Files.deleteIfExists(plainFile);

        var peak = new AtomicLong();
        var sampling = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampling.setDaemon(true);
        sampling.start();
        long engineStart = System.nanoTime();
        // a listener that takes every log chunk, as the window does, so decoding and events are measured too
        var chunkChars = new AtomicLong();
        dev.pipewright.engine.ExecutionListener logReader = e -> {
            if (e instanceof dev.pipewright.engine.ExecutionEvent.LogChunk chunk) {
                chunkChars.addAndGet(chunk.text().length());
            }
        };
        ExecutionRecord end = runPipeline(work, Pipeline.of("flood", Stage.of("Flood", shell("Write1GiB", flood()))), 1,
                logReader);
        long engineNanos = System.nanoTime() - engineStart;
        sampling.interrupt();
        if (end.status() != ExecutionStatus.SUCCEEDED) {
            throw new IllegalStateException("flood pipeline " + end.status() + ": " + end.summary());
        }
        Path log = work.resolve("runs").resolve("flood").resolve(end.executionId()).resolve("logs/Flood/Write1GiB.log");
        long logged = Files.size(log);
        System.out.printf(Locale.ROOT, "%n[logs] one action writing %d MiB%n", read >> 20);
        System.out.printf(Locale.ROOT, "  plain read and discard : %7.0f MB/s%n", read / (plainNanos / 1e9) / 1e6);
        System.out.printf(Locale.ROOT, "  engine, to its log file: %7.0f MB/s  (log file %d MiB)%n",
                logged / (engineNanos / 1e9) / 1e6, logged >> 20);
        System.out.printf(Locale.ROOT, "  plain shell to a file  : %7.0f MB/s%n", read / (fileNanos / 1e9) / 1e6);
        System.out.printf(Locale.ROOT, "  ratio engine / plain   : %7.2f (time)%n", (double) engineNanos / plainNanos);
        figure("log", engineNanos / 1e6, fileNanos / 1e6);
        System.out.printf(Locale.ROOT, "  log events received by a listener: %d MiB of text%n", chunkChars.get() >> 20);
        System.out.printf(Locale.ROOT, "  heap used before %d MiB, peak while logging %d MiB (max heap %d MiB)%n",
                heapBefore >> 20, peak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        Files.delete(log);
    }

    private EngineBenchmark() {
    }

}
