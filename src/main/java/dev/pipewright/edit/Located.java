package dev.pipewright.edit;

import dev.pipewright.model.ActionRef;

import dev.pipewright.model.Action;
import dev.pipewright.model.OutputArtifact;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import java.util.ArrayList;
import java.util.List;

/** An action with its position, found from an {@link ActionRef}. */
record Located(int stageIndex, Stage stage, Action action) {

    ActionRef ref() {
        return new ActionRef(stage.name(), action.name());
    }

    /** Whether this finishes before {@code other} starts: earlier stage, or lower runOrder in the same. */
    boolean runsBefore(Located other) {
        return stageIndex < other.stageIndex
                || stageIndex == other.stageIndex && action.runOrder() < other.action.runOrder();
    }

    /** {@code 'Compile' in stage 'Build'}. */
    String describe() {
        return "'" + action.name() + "' in stage '" + stage.name() + "'";
    }

    static Located find(Pipeline pipeline, ActionRef ref) {
        int s = pipeline.stageIndex(ref.stage());
        if (s < 0) {
            throw new IllegalArgumentException("There is no stage '" + ref.stage() + "'.");
        }
        Stage stage = pipeline.stages().get(s);
        Action action = stage.action(ref.action()).orElseThrow(() -> new IllegalArgumentException(
                "Stage '" + ref.stage() + "' has no action '" + ref.action() + "'."));
        return new Located(s, stage, action);
    }

    static List<Located> all(Pipeline pipeline) {
        var all = new ArrayList<Located>();
        for (int s = 0; s < pipeline.stages().size(); s++) {
            Stage stage = pipeline.stages().get(s);
            for (Action a : stage.actions()) {
                all.add(new Located(s, stage, a));
            }
        }
        return all;
    }

    static List<Located> producersOf(Pipeline pipeline, String artifact) {
        return all(pipeline).stream()
                .filter(l -> l.action().outputArtifacts().stream().map(OutputArtifact::name).anyMatch(artifact::equals))
                .toList();
    }

    static List<String> outputArtifactNames(Pipeline pipeline) {
        return all(pipeline).stream().flatMap(l -> l.action().outputArtifacts().stream())
                .map(OutputArtifact::name).toList();
    }

    static List<String> namespaces(Pipeline pipeline) {
        return all(pipeline).stream().flatMap(l -> l.action().namespace().stream()).toList();
    }

    static List<String> actionNames(Pipeline pipeline) {
        return all(pipeline).stream().map(l -> l.action().name()).toList();
    }
}
