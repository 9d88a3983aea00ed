package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.interop.InteropFormat;
import dev.pipewright.interop.InteropReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Below the toolkit: the choosers' defaults for each format, and the report's words as copied. */
class InteropFileKindsTest {

    @TempDir
    Path dir;

    @Test
    void eachFormatSuggestsTheNameItsSystemExpects() {
        var near = Optional.of(dir);
        assertEquals(new InteropFileKinds.Suggestion(near, "shop.codepipeline.json"),
                InteropFileKinds.exportTarget(InteropFormat.CODEPIPELINE, "shop", near));
        assertEquals(new InteropFileKinds.Suggestion(near, "shop.yml"),
                InteropFileKinds.exportTarget(InteropFormat.GITHUB, "shop", near));
        assertEquals(new InteropFileKinds.Suggestion(near, ".gitlab-ci.yml"),
                InteropFileKinds.exportTarget(InteropFormat.GITLAB, "shop", near));
        assertEquals(Optional.empty(), InteropFileKinds.exportTarget(InteropFormat.GITLAB, "shop", Optional.empty())
                .folder(), "no folder known: the chooser's own default");
    }

    @Test
    void aWorkflowGoesToGithubWorkflowsWhenTheProjectHasThatFolder() throws Exception {
        Path workflows = Files.createDirectories(dir.resolve(".github").resolve("workflows"));
        assertEquals(Optional.of(workflows),
                InteropFileKinds.exportTarget(InteropFormat.GITHUB, "shop", Optional.of(dir)).folder());
        assertEquals(Optional.of(workflows), InteropFileKinds.importFolder(InteropFormat.GITHUB, Optional.of(dir)));
        assertEquals(Optional.of(dir), InteropFileKinds.importFolder(InteropFormat.GITLAB, Optional.of(dir)));
    }

    @Test
    void importFiltersListTheFormatsFiles() {
        assertEquals(List.of("*.json"), InteropFileKinds.of(InteropFormat.CODEPIPELINE).patterns());
        assertTrue(InteropFileKinds.of(InteropFormat.GITHUB).patterns().contains("*.yaml"));
        assertTrue(InteropFileKinds.of(InteropFormat.GITLAB).patterns().contains("*.gitlab-ci.yml"));
    }

    @Test
    void theCopiedReportListsFilesThenNotesOrSaysNothingWasLost() {
        var report = new InteropReport(List.of(new InteropReport.Note("stage Deploy, action Release",
                "CodeDeploy runs only on AWS")));
        String text = ReportText.of("Exported shop to AWS CodePipeline", List.of(Path.of("/p/shop.json")), report);
        assertEquals("""
                Exported shop to AWS CodePipeline

                Files written:
                  /p/shop.json

                Did not carry over as it was (1):
                  - stage Deploy, action Release: CodeDeploy runs only on AWS
                """, text);
        assertTrue(ReportText.of("Imported x", List.of(), InteropReport.EMPTY).endsWith("\nEverything carried over.\n"));
    }
}
