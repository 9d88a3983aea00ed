package dev.pipewright.actions.shell;

import dev.pipewright.actions.ActionContext;
import dev.pipewright.actions.ActionFailedException;
import dev.pipewright.actions.ProcessTree;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.OutputArtifact;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** One run of a Shell action's commands: the process, its output, its variables and artifacts. */
final class ShellRun {

    private static final int CHUNK = 64 * 1024;
    private static final Duration GRACE = Duration.ofSeconds(3);

    private final ActionContext context;
    private final Path folder;
    private final Path outputsFile;

    ShellRun(ActionContext context) throws ActionFailedException {
        this.context = context;
        Path work = context.workDir();
        this.folder = context.action().setting(ShellProvider.WORKING_DIRECTORY)
                .map(v -> work.resolve(v.asText()).normalize()).orElse(work);
        if (!folder.startsWith(work)) {
            throw new ActionFailedException("workingDirectory must stay inside the working folder");
        }
        this.outputsFile = work.resolveSibling(work.getFileName() + ".outputs");
    }

    /** The folder the commands ran in. */
    Path folder() {
        return folder;
    }

    void runCommands() throws ActionFailedException, InterruptedException {
        var action = context.action();
        String shell = action.setting(ShellProvider.SHELL).map(ConfigValue::asText).orElse(Shells.platformDefault());
        String commands = action.setting(ShellProvider.COMMANDS).map(ConfigValue::asText).orElse("");
        Path work = context.workDir();
        Path script = work.resolveSibling(work.getFileName() + Shells.scriptSuffix(shell));
        ProcessBuilder builder;
        try {
            Files.createDirectories(folder);
            // outside the working folder, so it never ends up in an artifact
            Files.writeString(script, Shells.script(shell, commands), StandardCharsets.UTF_8);
            Files.deleteIfExists(outputsFile);
            Files.createFile(outputsFile);
            builder = new ProcessBuilder(Shells.command(shell, script))
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        } catch (IOException e) {
            throw new ActionFailedException("cannot prepare the commands: " + e.getMessage());
        }
        var env = builder.environment();
        env.putAll(context.environment());
        context.inputArtifacts().forEach((name, dir) ->
                env.put("PIPEWRIGHT_INPUT_" + name.toUpperCase(Locale.ROOT).replace('-', '_'), dir.toString()));
        action.setting(ShellProvider.ENVIRONMENT).ifPresent(v -> {
            if (v instanceof ConfigValue.TextMap map) {
                env.putAll(map.values());
            }
        });
        env.put("PIPEWRIGHT_OUTPUT", outputsFile.toString());
        env.put("PIPEWRIGHT_WORKSPACE", folder.toString());

        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new ActionFailedException("cannot start " + shell + ": " + e.getMessage()
                    + (shell.equals("sh") || shell.equals("cmd") ? "" : " (is " + shell + " installed and on the PATH?)"));
        }
        context.onCancel(() -> ProcessTree.destroy(process, GRACE));
        try {
            pump(process.getInputStream(), context.logOutput());
            int exit = process.waitFor();
            if (context.isCancelled()) {
                throw new InterruptedException();
            }
            if (exit != 0) {
                throw new ActionFailedException("the commands ended with exit code " + exit);
            }
        } catch (InterruptedException e) {
            ProcessTree.destroy(process, GRACE);
            throw e;
        } finally {
            if (process.isAlive()) {
                ProcessTree.destroy(process, GRACE);
            }
        }
        publishVariables();
    }

    /** Copies the process's output to the log as it comes, a chunk at a time. */
    private void pump(InputStream from, OutputStream to) throws ActionFailedException, InterruptedException {
        byte[] buffer = new byte[CHUNK];
        try (from) {
            int n;
            while ((n = from.read(buffer)) >= 0) {
                to.write(buffer, 0, n);
            }
            to.flush();
        } catch (IOException e) {
            if (context.isCancelled()) {
                throw new InterruptedException();
            }
            throw new ActionFailedException("lost the commands' output: " + e.getMessage());
        }
    }

    private void publishVariables() throws ActionFailedException {
        try {
            OutputVariables.parse(Files.readAllLines(outputsFile, StandardCharsets.UTF_8))
                    .forEach(context::setOutputVariable);
        } catch (IOException e) {
            throw new ActionFailedException("cannot read the output variables file: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ActionFailedException("$PIPEWRIGHT_OUTPUT: " + e.getMessage());
        }
    }

    /** Fills each declared output artifact with the files its globs choose. */
    void collectOutputs() throws ActionFailedException {
        for (OutputArtifact output : context.action().outputArtifacts()) {
            List<String> globs = output.files().isEmpty() ? List.of("**") : output.files();
            Path target = context.outputArtifactDir(output.name());
            try {
                for (String glob : globs) {
                    int copied = dev.pipewright.actions.FileSelection.copyMatching(folder, glob, target);
                    if (copied == 0 && !output.files().isEmpty()) {
                        throw new ActionFailedException("output artifact '" + output.name() + "': no file matches '"
                                + glob + "' in the working folder");
                    }
                }
            } catch (IOException e) {
                throw new ActionFailedException("cannot fill output artifact '" + output.name() + "': "
                        + e.getMessage());
            }
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(Shells.onWindows() ? "NUL" : "/dev/null");
    }
}
