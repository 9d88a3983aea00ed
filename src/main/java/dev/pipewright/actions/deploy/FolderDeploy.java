package dev.pipewright.actions.deploy;

import dev.pipewright.model.BuiltInProviders;
import dev.pipewright.actions.ActionContext;
import dev.pipewright.actions.ActionFailedException;
import dev.pipewright.actions.ActionSettings;
import dev.pipewright.actions.Provider;
import dev.pipewright.actions.files.CopyReport;
import dev.pipewright.actions.files.FolderCleaner;
import dev.pipewright.actions.files.FolderCopy;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.ProviderSpec;
import dev.pipewright.model.SettingRole;
import dev.pipewright.model.SettingSpec;
import dev.pipewright.model.SettingType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Deploy / Folder: copies an artifact into a folder. */
public final class FolderDeploy implements Provider {

    static final String TARGET = BuiltInProviders.Folder.TARGET;
    static final String CLEAN = BuiltInProviders.Folder.CLEAN;

    static final ProviderSpec SPEC = new ProviderSpec(
            ActionCategory.DEPLOY, BuiltInProviders.Folder.ID, "Copy to folder",
            "Copies its input artifact into a folder on this machine.",
            "Copies the files of its one input artifact into the target folder (created if missing), keeping "
                    + "their relative paths and replacing files of the same name. With 'clean' on, everything "
                    + "already in the target is deleted first, so the folder ends up holding exactly the "
                    + "artifact; to guard against a typo, clean refuses a drive or filesystem root, your home "
                    + "folder, and the pipeline's own folder or any folder above it. Symbolic links already in "
                    + "the target are never written through. Outputs TargetPath and FileCount.",
            List.of(
                    SettingSpec.required(TARGET, "Target folder", SettingType.TEXT,
                            "The folder to copy into, relative to the pipeline file's folder or absolute.")
                            .withRole(SettingRole.WRITTEN_PATH),
                    SettingSpec.optional(CLEAN, "Empty it first", SettingType.BOOLEAN,
                                    "Delete everything in the target folder before copying.")
                            .withDefault(new ConfigValue.Flag(false))),
            new ProviderSpec.Count(1, 1), ProviderSpec.Count.NONE,
            List.of("TargetPath", "FileCount"), false);

    @Override
    public ProviderSpec spec() {
        return SPEC;
    }

    @Override
    public void execute(ActionContext context) throws ActionFailedException {
        ActionSettings settings = ActionSettings.of(context, SPEC);
        Path input = DeployTarget.input(context, settings);
        Path target = DeployTarget.resolve(context, settings, TARGET);
        try {
            if (settings.flag(CLEAN) && Files.exists(target)) {
                refuseDangerousClean(context, settings, target);
                context.log("Emptying " + target);
                FolderCleaner.deleteContents(target);
            }
            CopyReport report = FolderCopy.copy(input, target);
            report.skipped().forEach(s -> context.log("Left out " + s));
            context.log("Copied " + report.entries() + " file(s) to " + target);
            context.setOutputVariable("TargetPath", target.toString());
            context.setOutputVariable("FileCount", Integer.toString(report.entries()));
        } catch (IOException e) {
            throw settings.failure("copying to " + target + " failed: " + e.getMessage(), e);
        }
    }

    private static void refuseDangerousClean(ActionContext context, ActionSettings settings, Path target)
            throws ActionFailedException, IOException {
        Path real = target.toRealPath();
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        Path pipelineDir = context.pipelineDir().toRealPath();
        if (real.getParent() == null || real.equals(home) || pipelineDir.startsWith(real)) {
            throw settings.failure("setting 'clean': refusing to empty " + real
                    + " (a root, your home folder, or a folder holding the pipeline); choose a dedicated "
                    + "target folder");
        }
        if (!Files.isDirectory(real)) {
            throw settings.failure("setting 'target': " + target + " is a file, not a folder");
        }
    }
}
