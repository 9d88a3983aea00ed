package dev.pipewright.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a pipeline against CodePipeline's structural rules and the providers' descriptions. A
 * pure function: the editor calls it on every change, the runner refuses to start on errors, the
 * CLI prints the problems with file, line and column.
 */
public final class PipelineValidator {

    private PipelineValidator() {
    }

    /** Every problem of {@code pipeline}: errors stop a run, warnings do not. Never throws. */
    public static List<Problem> validate(Pipeline pipeline, ProviderCatalog catalog) {
        var problems = new ArrayList<Problem>();
        var index = new ActionIndex(pipeline);
        StructureRules.check(pipeline, problems);
        VariableRules.check(pipeline, problems);
        ArtifactRules.check(index, problems);
        ProviderRules.check(index, catalog, problems);
        ReferenceRules.check(pipeline, index, catalog, problems);
        TextRules.check(pipeline, index, problems);
        TriggerRules.check(pipeline, problems);
        return List.copyOf(problems);
    }

    /**
     * As {@link #validate(Pipeline, ProviderCatalog)}, plus what needs to know where the file is:
     * the paths the pipeline writes outside {@code pipelineFolder} (warnings).
     */
    public static List<Problem> validate(Pipeline pipeline, ProviderCatalog catalog, java.nio.file.Path pipelineFolder) {
        var problems = new ArrayList<>(validate(pipeline, catalog));
        problems.addAll(OutsideWrites.check(pipeline, catalog, pipelineFolder));
        return List.copyOf(problems);
    }

    /** Whether {@code problems} holds anything that stops a run. */
    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError);
    }
}
