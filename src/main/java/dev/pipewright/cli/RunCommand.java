package dev.pipewright.cli;

import dev.pipewright.engine.RunRequest;
import dev.pipewright.engine.StartedBy;
import dev.pipewright.io.LoadedPipeline;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Run a pipeline file here and now, showing each state change as it happens.",
            "Approval gates ask at the terminal (or use --approve); Ctrl-C stops and abandons the run."})
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The pipeline file (*.pipeline.json).")
    Path file;

    @Mixin
    RunOptions options;

    @Mixin
    RunsDirOption runsDir;

    @Mixin
    SimulationOptions simulation;

    /** Where step-through reads its Enter presses; a test gives its own. */
    static java.io.InputStream stepInput = System.in;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        LoadedPipeline loaded = PipelineLoading.read(file, err);
        if (loaded == null || PipelineLoading.printProblems(loaded, RunSession.providers(), err)) {
            err.println("pipewright: not running " + file + ": fix the errors above first"
                    + " (pipewright validate " + file + " checks again).");
            return PipewrightCommand.BAD_INPUT;
        }
        var real = new RunRequest(loaded.pipeline(), Optional.of(file.toAbsolutePath()), options.allVariables(),
                StartedBy.cli()).withNonLocalActions(options.nonLocalActions());
        var simulated = simulation.settings(loaded.pipeline());
        var request = simulated.map(real::simulated).orElse(real);
        var out = spec.commandLine().getOut();
        if (simulated.isPresent()) {
            out.println("Simulating: nothing is executed; each action only takes its time"
                    + (simulated.get().failures().isEmpty() ? "" : ", and " + String.join(", ", simulated.get().failures())
                    + " will fail") + ".");
        } else {
            announceNonLocal(loaded.pipeline());
        }
        return new RunSession(options, runsDir, out, err).run(engine -> {
            var execution = RunSession.startOrExplain(() -> engine.start(request));
            if (simulated.isPresent() && simulated.get().stepThrough()) {
                new TerminalSteps(execution, stepInput, out);
            }
            return execution;
        });
    }

    /** Says up front which actions will not really run, so a green run is not mistaken for a deploy. */
    private void announceNonLocal(dev.pipewright.model.Pipeline pipeline) {
        var providers = RunSession.providers();
        var names = pipeline.stages().stream().flatMap(s -> s.actions().stream()
                .filter(a -> !providers.runsLocally(a)).map(a -> s.name() + "/" + a.name())).toList();
        if (!names.isEmpty()) {
            spec.commandLine().getOut().println(names.size() + " action(s) run only on AWS and will be "
                    + (options.nonLocal == RunOptions.NonLocalChoice.simulate
                    ? "simulated (nothing done, empty output artifacts)" : "skipped (--non-local simulate pretends they succeed)")
                    + ": " + String.join(", ", names));
        }
    }
}
