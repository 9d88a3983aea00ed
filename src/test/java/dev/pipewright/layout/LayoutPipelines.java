package dev.pipewright.layout;

import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.OutputArtifact;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import java.util.ArrayList;
import java.util.List;

/** Pipelines to lay out and draw in tests. */
public final class LayoutPipelines {
    private LayoutPipelines() {
    }

    public static Action action(String name, ActionCategory category, String provider, int runOrder) {
        return Action.of(name, category, provider).withRunOrder(runOrder);
    }

    /**
     * Source(Checkout → Code) | Build(Compile[1] ← Code → Program; Lint[1]; Package[2] ← Program)
     * | Deploy(Ship ← Program, Code).
     */
    public static Pipeline small() {
        var checkout = action("Checkout", ActionCategory.SOURCE, "LocalFolder", 1)
                .withOutputArtifacts(List.of(OutputArtifact.named("Code")));
        var compile = action("Compile", ActionCategory.BUILD, "Shell", 1)
                .withInputArtifacts(List.of("Code")).withOutputArtifacts(List.of(OutputArtifact.named("Program")));
        var lint = action("Lint", ActionCategory.TEST, "Shell", 1);
        var pack = action("Package", ActionCategory.BUILD, "Shell", 2).withInputArtifacts(List.of("Program"));
        var ship = action("Ship", ActionCategory.DEPLOY, "Folder", 1).withInputArtifacts(List.of("Program", "Code"));
        return Pipeline.of("small", Stage.of("Source", checkout), Stage.of("Build", compile, lint, pack),
                Stage.of("Deploy", ship));
    }

    /** {@code stages} stages of {@code groups} groups of {@code perGroup} actions, each taking the previous stage's output. */
    public static Pipeline big(int stages, int groups, int perGroup) {
        var list = new ArrayList<Stage>();
        for (int s = 0; s < stages; s++) {
            var actions = new ArrayList<Action>();
            for (int g = 1; g <= groups; g++) {
                for (int k = 0; k < perGroup; k++) {
                    var a = action("A" + s + "_" + g + "_" + k, ActionCategory.BUILD, "Shell", g);
                    if (g == 1 && k == 0) {
                        a = a.withOutputArtifacts(List.of(OutputArtifact.named("Out" + s)));
                        if (s > 0) {
                            a = a.withInputArtifacts(List.of("Out" + (s - 1)));
                        }
                    }
                    actions.add(a);
                }
            }
            list.add(new Stage("S" + s, actions, java.util.Map.of()));
        }
        return Pipeline.of("big", list.toArray(Stage[]::new));
    }
}
