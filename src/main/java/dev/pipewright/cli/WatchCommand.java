package dev.pipewright.cli;

import dev.pipewright.actions.Providers;
import dev.pipewright.engine.Engine;
import dev.pipewright.engine.ExecutionEvent;
import dev.pipewright.engine.ExecutionListener;
import dev.pipewright.git.CloneCache;
import dev.pipewright.io.LoadedPipeline;
import dev.pipewright.watch.PipelineWatch;
import dev.pipewright.watch.WatchEvent;
import dev.pipewright.watch.WatchException;
import dev.pipewright.watch.WatchOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "watch", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Run a pipeline's triggers until stopped (Ctrl-C): each new commit a trigger lets through",
            "starts an execution with that commit. Prints what it started and why, and what it ignored."})
final class WatchCommand implements Callable<Integer> {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Parameters(index = "0", paramLabel = "FILE", description = "The pipeline file (*.pipeline.json).")
    Path file;

    @Option(names = "--var", paramLabel = "NAME=VALUE", description = "A value for a pipeline variable (repeatable).")
    java.util.Map<String, String> variables = new java.util.LinkedHashMap<>();

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "60",
            description = "How often a remote repository is asked for new commits (default: ${DEFAULT-VALUE});"
                    + " a folder on this machine is looked at every second.")
    long intervalSeconds;

    @Option(names = "--stop-after", paramLabel = "N",
            description = "Stop after N started executions have ended (for scripts and demos).")
    Integer stopAfter;

    @Option(names = "--git-cache", paramLabel = "DIR",
            description = "Where Git clones are cached (default: $PIPEWRIGHT_GIT_CACHE, else next to the runs folder,"
                    + " e.g. ~/.local/share/pipewright/git on Linux).")
    Path gitCache;

    @Mixin
    RunsDirOption runsDir;

    @Spec
    CommandSpec spec;

    /** The version of the pipeline being watched (the file may have changed since). */
    private dev.pipewright.model.Pipeline watched;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadedPipeline loaded = PipelineLoading.read(file, err);
        if (loaded == null || PipelineLoading.printProblems(loaded, RunSession.providers(), err)) {
            err.println("pipewright: not watching " + file + ": fix the errors above first.");
            return PipewrightCommand.BAD_INPUT;
        }
        if (intervalSeconds < 1) {
            throw new UserError("--interval must be at least 1 second");
        }
        var ended = new CountDownLatch(stopAfter == null ? Integer.MAX_VALUE : stopAfter);
        var failures = new AtomicInteger();
        var cache = gitCache != null ? new CloneCache(gitCache) : CloneCache.atDefaultPlace();
        var options = WatchOptions.defaults().withRemoteInterval(Duration.ofSeconds(intervalSeconds))
                .withVariables(variables).withCache(cache);
        var engineOptions = new Engine.Options(runsDir.resolve(), Providers.builtIn(cache),
                Runtime.getRuntime().availableProcessors());
        try (var engine = new Engine(engineOptions)) {
            engine.addListener(endings(out, ended, failures));
            watched = loaded.pipeline();
            var watching = new AtomicReference<>(start(watched, engine, options, out));
            Thread onCtrlC = new Thread(() -> watching.get().close(), "pipewright-watch-stop");
            Runtime.getRuntime().addShutdownHook(onCtrlC);
            try {
                FileTime seen = modified(file);
                // a changed file is watched as changed, as CodePipeline starts each run with the
                // pipeline's current definition; a version with errors leaves the last good one on
                while (!ended.await(1, TimeUnit.SECONDS)) {
                    FileTime now = modified(file);
                    if (!now.equals(seen)) {
                        seen = now;
                        reload(engine, options, out, err, watching);
                    }
                }
            } finally {
                watching.get().close();
                try {
                    Runtime.getRuntime().removeShutdownHook(onCtrlC);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: it stops the watch
                }
            }
        }
        return failures.get() == 0 ? PipewrightCommand.OK : PipewrightCommand.FAILED;
    }

    private PipelineWatch start(dev.pipewright.model.Pipeline pipeline, Engine engine, WatchOptions options,
                                PrintWriter out) {
        try {
            return PipelineWatch.start(pipeline, file.toAbsolutePath(), engine, options, event -> print(out, event));
        } catch (WatchException e) {
            var message = new StringBuilder("cannot watch " + file + ":");
            e.reasons().forEach(r -> message.append("\n  - ").append(r));
            throw new UserError(message.toString());
        }
    }

    private void reload(Engine engine, WatchOptions options, PrintWriter out, PrintWriter err,
                        AtomicReference<PipelineWatch> watching) {
        var problems = new java.io.StringWriter();
        var problemsOut = new PrintWriter(problems, true);
        LoadedPipeline changed = PipelineLoading.read(file, problemsOut);
        if (changed == null || PipelineLoading.printProblems(changed, RunSession.providers(), problemsOut)) {
            synchronized (out) {
                err.print(problems);
                err.println(LocalTime.now().format(CLOCK) + " ! " + file + " changed but has errors: still watching"
                        + " the version before; save it again once fixed.");
                err.flush();
            }
            return;
        }
        watching.get().close();
        try {
            watching.set(start(changed.pipeline(), engine, options, out));
            watched = changed.pipeline();
        } catch (UserError e) {
            synchronized (out) {
                err.println(LocalTime.now().format(CLOCK) + " ! " + file + " changed, but " + e.getMessage()
                        + "\n  still watching the version before.");
                err.flush();
            }
            watching.set(start(watched, engine, options, out));
            return;
        }
        synchronized (out) {
            out.println(LocalTime.now().format(CLOCK) + " ◉ " + file + " changed: watching the new version;"
                    + " executions already started go on as they were.");
            out.flush();
        }
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (java.io.IOException e) {
            return FileTime.fromMillis(0); // gone for a moment (an editor replacing it): looked at again next second
        }
    }

    private static void print(PrintWriter out, WatchEvent event) {
        String mark = event instanceof WatchEvent.Started ? "▶" : event instanceof WatchEvent.Ignored ? "·"
                : event instanceof WatchEvent.Problem ? "!" : "◉";
        synchronized (out) {
            out.println(LocalTime.now().format(CLOCK) + " " + mark + " " + event.describe());
            out.flush();
        }
    }

    private static ExecutionListener endings(PrintWriter out, CountDownLatch ended, AtomicInteger failures) {
        return event -> {
            if (event instanceof ExecutionEvent.ExecutionFinished f) {
                synchronized (out) {
                    out.println(LocalTime.now().format(CLOCK) + " ■ execution " + f.executionId() + " "
                            + f.status().displayName() + (f.summary() == null ? "" : ": " + f.summary()));
                    out.flush();
                }
                if (f.status() == dev.pipewright.engine.ExecutionStatus.FAILED) {
                    failures.incrementAndGet();
                }
                ended.countDown();
            }
        };
    }
}
