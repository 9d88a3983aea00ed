package dev.pipewright.interop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where the files of an export go: the main file where the person said, the others (buildspecs)
 * by their relative paths from the main file's folder, so that the references in the main file
 * hold. Shared by {@code pipewright export} and the window's File → Export.
 */
public record ExportTargets(List<Target> files) {

    /** One file to write. */
    public record Target(Path path, String text) {
        public Target {
            Objects.requireNonNull(path);
            Objects.requireNonNull(text);
        }
    }

    public ExportTargets {
        files = List.copyOf(files);
    }

    public static ExportTargets of(Exported exported, Path mainFile) {
        Path folder = mainFile.toAbsolutePath().getParent();
        var targets = new ArrayList<Target>();
        boolean first = true;
        for (var entry : exported.files().entrySet()) {
            targets.add(new Target(first ? mainFile : folder.resolve(entry.getKey()).normalize(), entry.getValue()));
            first = false;
        }
        return new ExportTargets(targets);
    }

    /** The files that exist already: writing would replace them, so ask (or refuse) first. */
    public List<Path> existing() {
        return files.stream().map(Target::path).filter(Files::exists).toList();
    }

    public List<Path> paths() {
        return files.stream().map(Target::path).toList();
    }
}
