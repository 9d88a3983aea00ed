package dev.pipewright.actions.shell;

import dev.pipewright.actions.ActionContext;
import dev.pipewright.actions.ActionFailedException;
import dev.pipewright.actions.ActionSettings;
import dev.pipewright.actions.files.FolderCleaner;
import dev.pipewright.actions.files.SafePaths;
import dev.pipewright.actions.files.UnsafePathException;
import dev.pipewright.actions.process.LogPump;
import dev.pipewright.actions.process.ProcessTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a Shell action's commands: writes them to a script outside the working folder (so the
 * commands cannot trip over it and an output artifact never contains it), starts the shell in
 * its own process group, streams its output into the log, and reads the output variables back.
 */
public final class ShellRunner {

    /** The environment variable naming the file where commands write NAME=value lines. */
    public static final String OUTPUT_VARIABLE = "PIPEWRIGHT_OUTPUT";
    /** Prefix of the variables naming each input artifact's folder. */
    public static final String INPUT_PREFIX = "PIPEWRIGHT_INPUT_";

    /**
     * Put before a POSIX script that runs in a group of its own: when the script ends, whatever it
     * left running in the background ends too (as each CodePipeline action gets a fresh machine).
     * The shell ignores the signal itself, so its exit code stays the script's. It shares the
     * first line, so the shell's line numbers in error messages still match the user's.
     */
    static final String END_LEFTOVERS = "trap 'trap \"\" TERM; kill -TERM 0 2>/dev/null' EXIT; ";

    private ShellRunner() {
    }

    public static ShellRun run(ActionContext context, ActionSettings settings)
            throws ActionFailedException, InterruptedException {
        String commands = settings.requiredText(ShellSettings.COMMANDS);
        ShellKind shell = settings.choice(ShellSettings.SHELL).flatMap(ShellKind::fromWord)
                .orElseGet(ShellKind::platformDefault);
        Path directory = directory(context, settings);
        return run(context, settings, commands, shell, directory, settings.map(ShellSettings.ENVIRONMENT));
    }

    /**
     * Runs {@code commands} as one script with {@code shell} in {@code directory}, with the
     * action's environment plus {@code environment}, and publishes what the script wrote to
     * {@code $PIPEWRIGHT_OUTPUT} as output variables. Other providers that run scripts (CodeBuild)
     * come through here, so process handling lives in one place.
     */
    public static ShellRun run(ActionContext context, ActionSettings settings, String commands, ShellKind shell,
                               Path directory, Map<String, String> environment)
            throws ActionFailedException, InterruptedException {
        // beside the working folder, not in it: the commands cannot trip over the script and no
        // output artifact contains it. Both files may hold resolved secrets, so they go afterwards.
        Path script = context.workDir().resolveSibling(context.workDir().getFileName() + ".commands"
                + shell.extension());
        Path outputFile = context.workDir().resolveSibling(context.workDir().getFileName() + ".output.env");
        try {
            boolean posix = shell == ShellKind.SH || shell == ShellKind.BASH;
            String text = posix && ProcessTree.groupsSupported() ? END_LEFTOVERS + shell.script(commands)
                    : shell.script(commands);
            Files.writeString(script, text, StandardCharsets.UTF_8);
            Files.deleteIfExists(outputFile); // from an earlier attempt
            Files.createFile(outputFile);
            ProcessBuilder builder = new ProcessBuilder(ProcessTree.inOwnGroup(shell.command(script)))
                    .directory(directory.toFile())
                    .redirectErrorStream(true);
            environment(builder.environment(), context, environment, outputFile);
            context.log("Running " + commands.lines().count() + " line(s) with " + shell.word() + " in "
                    + directory);
            int exitCode = runToEnd(builder, context, settings, shell);
            for (var variable : OutputVariablesFile.read(outputFile).entrySet()) {
                context.setOutputVariable(variable.getKey(), variable.getValue());
            }
            return new ShellRun(exitCode, directory);
        } catch (OutputVariablesFile.MalformedOutputException e) {
            throw settings.failure(e.getMessage());
        } catch (IOException e) {
            throw settings.failure("could not run the commands: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(script);
                Files.deleteIfExists(outputFile);
            } catch (IOException e) {
                context.log("Note: could not delete " + script + " or " + outputFile + ": " + e.getMessage());
            }
        }
    }

    private static int runToEnd(ProcessBuilder builder, ActionContext context, ActionSettings settings,
                                 ShellKind shell) throws IOException, InterruptedException, ActionFailedException {
        AtomicReference<Process> running = new AtomicReference<>();
        context.onCancel(() -> {
            Process p = running.get();
            if (p != null) {
                ProcessTree.destroy(p, ProcessTree.DEFAULT_GRACE);
            }
        });
        if (context.isCancelled()) {
            throw settings.failure("stopped before the commands started");
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw settings.failure("cannot start " + shell.word() + ": " + e.getMessage()
                    + "; check that it is installed and on the PATH, or choose another shell", e);
        }
        running.set(process);
        // the hook may have run between the check above and set(): then no one else will kill it
        if (context.isCancelled()) {
            ProcessTree.destroy(process, ProcessTree.DEFAULT_GRACE);
        }
        process.getOutputStream().close();
        LogPump pump = LogPump.start(process.getInputStream(), context.logOutput(),
                "log of " + context.action().name());
        int exitCode;
        try {
            exitCode = process.waitFor();
        } catch (InterruptedException e) {
            ProcessTree.destroy(process, ProcessTree.DEFAULT_GRACE);
            pump.awaitBriefly(1000);
            throw e;
        }
        pump.await();
        return exitCode;
    }

    private static Path directory(ActionContext context, ActionSettings settings) throws ActionFailedException {
        var relative = settings.text(ShellSettings.WORKING_DIRECTORY);
        if (relative.isEmpty()) {
            return context.workDir();
        }
        try {
            Path directory = SafePaths.resolveInside(context.workDir(), relative.get().trim());
            if (!Files.isDirectory(directory)) {
                throw settings.failure("setting 'workingDirectory': the folder '" + relative.get()
                        + "' does not exist in the working folder " + context.workDir()
                        + "; check the name, or that the input artifact contains it");
            }
            return directory;
        } catch (UnsafePathException e) {
            throw settings.failure("setting 'workingDirectory': " + e.getMessage());
        }
    }

    private static void environment(Map<String, String> env, ActionContext context, Map<String, String> extra,
                                    Path outputFile) {
        env.putAll(context.environment());
        for (var input : context.inputArtifacts().entrySet()) {
            env.put(inputVariable(input.getKey()), input.getValue().toAbsolutePath().toString());
        }
        env.putAll(extra);
        env.put(OUTPUT_VARIABLE, outputFile.toAbsolutePath().toString());
    }

    /** {@code PIPEWRIGHT_INPUT_BUILD_OUTPUT} for the artifact {@code build-output}. */
    public static String inputVariable(String artifactName) {
        return INPUT_PREFIX + artifactName.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
    }
}
