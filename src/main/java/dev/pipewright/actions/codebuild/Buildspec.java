package dev.pipewright.actions.codebuild;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A CodeBuild buildspec, the parts that run on a workstation: shell, variables, the four phases,
 * artifacts and reports (docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html).
 *
 * @param shell             {@code bash} or {@code sh}; empty means sh, as CodeBuild's Linux images
 * @param fromEnvironment   parameter-store and secrets-manager variables: taken from this machine's
 *                          environment under the same name, since there is no AWS account here
 * @param exportedVariables names whose values at the end of the build become output variables
 * @param ignored           parts present in the file that a local run leaves out, for the log
 */
public record Buildspec(
        Optional<String> shell,
        Map<String, String> variables,
        List<String> fromEnvironment,
        List<String> exportedVariables,
        List<Phase> phases,
        Optional<Artifacts> artifacts,
        Map<String, Artifacts> secondaryArtifacts,
        Map<String, Report> reports,
        List<String> ignored) {

    public Buildspec {
        Objects.requireNonNull(shell);
        variables = Map.copyOf(variables);
        fromEnvironment = List.copyOf(fromEnvironment);
        exportedVariables = List.copyOf(exportedVariables);
        phases = List.copyOf(phases);
        Objects.requireNonNull(artifacts);
        secondaryArtifacts = Map.copyOf(secondaryArtifacts);
        reports = Map.copyOf(reports);
        ignored = List.copyOf(ignored);
    }

    /** The phases in the order CodeBuild runs them. */
    public static final List<String> PHASE_NAMES = List.of("install", "pre_build", "build", "post_build");

    /**
     * One phase.
     *
     * @param continueOnFailure {@code on-failure: CONTINUE}: a failure marks the build failed but the
     *                          next phases still run
     * @param finallyCommands   run after the commands whether they failed or not
     */
    public record Phase(String name, List<String> commands, List<String> finallyCommands, boolean continueOnFailure) {
        public Phase {
            Objects.requireNonNull(name);
            commands = List.copyOf(commands);
            finallyCommands = List.copyOf(finallyCommands);
        }
    }

    /** Which files go into an output artifact. */
    public record Artifacts(List<String> files, Optional<String> baseDirectory, boolean discardPaths,
                            List<String> excludePaths) {
        public Artifacts {
            files = List.copyOf(files);
            Objects.requireNonNull(baseDirectory);
            excludePaths = List.copyOf(excludePaths);
        }
    }

    /** A report group: JUnit XML files (other formats are left out locally). */
    public record Report(List<String> files, Optional<String> baseDirectory, String fileFormat) {
        public Report {
            files = List.copyOf(files);
            Objects.requireNonNull(baseDirectory);
            Objects.requireNonNull(fileFormat);
        }
    }
}
