package dev.pipewright.actions.codebuild;

import dev.pipewright.actions.ActionContext;
import dev.pipewright.actions.ActionFailedException;
import dev.pipewright.actions.TestSummary;
import dev.pipewright.actions.files.Globs;
import dev.pipewright.actions.files.SafePaths;
import dev.pipewright.actions.files.UnsafePathException;
import dev.pipewright.actions.shell.JUnitReports;
import dev.pipewright.model.OutputArtifact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a buildspec leaves behind: its {@code artifacts} copied into the action's output artifacts
 * (the primary one into the first output artifact, {@code secondary-artifacts} by name), and its
 * JUnit {@code reports} counted.
 */
final class BuildOutputs {

    private BuildOutputs() {
    }

    static void collectArtifacts(ActionContext context, Buildspec buildspec) throws ActionFailedException {
        List<OutputArtifact> outputs = context.action().outputArtifacts();
        for (int i = 0; i < outputs.size(); i++) {
            String name = outputs.get(i).name();
            var section = i == 0 && buildspec.artifacts().isPresent() ? buildspec.artifacts()
                    : java.util.Optional.ofNullable(buildspec.secondaryArtifacts().get(name));
            if (section.isEmpty()) {
                throw new ActionFailedException("the action outputs artifact '" + name + "' but the buildspec says "
                        + "nothing about it; add " + (i == 0 ? "an 'artifacts: files:' section"
                        : "'artifacts: secondary-artifacts: " + name + ": files:'") + " to the buildspec");
            }
            int count = copy(context, section.get(), context.outputArtifactDir(name), name);
            context.log("Output artifact '" + name + "': " + count + " file(s)");
        }
    }

    private static int copy(ActionContext context, Buildspec.Artifacts artifacts, Path target, String name)
            throws ActionFailedException {
        Path base = inside(context.workDir(), artifacts.baseDirectory(), "artifacts base-directory");
        PathMatcher include = Globs.any(artifacts.files());
        PathMatcher exclude = Globs.any(artifacts.excludePaths());
        int count = 0;
        try (Stream<Path> walk = Files.walk(base)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                Path relative = base.relativize(file);
                if (!include.matches(relative) || exclude.matches(relative)) {
                    continue;
                }
                Path to = target.resolve(artifacts.discardPaths() ? relative.getFileName() : relative);
                Files.createDirectories(to.getParent());
                Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                count++;
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ActionFailedException("output artifact '" + name + "': " + e.getMessage(), e);
        }
        if (count == 0) {
            throw new ActionFailedException("output artifact '" + name + "': no file in " + base + " matches "
                    + String.join(", ", artifacts.files()) + "; check that the build creates them and that the "
                    + "globs are relative to " + artifacts.baseDirectory().map(b -> "base-directory " + b)
                    .orElse("the source folder"));
        }
        return count;
    }

    /** Reads the JUnit XML reports; other formats are only named in the log. */
    static TestSummary readReports(ActionContext context, Buildspec buildspec) throws ActionFailedException {
        TestSummary total = new TestSummary(0, 0, 0, 0);
        for (var entry : buildspec.reports().entrySet()) {
            Buildspec.Report report = entry.getValue();
            if (!report.fileFormat().equals("JUNITXML")) {
                context.log("Report group '" + entry.getKey() + "': format " + report.fileFormat()
                        + " is not read locally (only JUNITXML)");
                continue;
            }
            Path base = inside(context.workDir(), report.baseDirectory(), "reports." + entry.getKey()
                    + ".base-directory");
            if (!Files.isDirectory(base)) {
                context.log("Report group '" + entry.getKey() + "': no folder " + base);
                continue;
            }
            try {
                JUnitReports.Scan scan = JUnitReports.read(base, report.files());
                scan.failures().forEach(f -> context.log("FAILED " + f));
                context.log("Report group '" + entry.getKey() + "': " + scan.summary().passed() + " passed, "
                        + scan.summary().failed() + " failed, " + scan.summary().skipped() + " skipped, from "
                        + scan.summary().reports() + " report(s)");
                total = total.plus(scan.summary());
            } catch (JUnitReports.InvalidReportException e) {
                throw new ActionFailedException("report group '" + entry.getKey() + "': " + e.getMessage());
            } catch (IOException e) {
                throw new ActionFailedException("report group '" + entry.getKey() + "': " + e.getMessage(), e);
            }
        }
        return total;
    }

    private static Path inside(Path root, java.util.Optional<String> relative, String what)
            throws ActionFailedException {
        if (relative.isEmpty() || relative.get().isBlank() || relative.get().equals(".")) {
            return root;
        }
        try {
            return SafePaths.resolveInside(root, relative.get().strip());
        } catch (UnsafePathException e) {
            throw new ActionFailedException(what + ": " + e.getMessage());
        }
    }
}
