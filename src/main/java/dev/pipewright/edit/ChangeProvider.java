package dev.pipewright.edit;

import dev.pipewright.model.ActionRef;

import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.NameRule;
import dev.pipewright.model.OutputArtifact;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.ProviderCatalog;
import dev.pipewright.model.ProviderSpec;
import dev.pipewright.model.SettingSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Gives an action another provider (and with it, perhaps, another category) in one edit. It keeps
 * what still applies: its name, place, namespace, timeout, every setting the new provider has under
 * the same key with a value of the right type, and as many artifacts as the new provider takes. What
 * no longer applies is dropped and named in the notes, so that nothing disappears silently; the
 * new provider's required settings with a default are filled in, as for a new action.
 */
public final class ChangeProvider {

    private final ProviderCatalog catalog;

    public ChangeProvider(ProviderCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog);
    }

    public EditResult apply(Pipeline pipeline, ActionRef ref, ActionCategory category, String providerId) {
        ProviderSpec spec = catalog.find(category, providerId).orElseThrow(() -> new IllegalArgumentException(
                "There is no " + category + " provider '" + providerId + "'."));
        Located at = Located.find(pipeline, ref);
        Action old = at.action();
        if (old.category() == category && old.provider().equals(spec.id())) {
            return EditResult.of(pipeline);
        }
        var notes = new ArrayList<String>();
        var config = new TreeMap<String, ConfigValue>();
        var dropped = new ArrayList<String>();
        for (Map.Entry<String, ConfigValue> e : old.configuration().entrySet()) {
            Optional<SettingSpec> setting = spec.setting(e.getKey());
            // a provider that runs only on its service has open settings: it keeps any key
            boolean keeps = setting.map(s -> s.type().accepts(e.getValue())).orElse(!spec.runsLocally());
            if (keeps) {
                config.put(e.getKey(), e.getValue());
            } else {
                dropped.add(e.getKey());
            }
        }
        for (SettingSpec setting : spec.settings()) {
            if (setting.required() && !config.containsKey(setting.key())) {
                setting.defaultValue().ifPresent(v -> config.put(setting.key(), v));
            }
        }
        String what = "'" + ref.action() + "'";
        if (!dropped.isEmpty()) {
            notes.add(spec.displayName() + " has no use for the setting" + (dropped.size() == 1 ? " " : "s ")
                    + String.join(", ", dropped) + " of " + what + "; " + (dropped.size() == 1 ? "it was" : "they were")
                    + " dropped.");
        }
        List<String> inputs = old.inputArtifacts();
        if (inputs.size() > spec.inputArtifacts().max()) {
            var kept = inputs.subList(0, spec.inputArtifacts().max());
            notes.add(spec.displayName() + " takes at most " + spec.inputArtifacts().max() + " input artifact"
                    + (spec.inputArtifacts().max() == 1 ? "" : "s") + "; " + what + " no longer takes "
                    + String.join(", ", inputs.subList(kept.size(), inputs.size())) + ".");
            inputs = List.copyOf(kept);
        }
        List<OutputArtifact> outputs = new ArrayList<>(old.outputArtifacts());
        if (outputs.size() > spec.outputArtifacts().max()) {
            var gone = outputs.subList(spec.outputArtifacts().max(), outputs.size()).stream()
                    .map(OutputArtifact::name).toList();
            outputs = new ArrayList<>(outputs.subList(0, spec.outputArtifacts().max()));
            notes.add(spec.displayName() + " gives at most " + spec.outputArtifacts().max() + " output artifact"
                    + (spec.outputArtifacts().max() == 1 ? "" : "s") + "; " + what + " no longer makes "
                    + String.join(", ", gone) + ".");
        }
        var taken = new HashSet<>(Located.outputArtifactNames(pipeline));
        taken.addAll(Located.namespaces(pipeline));
        while (outputs.size() < spec.outputArtifacts().min()) {
            String name = Names.unique(ref.action() + "Output", taken, NameRule.ARTIFACT, "Output");
            taken.add(name);
            outputs.add(OutputArtifact.named(name));
        }
        Action changed = new Action(old.name(), category, spec.id(), old.runOrder(), config, inputs, outputs,
                old.namespace(), old.timeoutInMinutes(), old.extensions());
        Pipeline p = Edits.mapAction(pipeline, ref, a -> changed);
        // an artifact no longer made is no longer taken either: the same rule as deleting its maker
        var stillMade = new HashSet<>(Located.outputArtifactNames(p));
        var lostOutputs = old.outputArtifacts().stream().map(OutputArtifact::name).filter(n -> !stillMade.contains(n))
                .toList();
        if (!lostOutputs.isEmpty()) {
            p = Edits.mapActions(p, a -> a.inputArtifacts().stream().anyMatch(lostOutputs::contains)
                    ? a.withInputArtifacts(a.inputArtifacts().stream().filter(i -> !lostOutputs.contains(i)).toList())
                    : a);
        }
        return new EditResult(p, List.of(ref), notes);
    }
}
