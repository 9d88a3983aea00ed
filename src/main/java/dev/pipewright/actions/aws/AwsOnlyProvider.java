package dev.pipewright.actions.aws;

import dev.pipewright.actions.ActionContext;
import dev.pipewright.actions.ActionFailedException;
import dev.pipewright.actions.Provider;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ProviderSpec;
import java.util.List;

/**
 * A CodePipeline provider with no local equivalent (CodeDeploy, ECS, Lambda...). It is drawn,
 * validated and exported unchanged; its settings are open because they are AWS's to check. The
 * engine never executes it: a run skips or simulates it, as the person running chose.
 */
public final class AwsOnlyProvider implements Provider {

    private final ProviderSpec spec;

    AwsOnlyProvider(ActionCategory category, String id, String displayName, int maxInputs, int maxOutputs) {
        int minOutputs = category == ActionCategory.SOURCE ? 1 : 0;
        this.spec = new ProviderSpec(category, id, displayName + " (AWS)",
                "Runs only on AWS.",
                "The AWS CodePipeline provider " + id + " (" + displayName + "). Pipewright keeps its settings as "
                        + "they are and exports them back to CodePipeline, but cannot run it on this machine: a "
                        + "local run skips it, or simulates success with empty output artifacts and no output "
                        + "variables, as you choose when you start the run.",
                List.of(),
                new ProviderSpec.Count(0, maxInputs), new ProviderSpec.Count(minOutputs, maxOutputs),
                List.of(), true, false);
    }

    private AwsOnlyProvider(ProviderSpec spec) {
        this.spec = spec;
    }

    /** The provider for a described one that never runs here (an action type owned elsewhere). */
    public static Provider standIn(ProviderSpec spec) {
        return new AwsOnlyProvider(spec);
    }

    @Override
    public ProviderSpec spec() {
        return spec;
    }

    @Override
    public void execute(ActionContext context) throws ActionFailedException {
        throw new ActionFailedException(spec.id() + " runs only on AWS; the engine skips or simulates it");
    }
}
