package dev.pipewright.actions.deploy;

import dev.pipewright.actions.ActionContext;
import dev.pipewright.actions.ActionFailedException;
import dev.pipewright.actions.ActionSettings;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Where a Deploy action writes: a path the user chose, relative to the pipeline file or absolute. */
final class DeployTarget {

    private DeployTarget() {
    }

    static Path resolve(ActionContext context, ActionSettings settings, String key) throws ActionFailedException {
        String text = settings.requiredText(key).trim();
        try {
            return context.pipelineDir().resolve(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw settings.failure("setting '" + key + "': '" + text + "' is not a valid path: " + e.getReason());
        }
    }

    /** The single input artifact's folder. */
    static Path input(ActionContext context, ActionSettings settings) throws ActionFailedException {
        var inputs = context.action().inputArtifacts();
        if (inputs.size() != 1) {
            throw settings.failure("needs exactly one input artifact to deploy, but lists " + inputs.size());
        }
        Path folder = context.inputArtifacts().get(inputs.get(0));
        if (folder == null) {
            throw settings.failure("the input artifact '" + inputs.get(0) + "' was not produced by an earlier action");
        }
        return folder;
    }
}
