package dev.pipewright.interop.github;

import dev.pipewright.interop.CorpusImports;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every real workflow of the shared corpus imports into a pipeline without validation errors. */
class GitHubCorpusTest {

    @TestFactory
    Stream<DynamicTest> everyRealWorkflowImportsIntoAValidPipeline() {
        return CorpusImports.eachImportsIntoAValidPipeline("github-actions", new GitHubImporter());
    }
}
