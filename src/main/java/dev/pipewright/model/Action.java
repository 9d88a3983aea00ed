package dev.pipewright.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One step of a stage. Actions of a stage with the same {@code runOrder} run in parallel; groups
 * run in ascending runOrder.
 *
 * @param timeoutInMinutes how long the action may run; fractions are allowed locally (0.5 = 30 s)
 * @param extensions       fields starting with {@code x-}, kept as raw JSON text and written back
 * @param owner            CodePipeline's owner of the action type when it is not AWS's or Pipewright's
 *                         ({@code Custom}, {@code ThirdParty}): such a provider need not be one
 *                         Pipewright knows; it is kept, drawn, exported unchanged and run only where
 *                         its owner runs it
 */
public record Action(
        String name,
        ActionCategory category,
        String provider,
        int runOrder,
        Map<String, ConfigValue> configuration,
        List<String> inputArtifacts,
        List<OutputArtifact> outputArtifacts,
        Optional<String> namespace,
        Optional<BigDecimal> timeoutInMinutes,
        Map<String, String> extensions,
        Optional<String> owner) {

    /** CodePipeline's owners of action types other than AWS. */
    public static final List<String> OTHER_OWNERS = List.of("ThirdParty", "Custom");

    public static final int MIN_RUN_ORDER = 1;
    public static final int MAX_RUN_ORDER = 999;

    public Action {
        Objects.requireNonNull(name);
        Objects.requireNonNull(category);
        Objects.requireNonNull(provider);
        configuration = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(configuration));
        inputArtifacts = List.copyOf(inputArtifacts);
        outputArtifacts = List.copyOf(outputArtifacts);
        Objects.requireNonNull(namespace);
        Objects.requireNonNull(timeoutInMinutes);
        extensions = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(extensions));
        Objects.requireNonNull(owner);
    }

    /** An action of Pipewright's own providers or AWS's. */
    public Action(String name, ActionCategory category, String provider, int runOrder,
                  Map<String, ConfigValue> configuration, List<String> inputArtifacts,
                  List<OutputArtifact> outputArtifacts, Optional<String> namespace,
                  Optional<BigDecimal> timeoutInMinutes, Map<String, String> extensions) {
        this(name, category, provider, runOrder, configuration, inputArtifacts, outputArtifacts, namespace,
                timeoutInMinutes, extensions, Optional.empty());
    }

    /** Whether its action type belongs to someone other than AWS (a Jenkins builder, a test service). */
    public boolean ownedElsewhere() {
        return owner.filter(OTHER_OWNERS::contains).isPresent();
    }

    public Action withOwner(Optional<String> newOwner) {
        return new Action(name, category, provider, runOrder, configuration, inputArtifacts,
                outputArtifacts, namespace, timeoutInMinutes, extensions, newOwner);
    }

    /** A new action with defaults: runOrder 1, no configuration, no artifacts. */
    public static Action of(String name, ActionCategory category, String provider) {
        return new Action(name, category, provider, 1, Map.of(), List.of(), List.of(),
                Optional.empty(), Optional.empty(), Map.of());
    }

    public Optional<ConfigValue> setting(String key) {
        return Optional.ofNullable(configuration.get(key));
    }

    public Action withName(String newName) {
        return new Action(newName, category, provider, runOrder, configuration, inputArtifacts,
                outputArtifacts, namespace, timeoutInMinutes, extensions, owner);
    }

    public Action withRunOrder(int newRunOrder) {
        return new Action(name, category, provider, newRunOrder, configuration, inputArtifacts,
                outputArtifacts, namespace, timeoutInMinutes, extensions, owner);
    }

    public Action withConfiguration(Map<String, ConfigValue> newConfiguration) {
        return new Action(name, category, provider, runOrder, newConfiguration, inputArtifacts,
                outputArtifacts, namespace, timeoutInMinutes, extensions, owner);
    }

    public Action withSetting(String key, ConfigValue value) {
        var copy = new TreeMap<>(configuration);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return withConfiguration(copy);
    }

    public Action withInputArtifacts(List<String> newInputs) {
        return new Action(name, category, provider, runOrder, configuration, newInputs,
                outputArtifacts, namespace, timeoutInMinutes, extensions, owner);
    }

    public Action withOutputArtifacts(List<OutputArtifact> newOutputs) {
        return new Action(name, category, provider, runOrder, configuration, inputArtifacts,
                newOutputs, namespace, timeoutInMinutes, extensions, owner);
    }

    public Action withNamespace(Optional<String> newNamespace) {
        return new Action(name, category, provider, runOrder, configuration, inputArtifacts,
                outputArtifacts, newNamespace, timeoutInMinutes, extensions, owner);
    }

    public Action withTimeoutInMinutes(Optional<BigDecimal> newTimeout) {
        return new Action(name, category, provider, runOrder, configuration, inputArtifacts,
                outputArtifacts, namespace, newTimeout, extensions, owner);
    }
}
