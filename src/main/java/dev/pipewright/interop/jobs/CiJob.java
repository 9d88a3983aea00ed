package dev.pipewright.interop.jobs;

import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.OutputArtifact;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One job of a GitHub workflow or GitLab CI file (one matrix variant), read into what Pipewright
 * can run: the shape both importers produce and {@link PipelineAssembly} turns into stages.
 *
 * @param key             unique among the jobs of the file: the job id, plus the matrix values
 * @param jobId           the job it comes from, as written in the file
 * @param name            the action name wanted (cleaned up later if not allowed)
 * @param where           for the report: "job build (line 12)"
 * @param stage           the GitLab stage index; empty to place the job by its needs
 * @param needs           keys of the jobs it needs
 * @param needsDeclared   the file says what the job needs (so waiting for more is worth a note)
 * @param usesRepository  the job works on the repository checkout
 * @param inputArtifacts  names of artifacts other jobs upload, as in the file
 * @param outputArtifacts artifacts it uploads, names as in the file
 * @param reports         JUnit report globs (a Test action when not empty)
 * @param namespace       the namespace its output variables go under, already a valid name
 * @param extensions      {@code x-} fields keeping what Pipewright cannot run, as JSON text
 */
public record CiJob(
        String key,
        String jobId,
        String name,
        String where,
        Optional<Integer> stage,
        List<String> needs,
        boolean needsDeclared,
        ActionCategory category,
        List<String> commands,
        Optional<String> shell,
        Optional<String> workingDirectory,
        Map<String, String> environment,
        Optional<BigDecimal> timeoutMinutes,
        Optional<Gate> approval,
        boolean usesRepository,
        List<String> inputArtifacts,
        List<OutputArtifact> outputArtifacts,
        List<String> reports,
        Optional<String> namespace,
        Map<String, String> extensions) {

    public CiJob {
        Objects.requireNonNull(key);
        Objects.requireNonNull(jobId);
        Objects.requireNonNull(name);
        Objects.requireNonNull(where);
        needs = List.copyOf(needs);
        commands = List.copyOf(commands);
        environment = Map.copyOf(environment);
        inputArtifacts = List.copyOf(inputArtifacts);
        outputArtifacts = List.copyOf(outputArtifacts);
        reports = List.copyOf(reports);
        extensions = Map.copyOf(extensions);
    }

    /** A person must approve before the job runs (GitHub environment, GitLab manual job). */
    public record Gate(String name, Optional<String> message, Optional<String> link) {
    }
}
