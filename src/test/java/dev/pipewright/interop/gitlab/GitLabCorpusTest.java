package dev.pipewright.interop.gitlab;

import dev.pipewright.interop.CorpusImports;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every real GitLab CI file of the shared corpus imports into a pipeline without validation errors. */
class GitLabCorpusTest {

    @TestFactory
    Stream<DynamicTest> everyRealGitLabFileImportsIntoAValidPipeline() {
        return CorpusImports.eachImportsIntoAValidPipeline("gitlab-ci", new GitLabImporter());
    }
}
