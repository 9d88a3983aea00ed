package dev.pipewright.engine;

import dev.pipewright.actions.ActionContext.ChildRun;
import dev.pipewright.actions.ActionFailedException;
import dev.pipewright.io.PipelineFileException;
import dev.pipewright.io.PipelineFiles;
import dev.pipewright.model.Pipeline;
import java.nio.file.Path;
import java.util.Map;

/** Runs a pipeline file as the child of an Invoke Pipeline action and waits for it. */
final class ChildPipelines {

    /** Deep enough for real nesting; a pipeline invoking itself stops here instead of forever. */
    private static final int MAX_DEPTH = 8;

    private ChildPipelines() {
    }

    static ChildRun run(RunContext parent, ActionRun action, Path file, Map<String, String> variables)
            throws ActionFailedException, InterruptedException {
        Path absolute = file.toAbsolutePath().normalize();
        Pipeline child;
        try {
            child = PipelineFiles.read(absolute);
        } catch (PipelineFileException e) {
            throw new ActionFailedException("cannot read the pipeline to invoke:\n" + e.getMessage());
        }
        int depth = parent.depth();
        if (depth >= MAX_DEPTH) {
            throw new ActionFailedException("pipelines invoke each other more than " + MAX_DEPTH
                    + " levels deep; does " + absolute.getFileName() + " invoke itself?");
        }
        Execution execution;
        try {
            execution = parent.startChild(child, absolute, variables,
                    new StartedBy("Pipeline", "invoked by " + parent.pipeline().name() + " execution " + parent.id()
                            + " (action " + action.stageName() + "/" + action.action().name() + ")"));
        } catch (StartRefusedException e) {
            throw new ActionFailedException("the invoked pipeline '" + child.name() + "' could not start: "
                    + String.join("; ", e.reasons()));
        }
        action.log("Started " + child.name() + " execution " + execution.id());
        action.onCancel(() -> execution.stop(true));
        ExecutionRecord end = execution.await();
        action.log(child.name() + " execution " + execution.id() + " ended " + end.status().displayName()
                + (end.summary() == null ? "" : ": " + end.summary()));
        return new ChildRun(execution.id(), end.status().displayName(), end.status() == ExecutionStatus.SUCCEEDED);
    }
}
