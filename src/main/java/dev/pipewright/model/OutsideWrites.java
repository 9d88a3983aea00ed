package dev.pipewright.model;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Paths an action writes (the settings the catalog marks {@link SettingRole#WRITTEN_PATH}, such as
 * a deploy target) that resolve outside the pipeline file's folder. A local deploy to
 * {@code /var/www} is legitimate, so they are warnings that show the resolved absolute path: a
 * {@code ../../} that climbs further than meant is then seen before anything is written.
 */
public final class OutsideWrites {

    /** One path written outside the folder: by which action, through which setting, where exactly. */
    public record OutsideWrite(String stage, String action, String setting, String written, Path resolved,
                               Location location) {
    }

    private OutsideWrites() {
    }

    /** Every written path of the pipeline that resolves outside {@code pipelineFolder}. */
    public static List<OutsideWrite> find(Pipeline pipeline, ProviderCatalog catalog, Path pipelineFolder) {
        Path folder = pipelineFolder.toAbsolutePath().normalize();
        List<OutsideWrite> found = new ArrayList<>();
        for (ActionAt at : new ActionIndex(pipeline).all()) {
            Optional<ProviderSpec> spec = catalog.find(at.action().category(), at.action().provider());
            if (spec.isEmpty()) {
                continue;
            }
            for (SettingSpec setting : spec.get().settings()) {
                if (setting.role() != SettingRole.WRITTEN_PATH) {
                    continue;
                }
                Optional<ConfigValue> value = at.action().setting(setting.key()).or(setting::defaultValue);
                String text = value.map(ConfigValue::asText).orElse("").trim();
                String known = knownPart(text);
                if (known.isEmpty()) {
                    continue; // known only at run time
                }
                resolve(folder, known).filter(p -> !p.startsWith(folder)).ifPresent(p -> found.add(new OutsideWrite(
                        at.stage().name(), at.action().name(), setting.key(), text, p,
                        at.location().field("configuration").field(setting.key()))));
            }
        }
        return found;
    }

    /** The warnings for {@link #find}'s paths. */
    public static List<Problem> check(Pipeline pipeline, ProviderCatalog catalog, Path pipelineFolder) {
        return find(pipeline, catalog, pipelineFolder).stream().map(w -> Problem.warning(w.location(),
                "Action '" + w.action() + "' in stage '" + w.stage() + "' writes outside the pipeline's folder, to "
                        + w.resolved() + " (setting '" + w.setting() + "': '" + w.written() + "').",
                "fine if you mean it (a deploy to a web server's folder, say); otherwise give a path inside the "
                        + "pipeline's folder")).toList();
    }

    /** The folders before the first variable reference: {@code /var/www/#{variables.Site}} is under /var/www. */
    private static String knownPart(String text) {
        int variable = text.indexOf("#{");
        if (variable < 0) {
            return text;
        }
        int slash = Math.max(text.lastIndexOf('/', variable), text.lastIndexOf('\\', variable));
        return slash < 0 ? "" : text.substring(0, slash + 1);
    }

    private static Optional<Path> resolve(Path folder, String text) {
        try {
            return Optional.of(folder.resolve(text).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            return Optional.empty(); // said by the provider when it runs
        }
    }
}
