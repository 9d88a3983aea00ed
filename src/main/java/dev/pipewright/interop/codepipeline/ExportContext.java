package dev.pipewright.interop.codepipeline;

import dev.pipewright.model.Action;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import dev.pipewright.model.VariableReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** One export under way: the pipeline, the report so far, and the extra files (buildspecs). */
record ExportContext(Pipeline pipeline, CodePipelineImporter.Notes notes, Map<String, String> files) {

    static ExportContext of(Pipeline pipeline) {
        return new ExportContext(pipeline, new CodePipelineImporter.Notes(), new LinkedHashMap<>());
    }

    /** The output variable names later actions read from {@code namespace}, sorted. */
    List<String> referencedVariables(String namespace) {
        var names = new TreeSet<String>();
        for (Stage stage : pipeline.stages()) {
            for (Action action : stage.actions()) {
                action.configuration().values().forEach(v -> VariableReference.findAll(v).stream()
                        .filter(r -> r.namespace().equals(namespace)).forEach(r -> names.add(r.name())));
            }
        }
        return new ArrayList<>(names);
    }

    /** A CodeBuild project name for an action: letters, digits, - and _, starting with a letter or digit. */
    String projectName(String stage, Action action) {
        String name = (pipeline.name() + "-" + stage + "-" + action.name()).replaceAll("[^A-Za-z0-9_-]", "-");
        name = name.replaceAll("^[^A-Za-z0-9]+", "");
        return name.length() > 255 ? name.substring(0, 255) : name;
    }
}
