package dev.pipewright.engine;

import dev.pipewright.actions.SourceRevision;
import dev.pipewright.model.Action;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineVariable;
import dev.pipewright.model.Stage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Opens an execution of an earlier process again from its folder, to retry one of its stages. */
final class ExecutionReopening {

    private ExecutionReopening() {
    }

    static Execution reopen(Engine engine, ExecutionFolder folder, Map<String, String> given,
                            NonLocalActions nonLocal) throws StartRefusedException {
        ExecutionRecord record = engine.store().recover(folder)
                .orElseThrow(() -> new StartRefusedException("cannot read " + folder.recordFile()));
        if (folder.isRunning()) {
            throw new StartRefusedException("execution " + record.executionId()
                    + " is still running; retry it from the process that runs it, or stop it first");
        }
        Pipeline pipeline;
        try {
            pipeline = Snapshots.read(folder);
        } catch (IOException e) {
            throw new StartRefusedException("cannot read the pipeline snapshot " + folder.snapshotFile() + ": "
                    + e.getMessage());
        }
        // secrets were masked on disk: they must come again, from the environment or the caller
        var values = new LinkedHashMap<String, String>(record.variables());
        for (PipelineVariable v : pipeline.variables()) {
            if (v.secret()) {
                values.remove(v.name());
            }
        }
        values.putAll(given);
        Map<String, String> resolved = VariableValues.resolve(pipeline, values);
        Path baseDir = record.pipelineFile() != null ? Path.of(record.pipelineFile()).getParent() : folder.dir();
        var setup = new ExecutionState.Setup(engine, record.executionId(), pipeline, baseDir, folder, resolved,
                VariableValues.masker(pipeline, resolved), record, 0, triggerRevision(record), nonLocal,
                succeededOutputs(pipeline, record), resumedSimulation(engine, record));
        return new Execution(new ExecutionState(setup), null);
    }

    /**
     * A simulated execution retried from another process goes on simulated, at its speed, with
     * its injected failures cleared (the retry stands for "after the fix") and no step-through.
     */
    private static Simulation resumedSimulation(Engine engine, ExecutionRecord record) {
        if (record.simulation() == null) {
            return null;
        }
        var settings = record.simulation().withFailures(List.of()).withStepThrough(false);
        return new Simulation(settings, Simulation.lastRealDurations(engine.store(), record.pipelineName()));
    }

    /** A retried Source stage builds the trigger's commit again, not the branch's newest. */
    private static List<SourceRevision> triggerRevision(ExecutionRecord record) {
        return Optional.ofNullable(record.startedBy()).flatMap(StartedBy::gitChange)
                .map(c -> List.of(new SourceRevision(c.sourceAction(), c.commit().id(),
                        c.refType().equals("branch") ? Optional.of(c.ref()) : Optional.<String>empty())))
                .orElse(List.of());
    }

    /** Output variables of the actions that succeeded, for the stages still to run. */
    private static Map<String, Map<String, String>> succeededOutputs(Pipeline pipeline, ExecutionRecord record) {
        var outputs = new HashMap<String, Map<String, String>>();
        for (Stage stage : pipeline.stages()) {
            for (Action action : stage.actions()) {
                record.action(stage.name(), action.name())
                        .filter(a -> a.status() == ActionStatus.SUCCEEDED)
                        .ifPresent(a -> action.namespace().ifPresent(ns ->
                                outputs.computeIfAbsent(ns, k -> new HashMap<>()).putAll(a.outputVariables())));
            }
        }
        return outputs;
    }
}
