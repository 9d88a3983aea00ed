package dev.pipewright.actions.shell;

import dev.pipewright.model.BuiltInProviders;
import dev.pipewright.actions.ActionContext;
import dev.pipewright.actions.ActionFailedException;
import dev.pipewright.actions.ActionSettings;
import dev.pipewright.actions.files.FolderCleaner;
import dev.pipewright.actions.files.SafePaths;
import dev.pipewright.actions.files.UnsafePathException;
import dev.pipewright.actions.process.LogPump;
import dev.pipewright.actions.process.ProcessTree;
import dev.pipewright.actions.process.Watchdog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a Shell action's commands: starts the shell under a {@link Watchdog} (its own process
 * group, ended when Pipewright dies, the script passed through a pipe), streams its output into
 * the log, and reads the output variables back.
 */
public final class ShellRunner {

    /** The environment variable naming the file where commands write NAME=value lines. */
    public static final String OUTPUT_VARIABLE = BuiltInProviders.Shell.OUTPUT_FILE_VARIABLE;
    /** Prefix of the variables naming each input artifact's folder. */
    public static final String INPUT_PREFIX = BuiltInProviders.Shell.INPUT_FOLDER_PREFIX;

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
        Path outputFile = context.workDir().resolveSibling(context.workDir().getFileName() + ".output.env");
        // only where the shell cannot read its script from a pipe: beside the working folder, not in
        // it, so the commands cannot trip over it and no output artifact contains it
        Path scriptFile = null;
        try {
            // empty, whatever an earlier attempt left, in one open (not a link to elsewhere)
            Files.newByteChannel(outputFile, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS).close();
            var env = new LinkedHashMap<String, String>();
            environment(env, context, environment, outputFile);
            List<String> command;
            if (Watchdog.supported() && shell.isPosix()) {
                // the substituted commands may hold secrets: they go through a pipe, never a file
                command = Watchdog.command(shell.command(Path.of(Watchdog.SCRIPT_PATH)),
                        Watchdog.CLOSE_SCRIPT_PIPE + shell.script(commands), env);
            } else {
                scriptFile = context.workDir().resolveSibling(context.workDir().getFileName() + ".commands"
                        + shell.extension());
                Files.writeString(scriptFile, shell.script(commands), StandardCharsets.UTF_8);
                command = Watchdog.supported() ? Watchdog.command(shell.command(scriptFile), "", env)
                        : shell.command(scriptFile);
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true);
            builder.environment().putAll(env);
            context.log("Running " + commands.lines().count() + " line(s) with " + shell.word() + " in "
                    + directory);
            int exitCode = runToEnd(builder, context, settings, shell);
            for (var variable : OutputVariablesFile.read(outputFile).entrySet()) {
                context.setOutputVariable(variable.getKey(), variable.getValue());
            }
            return new ShellRun(exitCode, directory);
        } catch (OutputVariablesFile.MalformedOutputException e) {
            throw settings.failure(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw settings.failure(e.getMessage());
        } catch (IOException e) {
            throw settings.failure("could not run the commands: " + e.getMessage(), e);
        } finally {
            try {
                if (scriptFile != null) {
                    Files.deleteIfExists(scriptFile);
                }
                Files.deleteIfExists(outputFile);
            } catch (IOException e) {
                context.log("Note: could not delete " + outputFile + " or the script beside it: " + e.getMessage());
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
        if (Watchdog.supported()) {
            context.processStarted(process.pid(), process.toHandle().info().startInstant());
        }
        // the hook may have run between the check above and set(): then no one else will kill it
        if (context.isCancelled()) {
            ProcessTree.destroy(process, ProcessTree.DEFAULT_GRACE);
        }
        // the watchdog's pipe stays open as long as the process runs: its end of file means "Pipewright died"
        LogPump pump = LogPump.start(process.getInputStream(), context.logOutput(),
                "log of " + context.action().name());
        int exitCode;
        try {
            exitCode = process.waitFor();
        } catch (InterruptedException e) {
            ProcessTree.destroy(process, ProcessTree.DEFAULT_GRACE);
            pump.awaitBriefly(1000);
            throw e;
        } finally {
            closeQuietly(process);
        }
        pump.await();
        return exitCode;
    }

    private static void closeQuietly(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // the watchdog has gone already
        }
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
        return BuiltInProviders.Shell.inputFolderVariable(artifactName);
    }
}
