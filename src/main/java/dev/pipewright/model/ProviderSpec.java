package dev.pipewright.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a provider is, described once: which category it belongs to, its id, its settings, how many
 * artifacts it takes and gives, the variables it outputs, and a plain-words explanation.
 *
 * @param summary         one line for the palette
 * @param explanation     one paragraph for the inspector and the docs
 * @param outputVariables the variables it always outputs (more may come at run time, e.g. from a
 *                        script); references to other names of a namespace are only warnings when
 *                        {@code openOutputVariables} is set
 * @param runsLocally     false for providers that only run on their CI service (CodeDeploy, ECS,
 *                        Lambda...): drawn, validated and exported, but skipped or simulated in a
 *                        local run. Their settings are open: any key is kept without a warning.
 */
public record ProviderSpec(
        ActionCategory category,
        String id,
        String displayName,
        String summary,
        String explanation,
        List<SettingSpec> settings,
        Count inputArtifacts,
        Count outputArtifacts,
        List<String> outputVariables,
        boolean openOutputVariables,
        boolean runsLocally) {

    public ProviderSpec {
        Objects.requireNonNull(category);
        Objects.requireNonNull(id);
        Objects.requireNonNull(displayName);
        Objects.requireNonNull(summary);
        Objects.requireNonNull(explanation);
        settings = List.copyOf(settings);
        Objects.requireNonNull(inputArtifacts);
        Objects.requireNonNull(outputArtifacts);
        outputVariables = List.copyOf(outputVariables);
    }

    /** A provider that runs on this machine. */
    public ProviderSpec(ActionCategory category, String id, String displayName, String summary, String explanation,
                        List<SettingSpec> settings, Count inputArtifacts, Count outputArtifacts,
                        List<String> outputVariables, boolean openOutputVariables) {
        this(category, id, displayName, summary, explanation, settings, inputArtifacts, outputArtifacts,
                outputVariables, openOutputVariables, true);
    }

    /**
     * A provider Pipewright does not know, of an action type owned by someone other than AWS (a
     * Jenkins builder, a third-party test service): its settings are open, its artifact counts are
     * CodePipeline's for custom actions, and it runs only where its owner runs it.
     */
    public static ProviderSpec ownedElsewhere(ActionCategory category, String id, String owner) {
        Count outputs = category == ActionCategory.SOURCE ? new Count(1, 1) : new Count(0, 5);
        return new ProviderSpec(category, id, id + " (" + owner + ")", "Runs only where its owner runs it.",
                "An action type of " + owner + " owner (" + id + ") that Pipewright does not know. Its settings are "
                        + "kept as they are and exported back unchanged, but it cannot run on this machine: a local "
                        + "run skips it, or simulates success with empty output artifacts, as you choose.",
                List.of(), new Count(0, 5), outputs, List.of(), true, false);
    }

    public Optional<SettingSpec> setting(String key) {
        return settings.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** An allowed number of artifacts, from {@code min} to {@code max} inclusive. */
    public record Count(int min, int max) {
        public static final Count NONE = new Count(0, 0);

        public boolean allows(int n) {
            return n >= min && n <= max;
        }

        @Override
        public String toString() {
            if (min == max) {
                return Integer.toString(min);
            }
            return min + " to " + max;
        }
    }
}
