package dev.pipewright.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each action against its provider's description: the provider exists, required settings are
 * there, present values have the right shape, unknown keys are probably typos, artifact counts fit.
 */
final class ProviderRules {

    private ProviderRules() {
    }

    static void check(ActionIndex index, ProviderCatalog catalog, List<Problem> problems) {
        for (ActionAt at : index.all()) {
            Action action = at.action();
            Optional<ProviderSpec> spec = catalog.find(action);
            if (spec.isEmpty()) {
                problems.add(unknownProvider(at, catalog));
                continue;
            }
            if (spec.get().runsLocally()) {
                checkSettings(at, spec.get(), problems);
            } else {
                problems.add(Problem.warning(at.location().field("actionTypeId").field("provider"),
                        "Provider " + spec.get().id() + " (" + at.describe() + ") cannot run on this machine: "
                                + spec.get().summary() + " A local run skips it or simulates it.",
                        "choose Simulate when starting the run (the window asks; pipewright run --non-local simulate) to pretend it succeeded, or replace it with a local provider"));
            }
            checkCount(at, "inputArtifacts", "input", action.inputArtifacts().size(),
                    spec.get().inputArtifacts(), spec.get(), problems);
            checkCount(at, "outputArtifacts", "output", action.outputArtifacts().size(),
                    spec.get().outputArtifacts(), spec.get(), problems);
        }
    }

    private static Problem unknownProvider(ActionAt at, ProviderCatalog catalog) {
        Action action = at.action();
        Location where = at.location().field("actionTypeId").field("provider");
        List<String> ids = catalog.inCategory(action.category()).stream().map(ProviderSpec::id).toList();
        String message = "There is no " + action.category() + " provider '" + action.provider() + "' (used by "
                + at.describe() + "); " + (ids.isEmpty() ? "this build has no " + action.category() + " providers."
                : action.category() + " providers are " + String.join(", ", ids) + ".");
        Optional<String> close = ClosestName.among(action.provider(), ids);
        return close.map(c -> Problem.error(where, message, "did you mean '" + c + "'?").withReplacement(c))
                .orElseGet(() -> ids.isEmpty() ? Problem.error(where, message, "choose another category")
                        : Problem.error(where, message, "use one of " + String.join(", ", ids)));
    }

    private static void checkSettings(ActionAt at, ProviderSpec spec, List<Problem> problems) {
        Location configuration = at.location().field("configuration");
        Map<String, ConfigValue> present = at.action().configuration();
        for (SettingSpec setting : spec.settings()) {
            if (setting.required() && setting.defaultValue().isEmpty() && !present.containsKey(setting.key())) {
                problems.add(Problem.error(configuration, at.describe().substring(0, 1).toUpperCase()
                        + at.describe().substring(1) + " needs the setting '" + setting.key() + "' ("
                        + setting.label() + ").", "add \"" + setting.key() + "\" with " + setting.type().expectation()
                        + ": " + setting.description()));
            }
        }
        List<String> known = spec.settings().stream().map(SettingSpec::key).toList();
        for (Map.Entry<String, ConfigValue> entry : present.entrySet()) {
            Location where = configuration.field(entry.getKey());
            Optional<SettingSpec> setting = spec.setting(entry.getKey());
            if (setting.isEmpty()) {
                String fix = ClosestName.among(entry.getKey(), known).map(k -> "did you mean '" + k + "'?")
                        .orElse(known.isEmpty() ? "remove it" : "its settings are " + String.join(", ", known));
                problems.add(Problem.warning(where, "Provider " + spec.id() + " has no setting '" + entry.getKey()
                        + "' (in " + at.describe() + "); it will be ignored.", fix));
            } else {
                checkValue(at, setting.get(), entry.getValue(), where).ifPresent(problems::add);
            }
        }
    }

    private static Optional<Problem> checkValue(ActionAt at, SettingSpec setting, ConfigValue value, Location where) {
        String what = "Setting '" + setting.key() + "' of " + at.describe();
        if (!setting.type().accepts(value)) {
            return Optional.of(Problem.error(where, what + " must be " + setting.type().expectation() + ", found "
                    + value.kindName() + ".", "write it as " + setting.type().expectation()));
        }
        if (setting.type() == SettingType.CHOICE && !setting.choices().isEmpty()
                && !setting.choices().contains(value.asText()) && !value.asText().contains("#{")) {
            Optional<String> close = ClosestName.among(value.asText(), setting.choices());
            String fix = close.map(c -> "did you mean '" + c + "'?")
                    .orElse("use one of " + String.join(", ", setting.choices()));
            Problem problem = Problem.error(where, what + " is '" + value.asText() + "'; it must be one of "
                    + String.join(", ", setting.choices()) + ".", fix);
            return Optional.of(close.map(problem::withReplacement).orElse(problem));
        }
        return setting.check().apply(value).map(message -> Problem.error(where, what + ": " + message));
    }

    private static void checkCount(ActionAt at, String field, String words, int actual, ProviderSpec.Count allowed,
                                   ProviderSpec spec, List<Problem> problems) {
        if (allowed.allows(actual)) {
            return;
        }
        String fix = actual > allowed.max() ? "remove " + (actual - allowed.max()) + " of them"
                : "add " + (allowed.min() - actual) + " " + words + " artifact" + (allowed.min() - actual > 1 ? "s" : "");
        problems.add(Problem.error(at.location().field(field), "Provider " + spec.id() + " takes " + allowed + " "
                + words + " artifact" + (allowed.max() == 1 ? "" : "s") + ", but " + at.describe() + " has "
                + actual + ".", fix));
    }
}
