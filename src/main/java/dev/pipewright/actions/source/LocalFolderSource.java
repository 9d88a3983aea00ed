package dev.pipewright.actions.source;

import dev.pipewright.model.BuiltInProviders;
import dev.pipewright.actions.ActionContext;
import dev.pipewright.actions.ActionFailedException;
import dev.pipewright.actions.ActionSettings;
import dev.pipewright.actions.Provider;
import dev.pipewright.actions.SettingChecks;
import dev.pipewright.actions.files.CopyReport;
import dev.pipewright.actions.files.FolderCopy;
import dev.pipewright.actions.files.FolderDigest;
import dev.pipewright.actions.files.Globs;
import dev.pipewright.actions.files.SafePaths;
import dev.pipewright.actions.files.UnsafePathException;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.ProviderSpec;
import dev.pipewright.model.SettingSpec;
import dev.pipewright.model.SettingType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Source / LocalFolder: a snapshot of a folder next to the pipeline file. */
public final class LocalFolderSource implements Provider {

    static final String PATH = BuiltInProviders.LocalFolder.PATH;
    static final String EXCLUDES = BuiltInProviders.LocalFolder.EXCLUDES;

    static final ProviderSpec SPEC = new ProviderSpec(
            ActionCategory.SOURCE, BuiltInProviders.LocalFolder.ID, "Local folder",
            "Takes a snapshot of a folder on this machine as the pipeline's source.",
            "Copies a folder, relative to the pipeline file's folder, into the action's output artifact, so "
                    + "that the rest of the run works on a frozen copy while you keep editing the original. "
                    + "Files matching the 'excludes' globs are left out; by default that is version-control "
                    + "metadata (.git, .hg, .svn), which changes without the sources changing. Symbolic links "
                    + "are never followed: a link pointing inside the folder is copied as a link, a link "
                    + "pointing outside is left out and named in the log. The action outputs Digest, a SHA-256 "
                    + "of the copied file names and contents that changes exactly when a file does, and "
                    + "FileCount.",
            List.of(
                    SettingSpec.required(PATH, "Folder", SettingType.TEXT,
                                    "The folder to copy, relative to the pipeline file's folder; '.' is that folder.")
                            .withCheck(SettingChecks.relativeInside()),
                    SettingSpec.optional(EXCLUDES, "Leave out", SettingType.LIST,
                                    "Globs of files and folders to leave out, relative to the folder (a matched "
                                            + "folder is left out whole); '**/' also matches at the top.")
                            .withDefault(ConfigValue.list("**/.git", "**/.hg", "**/.svn"))
                            .withCheck(SettingChecks.globs())),
            ProviderSpec.Count.NONE, new ProviderSpec.Count(1, 1),
            List.of("Digest", "FileCount"), false);

    @Override
    public ProviderSpec spec() {
        return SPEC;
    }

    @Override
    public void execute(ActionContext context) throws ActionFailedException {
        ActionSettings settings = ActionSettings.of(context, SPEC);
        String relative = settings.requiredText(PATH).trim();
        Path folder;
        try {
            folder = SafePaths.resolveInside(context.pipelineDir(), relative);
        } catch (UnsafePathException e) {
            throw settings.failure("setting 'path': " + e.getMessage());
        }
        if (!Files.isDirectory(folder)) {
            throw settings.failure("setting 'path': the folder " + folder + " does not exist"
                    + (Files.exists(folder) ? " (it is a file)" : "")
                    + "; check the spelling, and that it is relative to the pipeline file's folder "
                    + context.pipelineDir());
        }
        if (context.action().outputArtifacts().isEmpty()) {
            throw settings.failure("has no output artifact to copy the folder into; add one");
        }
        Path target = context.outputArtifactDir(context.action().outputArtifacts().get(0).name());
        try {
            CopyReport report = FolderCopy.copy(folder, target, Globs.ALL, Globs.any(settings.list(EXCLUDES)));
            report.skipped().forEach(s -> context.log("Left out " + s));
            FolderDigest digest = FolderDigest.of(target);
            context.log("Copied " + digest.fileCount() + " file(s) from " + folder + ", digest " + digest.sha256());
            context.setOutputVariable("Digest", digest.sha256());
            context.setOutputVariable("FileCount", Integer.toString(digest.fileCount()));
        } catch (IOException e) {
            throw settings.failure("copying " + folder + " failed: " + e.getMessage(), e);
        }
    }
}
