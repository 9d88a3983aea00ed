package dev.pipewright.cli;

import dev.pipewright.actions.Providers;
import dev.pipewright.engine.Engine;
import dev.pipewright.engine.Execution;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.ExecutionStatus;
import dev.pipewright.engine.StartRefusedException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Runs an execution in this process with the terminal view: prints its progress, handles approval
 * gates, ends it cleanly on Ctrl-C, and turns its outcome into an exit code.
 */
final class RunSession {

    private final RunOptions options;
    private final RunsDirOption runsDir;
    private final PrintWriter out;
    private final PrintWriter err;

    RunSession(RunOptions options, RunsDirOption runsDir, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.runsDir = runsDir;
        this.out = out;
        this.err = err;
    }

    /** Starts what {@code starter} starts on a fresh engine and waits for it to end. */
    int run(Function<Engine, Execution> starter) {
        var engineOptions = Engine.Options.defaults().withRunsDir(runsDir.resolve());
        if (options.maxParallel != null) {
            if (options.maxParallel < 1) {
                throw new UserError("--max-parallel must be at least 1");
            }
            engineOptions = engineOptions.withMaxParallelActions(options.maxParallel);
        }
        boolean color = !options.noColor && System.getenv("NO_COLOR") == null && System.console() != null;
        var view = new TerminalView(out, color, options.showLogs);
        EventsFile events = openEvents();
        try (var engine = new Engine(engineOptions)) {
            engine.addListener(view);
            if (events != null) {
                engine.addListener(events);
            }
            var gates = new TerminalApprovals(engine, options.approve, runsDir, out);
            engine.addListener(gates);
            int code = PipewrightCommand.STOPPED;
            var onSignal = StopOnSignal.install(out, err);
            try {
                Execution execution = starter.apply(engine);
                onSignal.watch(execution);
                ExecutionRecord end;
                try {
                    end = execution.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return code;
                } finally {
                    gates.close();
                }
                view.summary(end);
                if (end.isSimulated()) {
                    out.println("Simulated: nothing was executed (the history marks it so).");
                }
                if (end.status() == ExecutionStatus.FAILED) {
                    new FailureReport(execution.folder(), out).print(end);
                }
                out.println("Logs and artifacts: " + execution.folder().dir());
                out.flush();
                code = exitCode(end.status());
                return code;
            } finally {
                closeEvents(events);
                onSignal.finished(code);
                onSignal.close();
            }
        }
    }

    private void closeEvents(EventsFile events) {
        if (events != null) {
            try {
                events.close();
            } catch (IOException e) {
                err.println("pipewright: could not finish the events file: " + e.getMessage());
            }
        }
    }

    static int exitCode(ExecutionStatus status) {
        return switch (status) {
            case SUCCEEDED -> PipewrightCommand.OK;
            case FAILED, INTERRUPTED -> PipewrightCommand.FAILED;
            default -> PipewrightCommand.STOPPED;
        };
    }

    static Execution startOrExplain(StartCall call) {
        try {
            return call.start();
        } catch (StartRefusedException e) {
            var message = new StringBuilder("the execution cannot start:");
            e.reasons().forEach(r -> message.append("\n  - ").append(r));
            throw new UserError(message.toString());
        } catch (IllegalStateException e) {
            throw new UserError(e.getMessage());
        }
    }

    interface StartCall {
        Execution start() throws StartRefusedException;
    }

    private EventsFile openEvents() {
        if (options.eventsFile == null) {
            return null;
        }
        if (options.eventsFile.equals("-")) {
            return new EventsFile(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        }
        try {
            Path file = Path.of(options.eventsFile);
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            return new EventsFile(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserError("cannot write the events file " + options.eventsFile + ": " + e.getMessage());
        }
    }

    static Providers providers() {
        return Providers.builtIn();
    }

}
