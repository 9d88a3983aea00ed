package dev.pipewright.actions.invoke;

import dev.pipewright.model.BuiltInProviders;
import dev.pipewright.actions.ActionContext;
import dev.pipewright.actions.ActionFailedException;
import dev.pipewright.actions.ActionSettings;
import dev.pipewright.actions.Provider;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ProviderSpec;
import dev.pipewright.model.SettingRole;
import dev.pipewright.model.SettingSpec;
import dev.pipewright.model.SettingType;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** Invoke / Pipeline: runs another pipeline file to its end. */
public final class PipelineInvoke implements Provider {

    static final String PIPELINE_FILE = BuiltInProviders.PipelineRun.PIPELINE_FILE;
    static final String VARIABLES = BuiltInProviders.PipelineRun.VARIABLES;

    static final ProviderSpec SPEC = new ProviderSpec(
            ActionCategory.INVOKE, BuiltInProviders.PipelineRun.ID, "Run another pipeline",
            "Runs another pipeline file and waits for it to finish.",
            "Starts the pipeline in another file as a child run, passing it the pipeline variables you list, "
                    + "and waits for it to end. The action succeeds only if the child run succeeds; its logs "
                    + "and history are its own, and this action outputs its ExecutionId and final Status. "
                    + "Stopping this run stops the child too. Handy for sharing one deploy pipeline between "
                    + "several build pipelines.",
            List.of(
                    SettingSpec.required(PIPELINE_FILE, "Pipeline file", SettingType.TEXT,
                            "The *.pipeline.json file to run, relative to this pipeline file's folder.")
                            .withRole(SettingRole.RUN_PIPELINE),
                    SettingSpec.optional(VARIABLES, "Variables", SettingType.MAP,
                            "Values for the child pipeline's variables, by name; may use #{...} references.")),
            ProviderSpec.Count.NONE, ProviderSpec.Count.NONE,
            List.of("ExecutionId", "Status"), false);

    @Override
    public ProviderSpec spec() {
        return SPEC;
    }

    @Override
    public void execute(ActionContext context) throws ActionFailedException, InterruptedException {
        ActionSettings settings = ActionSettings.of(context, SPEC);
        String text = settings.requiredText(PIPELINE_FILE).trim();
        Path file;
        try {
            file = context.pipelineDir().resolve(text).normalize();
        } catch (InvalidPathException e) {
            throw settings.failure("setting 'pipelineFile': '" + text + "' is not a valid path: " + e.getReason());
        }
        if (!Files.isRegularFile(file)) {
            throw settings.failure("setting 'pipelineFile': there is no file " + file
                    + "; check the name, relative to " + context.pipelineDir());
        }
        context.log("Running the pipeline " + file);
        ActionContext.ChildRun child = context.runPipeline(file, settings.map(VARIABLES));
        context.setOutputVariable("ExecutionId", child.executionId());
        context.setOutputVariable("Status", child.status());
        context.log("The pipeline " + file.getFileName() + " ended " + child.status()
                + " (execution " + child.executionId() + ")");
        if (!child.succeeded()) {
            throw settings.failure("the pipeline " + file.getFileName() + " ended " + child.status()
                    + "; its execution " + child.executionId() + " has the details");
        }
    }
}
