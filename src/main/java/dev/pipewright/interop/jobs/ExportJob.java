package dev.pipewright.interop.jobs;

import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.BuiltInProviders;
import dev.pipewright.model.OutputArtifact;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one action does, in no CI system's words: the export twin of the import side's
 * {@link CiJob}. A provider's {@link ExportRecipes recipe} makes it from the action's settings; the
 * GitHub and GitLab writers only render it, so they know no provider id or setting key. Texts are
 * as the action has them: the writers rewrite {@code #{...}} references for their target.
 *
 * @param inputArtifacts      the artifacts it reads, the first one being its working folder
 * @param outputArtifacts     the artifacts it gives, with the globs that pick their files
 * @param namespace           where its output variables go, if anywhere
 * @param timeoutInMinutes    how long it may run (an approval's wait is not a run time, so none)
 * @param checksOutRepository a source that reads the repository checkout; every other job sees the
 *                            repository only through artifacts, as a Pipewright action does
 * @param work                what it does
 */
public record ExportJob(List<String> inputArtifacts, List<OutputArtifact> outputArtifacts, Optional<String> namespace,
                        Optional<BigDecimal> timeoutInMinutes, boolean checksOutRepository, Work work) {

    public ExportJob {
        inputArtifacts = List.copyOf(inputArtifacts);
        outputArtifacts = List.copyOf(outputArtifacts);
        Objects.requireNonNull(namespace);
        Objects.requireNonNull(timeoutInMinutes);
        Objects.requireNonNull(work);
    }

    /** Where commands write NAME=value lines for output variables, as Pipewright's shell runner names it. */
    public static final String OUTPUT_FILE_VARIABLE = BuiltInProviders.Shell.OUTPUT_FILE_VARIABLE;

    /** The variable naming the folder of a second or later input artifact, as Pipewright's shell runner names it. */
    public static String inputFolderVariable(String artifactName) {
        return BuiltInProviders.Shell.inputFolderVariable(artifactName);
    }

    /** The job of {@code action}, made by its provider's recipe. */
    public static ExportJob of(Action action) {
        return ExportRecipes.recipe(action).export(action);
    }

    /** The shell its commands are written for ("" for the target's default). */
    public String shell() {
        return work instanceof Commands c ? c.shell() : "";
    }

    /** What a job does; each kind is rendered by every target ({@link Renderer}). */
    public sealed interface Work permits FolderSnapshot, GitRepository, Commands, ApprovalGate, CopyToFolder,
            PackArchive, HttpRequest, ChildPipeline, NoEquivalent {

        <R> R render(Renderer<R> renderer);
    }

    /** How a target writes each kind of work: a new kind fails to compile until every target renders it. */
    public interface Renderer<R> {
        R folderSnapshot(FolderSnapshot work);

        R gitRepository(GitRepository work);

        R commands(Commands work);

        R approvalGate(ApprovalGate work);

        R copyToFolder(CopyToFolder work);

        R packArchive(PackArchive work);

        R httpRequest(HttpRequest work);

        R childPipeline(ChildPipeline work);

        R noEquivalent(NoEquivalent work);
    }

    /** A source: the files of a folder of the repository checkout, less the excluded globs. */
    public record FolderSnapshot(String path, List<String> excludes) implements Work {
        public <R> R render(Renderer<R> r) {
            return r.folderSnapshot(this);
        }
    }

    /**
     * A source: a Git repository, the repository's own checkout when {@code url} names it; its
     * branch, tag or commit and the rest are read from {@code source} by {@link GitSourceExport}.
     */
    public record GitRepository(String url, boolean submodules, boolean hasToken, Action source) implements Work {
        public <R> R render(Renderer<R> r) {
            return r.gitRepository(this);
        }
    }

    /**
     * Commands run in the working folder.
     *
     * @param text             the commands as one text (commands spanning lines stay whole)
     * @param lines            the same, one entry per line
     * @param shell            the shell they are written for ("" for the default)
     * @param workingDirectory where they run, relative to the working folder
     * @param environment      variables set for them
     * @param testReports      JUnit report globs of a test action; empty for a build
     */
    public record Commands(String text, List<String> lines, String shell, Optional<String> workingDirectory,
                           Map<String, String> environment, Optional<List<String>> testReports) implements Work {
        public <R> R render(Renderer<R> r) {
            return r.commands(this);
        }
    }

    /**
     * A person approves: the job waits for them, then shows {@code message} (and {@code link} to
     * review); {@code waitMinutes} is how long Pipewright waits for them.
     */
    public record ApprovalGate(String message, Optional<String> link, Optional<BigDecimal> waitMinutes) implements Work {
        public <R> R render(Renderer<R> r) {
            return r.approvalGate(this);
        }
    }

    /** Copies the first input artifact into a folder, emptied first when {@code clean}. */
    public record CopyToFolder(String target, boolean clean) implements Work {
        public <R> R render(Renderer<R> r) {
            return r.copyToFolder(this);
        }
    }

    /** Packs the first input artifact into an archive of {@code format} (zip, tar.gz...). */
    public record PackArchive(String target, String format) implements Work {
        public <R> R render(Renderer<R> r) {
            return r.packArchive(this);
        }
    }

    /** An HTTP request that fails unless its status is one of {@code expectedStatus}. */
    public record HttpRequest(String method, String url, Map<String, String> headers, String body, String expectedStatus,
                              boolean hasOutputVariables) implements Work {
        public <R> R render(Renderer<R> r) {
            return r.httpRequest(this);
        }
    }

    /** Runs another pipeline as a child and waits for it. */
    public record ChildPipeline(String pipelineFile, boolean hasVariables) implements Work {
        public <R> R render(Renderer<R> r) {
            return r.childPipeline(this);
        }
    }

    /**
     * The target has nothing that does this: the job fails saying so.
     *
     * @param category   the provider's category
     * @param providerId the provider's id ("ECS")
     * @param why        why, in a few words
     */
    public record NoEquivalent(ActionCategory category, String providerId, String why) implements Work {
        /** The provider as people read it: "Deploy/ECS". */
        public String provider() {
            return category + "/" + providerId;
        }


        public <R> R render(Renderer<R> r) {
            return r.noEquivalent(this);
        }
    }
}
