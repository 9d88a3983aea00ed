package dev.pipewright.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a pipeline will do to this machine when it runs, read from the provider catalog's
 * {@link SettingRole}s: the commands of each action, the paths it writes outside the pipeline's
 * folder, the addresses it calls and the repositories it clones. Shown before the first run of a
 * file nobody has run here yet, so that opening someone's pipeline and pressing Run is not the
 * same as running whatever it holds. Passwords in addresses are shown masked. Another pipeline
 * file an action runs is named, resolved, not opened: its own actions are not listed here.
 */
public record RunPreview(List<ActionPreview> actions) {

    public RunPreview {
        actions = List.copyOf(actions);
    }

    /** One action: which one, and what it does outside its own working folder. */
    public record ActionPreview(String stage, String action, String provider, List<String> commands,
                                List<Path> writesOutside, List<String> calls, List<String> clones,
                                List<Path> runsPipelines) {
        public ActionPreview {
            commands = List.copyOf(commands);
            writesOutside = List.copyOf(writesOutside);
            calls = List.copyOf(calls);
            clones = List.copyOf(clones);
            runsPipelines = List.copyOf(runsPipelines);
        }

        public boolean doesAnything() {
            return !commands.isEmpty() || !writesOutside.isEmpty() || !calls.isEmpty() || !clones.isEmpty()
                    || !runsPipelines.isEmpty();
        }
    }

    public static RunPreview of(Pipeline pipeline, ProviderCatalog catalog, Path pipelineFolder) {
        List<OutsideWrites.OutsideWrite> outside = OutsideWrites.find(pipeline, catalog, pipelineFolder);
        List<ActionPreview> actions = new ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            for (Action action : stage.actions()) {
                Optional<ProviderSpec> spec = catalog.find(action.category(), action.provider());
                List<String> commands = new ArrayList<>();
                List<String> calls = new ArrayList<>();
                List<String> clones = new ArrayList<>();
                List<Path> pipelines = new ArrayList<>();
                for (SettingSpec setting : spec.map(ProviderSpec::settings).orElse(List.of())) {
                    Optional<String> value = action.setting(setting.key()).or(setting::defaultValue)
                            .map(ConfigValue::asText).map(String::strip).filter(v -> !v.isEmpty());
                    if (value.isEmpty()) {
                        continue;
                    }
                    switch (setting.role()) {
                        case COMMANDS -> commands.add(value.get());
                        case CALLED_URL -> calls.add(masked(value.get()));
                        case CLONED_REPOSITORY -> clones.add(masked(value.get()));
                        case RUN_PIPELINE -> resolved(pipelineFolder, value.get()).ifPresent(pipelines::add);
                        default -> {
                        }
                    }
                }
                List<Path> writes = outside.stream()
                        .filter(w -> w.stage().equals(stage.name()) && w.action().equals(action.name()))
                        .map(OutsideWrites.OutsideWrite::resolved).toList();
                actions.add(new ActionPreview(stage.name(), action.name(),
                        action.category().displayName() + " / " + action.provider(), commands, writes, calls, clones,
                        pipelines));
            }
        }
        return new RunPreview(actions);
    }

    private static Optional<Path> resolved(Path folder, String file) {
        try {
            return Optional.of(folder.toAbsolutePath().resolve(file).normalize());
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty(); // said by the provider when it runs
        }
    }

    private static String masked(String address) {
        String shown = address;
        for (String password : UrlCredentials.passwordsIn(address)) {
            shown = shown.replace(":" + password + "@", ":****@");
        }
        return shown;
    }
}
