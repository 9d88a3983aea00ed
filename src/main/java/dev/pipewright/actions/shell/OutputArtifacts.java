package dev.pipewright.actions.shell;

import dev.pipewright.actions.ActionContext;
import dev.pipewright.actions.ActionFailedException;
import dev.pipewright.actions.ActionSettings;
import dev.pipewright.actions.files.CopyReport;
import dev.pipewright.actions.files.FolderCopy;
import dev.pipewright.actions.files.Globs;
import dev.pipewright.model.OutputArtifact;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Fills a Shell action's output artifacts from its working folder: each artifact takes the files
 * its {@code files} globs match (a matched folder brings all it holds), or the whole working
 * folder when it lists none. A glob that matches nothing fails the action, since a missing build
 * output noticed now is far cheaper than an empty deploy noticed later.
 */
final class OutputArtifacts {

    private OutputArtifacts() {
    }

    static void collect(ActionContext context, ActionSettings settings) throws ActionFailedException {
        Path workDir = context.workDir();
        for (OutputArtifact artifact : context.action().outputArtifacts()) {
            Path target = context.outputArtifactDir(artifact.name());
            try {
                if (artifact.files().isEmpty()) {
                    report(context, artifact, FolderCopy.copy(workDir, target));
                    continue;
                }
                for (String glob : artifact.files()) {
                    if (Globs.problem(glob).isPresent()) {
                        throw settings.failure("output artifact '" + artifact.name() + "': "
                                + Globs.problem(glob).get());
                    }
                    CopyReport report = FolderCopy.copy(workDir, target, Globs.compile(glob), Globs.NONE);
                    if (report.entries() == 0) {
                        throw settings.failure("output artifact '" + artifact.name() + "': the glob '" + glob
                                + "' matched no file in the working folder " + workDir
                                + "; check that the commands create it and that the glob is relative to "
                                + "that folder");
                    }
                    report(context, artifact, report);
                }
            } catch (IOException e) {
                throw settings.failure("output artifact '" + artifact.name() + "': " + e.getMessage(), e);
            }
        }
    }

    private static void report(ActionContext context, OutputArtifact artifact, CopyReport report) {
        report.skipped().forEach(s -> context.log("Output artifact '" + artifact.name() + "': left out " + s));
        context.log("Output artifact '" + artifact.name() + "': " + report.entries() + " file(s)");
    }
}
