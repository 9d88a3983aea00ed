package dev.pipewright.actions.shell;

import dev.pipewright.model.BuiltInProviders;
import dev.pipewright.actions.ActionContext;
import dev.pipewright.actions.ActionFailedException;
import dev.pipewright.actions.ActionSettings;
import dev.pipewright.actions.Provider;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ProviderSpec;
import java.util.List;

/** Build / Shell: runs commands in the action's working folder. */
public final class ShellBuild implements Provider {

    static final ProviderSpec SPEC = new ProviderSpec(
            ActionCategory.BUILD, BuiltInProviders.Shell.ID, "Shell commands",
            "Runs your build commands in a shell on this machine.",
            "Runs the commands you write, one per line, in a shell (sh on Linux and macOS, cmd on Windows, or "
                    + "bash or PowerShell if you choose), in a working folder of the action's own that already "
                    + "holds the first input artifact; other input artifacts are in the folders named by "
                    + "$PIPEWRIGHT_INPUT_<NAME>. Everything the commands print goes to the action's log. The "
                    + "first command that fails stops the script and fails the action. To pass values to later "
                    + "actions, write NAME=value lines to the file named by $PIPEWRIGHT_OUTPUT (NAME<<END ... END "
                    + "for several lines); they become output variables. Each output artifact takes the files "
                    + "its 'files' globs pick from the working folder, or the whole folder. Stopping the run or "
                    + "hitting the timeout ends the commands and every process they started.",
            ShellSettings.common(),
            new ProviderSpec.Count(0, 5), new ProviderSpec.Count(0, 5),
            List.of(), true);

    @Override
    public ProviderSpec spec() {
        return SPEC;
    }

    @Override
    public void execute(ActionContext context) throws ActionFailedException, InterruptedException {
        ActionSettings settings = ActionSettings.of(context, SPEC);
        ShellRun run = ShellRunner.run(context, settings);
        if (!run.succeeded()) {
            throw settings.failure("commands exited with code " + run.exitCode() + "; the log shows their output");
        }
        OutputArtifacts.collect(context, settings);
    }
}
