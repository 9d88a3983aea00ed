package dev.pipewright.actions.codebuild;

import dev.pipewright.model.BuiltInProviders;
import dev.pipewright.actions.ActionContext;
import dev.pipewright.input.InputFile;
import dev.pipewright.input.UnreadableInputException;
import dev.pipewright.actions.ActionFailedException;
import dev.pipewright.actions.ActionSettings;
import dev.pipewright.actions.Provider;
import dev.pipewright.actions.TestSummary;
import dev.pipewright.actions.files.FolderCleaner;
import dev.pipewright.actions.files.FolderCopy;
import dev.pipewright.actions.files.SafePaths;
import dev.pipewright.actions.files.UnsafePathException;
import dev.pipewright.actions.shell.ShellKind;
import dev.pipewright.actions.shell.ShellRun;
import dev.pipewright.actions.shell.ShellRunner;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ProviderSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Build or Test / CodeBuild: runs a CodeBuild buildspec on this machine, so that an imported
 * CodePipeline runs its builds locally. The buildspec comes from the source (buildspec.yml, as a
 * CodeBuild project's default) or from the {@code buildspec} setting; its phases run in one shell
 * session with CodeBuild's rules (see {@link BuildspecScript}), its exported variables become the
 * action's output variables, its artifacts fill the output artifacts and its JUnit reports count
 * as the action's tests.
 */
public final class CodeBuild implements Provider {

    public static final String ID = BuiltInProviders.CodeBuild.ID;

    private final ProviderSpec spec;

    public CodeBuild(ActionCategory category) {
        this.spec = new ProviderSpec(category, ID, "CodeBuild buildspec",
                "Runs a CodeBuild buildspec (buildspec.yml) on this machine.",
                "Runs the buildspec of an AWS CodeBuild project here: buildspec.yml from the working folder "
                        + "(the primary input artifact), or the one the 'buildspec' setting names or holds. The "
                        + "install, pre_build, build and post_build phases run in that order in one shell session "
                        + "(sh, or bash with env.shell: bash), as on CodeBuild: a failing command ends its phase, "
                        + "finally commands still run, post_build runs after a failed build with "
                        + "CODEBUILD_BUILD_SUCCEEDING=0. env.variables and the EnvironmentVariables setting are "
                        + "set; env.exported-variables become output variables (#{Namespace.NAME}); artifacts "
                        + "(files, base-directory, discard-paths) fill the output artifacts; JUnit reports are "
                        + "counted. runtime-versions, caches and AWS-only parts are left out and named in the log.",
                CodeBuildSettings.all(),
                new ProviderSpec.Count(0, 5), new ProviderSpec.Count(0, 5),
                List.of(), true);
    }

    @Override
    public ProviderSpec spec() {
        return spec;
    }

    @Override
    public void execute(ActionContext context) throws ActionFailedException, InterruptedException {
        ActionSettings settings = ActionSettings.of(context, spec);
        usePrimarySource(context, settings);
        Buildspec buildspec = buildspec(context, settings);
        buildspec.ignored().forEach(part -> context.log("Left out locally: " + part));
        for (String key : List.of(CodeBuildSettings.BATCH_ENABLED, CodeBuildSettings.COMBINE_ARTIFACTS)) {
            if (settings.flag(key)) {
                context.log("Setting " + key + " has no effect locally: the build runs once");
            }
        }
        ShellKind shell = buildspec.shell().flatMap(ShellKind::fromWord).orElse(ShellKind.SH);
        String project = settings.text(CodeBuildSettings.PROJECT_NAME).orElse(context.action().name());
        ShellRun run = ShellRunner.run(context, settings, BuildspecScript.of(buildspec), shell, context.workDir(),
                environment(context, settings, buildspec, project));
        TestSummary tests = BuildOutputs.readReports(context, buildspec);
        if (tests.reports() > 0) {
            context.recordTests(tests);
        }
        if (!run.succeeded()) {
            throw settings.failure("the build failed (exit code " + run.exitCode() + "); the log shows which "
                    + "phase and command");
        }
        BuildOutputs.collectArtifacts(context, buildspec);
    }

    private static void usePrimarySource(ActionContext context, ActionSettings settings) throws ActionFailedException {
        var primary = settings.text(CodeBuildSettings.PRIMARY_SOURCE).map(String::strip);
        var inputs = context.action().inputArtifacts();
        if (primary.isEmpty() || inputs.isEmpty() || inputs.get(0).equals(primary.get())) {
            return;
        }
        Path folder = context.inputArtifacts().get(primary.get());
        if (folder == null) {
            throw settings.failure("setting 'PrimarySource' is '" + primary.get() + "', which is not one of the "
                    + "input artifacts " + String.join(", ", inputs));
        }
        try {
            FolderCleaner.deleteContents(context.workDir());
            FolderCopy.copy(folder, context.workDir());
        } catch (IOException e) {
            throw settings.failure("cannot lay out the primary source '" + primary.get() + "': " + e.getMessage(), e);
        }
    }

    private static Buildspec buildspec(ActionContext context, ActionSettings settings) throws ActionFailedException {
        String setting = settings.text(CodeBuildSettings.BUILDSPEC).orElse(CodeBuildSettings.DEFAULT_BUILDSPEC);
        try {
            if (setting.strip().contains("\n")) {
                return BuildspecParser.parse(setting, "the inline buildspec of action '" + context.action().name() + "'");
            }
            Path file = SafePaths.resolveInside(context.workDir(), setting.strip());
            if (!Files.isRegularFile(file)) {
                throw settings.failure("there is no " + setting.strip() + " in the working folder " + context.workDir()
                        + " (the primary input artifact); add it to the source, or set 'buildspec' to its path or "
                        + "to the buildspec itself");
            }
            return BuildspecParser.parse(InputFile.readText(file, "a buildspec file"), file.toString());
        } catch (BuildspecParser.BuildspecException | UnsafePathException | UnreadableInputException e) {
            throw settings.failure(e.getMessage());
        } catch (IOException e) {
            throw settings.failure("cannot read the buildspec: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> environment(ActionContext context, ActionSettings settings,
                                                   Buildspec buildspec, String project) throws ActionFailedException {
        var env = new LinkedHashMap<String, String>();
        env.put("CODEBUILD_SRC_DIR", context.workDir().toAbsolutePath().toString());
        context.inputArtifacts().forEach((name, folder) ->
                env.put("CODEBUILD_SRC_DIR_" + name, folder.toAbsolutePath().toString()));
        env.put("CODEBUILD_BUILD_ID", project + ":" + context.executionId());
        env.put("CODEBUILD_INITIATOR", "pipewright/" + context.stageName());
        env.put("CODEBUILD_LOCAL", "true");
        Map<String, String> machine = new LinkedHashMap<>(System.getenv());
        machine.putAll(context.environment());
        for (String name : buildspec.fromEnvironment()) {
            String value = machine.get(name);
            if (value == null) {
                throw settings.failure("the buildspec takes " + name + " from AWS Parameter Store or Secrets "
                        + "Manager; locally set the environment variable " + name + " before running");
            }
            env.put(name, value);
        }
        env.putAll(buildspec.variables());
        var json = settings.text(CodeBuildSettings.ENVIRONMENT_VARIABLES);
        if (json.isPresent()) {
            try {
                env.putAll(CodeBuildSettings.values(CodeBuildSettings.environment(json.get()), machine));
            } catch (IllegalArgumentException e) {
                throw settings.failure("setting 'EnvironmentVariables' " + e.getMessage());
            }
        }
        env.keySet().removeIf(k -> k.toUpperCase(Locale.ROOT).equals("PIPEWRIGHT_OUTPUT"));
        return env;
    }
}
