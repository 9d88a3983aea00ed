package dev.pipewright.actions.deploy;

import dev.pipewright.model.BuiltInProviders;
import dev.pipewright.actions.ActionContext;
import dev.pipewright.actions.ActionFailedException;
import dev.pipewright.actions.ActionSettings;
import dev.pipewright.actions.Provider;
import dev.pipewright.actions.files.FolderDigest;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.ProviderSpec;
import dev.pipewright.model.SettingRole;
import dev.pipewright.model.SettingSpec;
import dev.pipewright.model.SettingType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/** Deploy / Archive: packs an artifact into a zip or tar.gz file. */
public final class ArchiveDeploy implements Provider {

    static final String FORMAT = BuiltInProviders.Archive.FORMAT;
    static final String TARGET = BuiltInProviders.Archive.TARGET;

    static final ProviderSpec SPEC = new ProviderSpec(
            ActionCategory.DEPLOY, BuiltInProviders.Archive.ID, "Pack into archive",
            "Packs its input artifact into a zip or tar.gz file.",
            "Writes the files of its one input artifact into an archive file at 'target' (relative to the "
                    + "pipeline file's folder or absolute; missing folders are created). The archive is written "
                    + "to a temporary file first and renamed into place at the end, so the target never holds a "
                    + "half-written archive. Entries are sorted and dated 1980-01-01, so the same files always "
                    + "give the same archive and the same Sha256. tar.gz keeps execute permissions and symbolic "
                    + "links; zip keeps neither and leaves links out (the log names them). Outputs ArchivePath "
                    + "and Sha256.",
            List.of(
                    SettingSpec.optional(FORMAT, "Format", SettingType.CHOICE,
                                    "zip (opens everywhere) or tar.gz (keeps permissions and links).")
                            .withChoices(ArchiveFormat.words()).withDefault(ConfigValue.text("zip")),
                    SettingSpec.required(TARGET, "Archive file", SettingType.TEXT,
                            "The archive file to write, such as 'dist/app.zip', relative to the pipeline "
                                    + "file's folder or absolute. An existing file is replaced.")
                            .withRole(SettingRole.WRITTEN_PATH)),
            new ProviderSpec.Count(1, 1), ProviderSpec.Count.NONE,
            List.of("ArchivePath", "Sha256"), false);

    @Override
    public ProviderSpec spec() {
        return SPEC;
    }

    @Override
    public void execute(ActionContext context) throws ActionFailedException {
        ActionSettings settings = ActionSettings.of(context, SPEC);
        ArchiveFormat format = settings.choice(FORMAT).flatMap(ArchiveFormat::fromWord).orElse(ArchiveFormat.ZIP);
        Path input = DeployTarget.input(context, settings);
        Path target = DeployTarget.resolve(context, settings, TARGET);
        if (Files.isDirectory(target)) {
            throw settings.failure("setting 'target': " + target + " is a folder; name the archive file, such as "
                    + target.resolve("app" + format.extension()));
        }
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            ArchiveEntries entries = ArchiveEntries.of(input);
            List<String> skipped;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                skipped = format == ArchiveFormat.ZIP ? ZipArchive.write(entries, out) : TarGzArchive.write(entries, out);
            }
            skipped.forEach(s -> context.log("Left out " + s));
            String sha256 = sha256(temporary);
            moveIntoPlace(temporary, target);
            context.log("Wrote " + target + " (" + entries.entries().size() + " entries, sha256 " + sha256 + ")");
            context.setOutputVariable("ArchivePath", target.toString());
            context.setOutputVariable("Sha256", sha256);
        } catch (IOException e) {
            throw settings.failure("writing the archive " + target + " failed: " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    context.log("Note: could not delete the temporary file " + temporary);
                }
            }
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest sha = FolderDigest.newSha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
