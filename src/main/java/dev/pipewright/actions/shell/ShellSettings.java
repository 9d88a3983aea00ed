package dev.pipewright.actions.shell;

import dev.pipewright.model.BuiltInProviders;
import dev.pipewright.actions.SettingChecks;
import dev.pipewright.model.SettingRole;
import dev.pipewright.model.SettingSpec;
import dev.pipewright.model.SettingType;
import java.util.List;

/** The settings Build Shell and Test Shell share, described once. */
final class ShellSettings {

    static final String COMMANDS = BuiltInProviders.Shell.COMMANDS;
    static final String ENVIRONMENT = BuiltInProviders.Shell.ENVIRONMENT;
    static final String SHELL = BuiltInProviders.Shell.SHELL;
    static final String WORKING_DIRECTORY = BuiltInProviders.Shell.WORKING_DIRECTORY;

    private ShellSettings() {
    }

    static List<SettingSpec> common() {
        return List.of(
                SettingSpec.required(COMMANDS, "Commands", SettingType.MULTILINE_TEXT,
                        "The commands to run, one per line, as you would type them in a terminal. They run as "
                                + "one script: the first command that fails stops the script and fails the action "
                                + "(sh and bash run with -e). Write NAME=value lines to the file named by "
                                + "$PIPEWRIGHT_OUTPUT to output variables.")
                        .withRole(SettingRole.COMMANDS),
                SettingSpec.optional(ENVIRONMENT, "Environment variables", SettingType.MAP,
                        "Extra environment variables for the commands, on top of the machine's own and the "
                                + "pipeline's. Values may use #{...} references."),
                SettingSpec.optional(SHELL, "Shell", SettingType.CHOICE,
                        "Which shell runs the commands. Empty means sh on Linux and macOS, cmd on Windows. "
                                + "bash and pwsh (PowerShell 7) must be installed to be chosen.")
                        .withChoices(ShellKind.words()),
                SettingSpec.optional(WORKING_DIRECTORY, "Working folder", SettingType.TEXT,
                        "A folder inside the action's working folder to run the commands in, such as 'app'. "
                                + "Empty means the working folder itself, where the first input artifact is.")
                        .withCheck(SettingChecks.relativeInside()));
    }
}
