package dev.pipewright.interop.gitlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.interop.Exported;
import dev.pipewright.interop.GitSources;
import dev.pipewright.interop.SchemaCheck;
import dev.pipewright.interop.yaml.YamlReader;
import dev.pipewright.io.PipelineFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 7, without running anything: the GitLab export of Git sources is schema-valid, a
 * clone skips the project's checkout while the own repository keeps it, and the variables other
 * jobs use travel as a dotenv report. ({@link GitLabRunsTest} runs the same pipeline.)
 */
class GitLabGitSourceTest {

    @Test
    void gitSourcesExportToJobsThatCloneOrCopyTheCheckout() throws Exception {
        Exported exported = dev.pipewright.interop.CheckedExports.gitlab(PipelineFiles.read(
                GitSources.pipeline("https://git.example.org/team/remote.git", "0123456789abcdef0123456789abcdef01234567"),
                "git-sources.pipeline.json"));
        String yaml = exported.mainText();
        assertEquals(List.of(), SchemaCheck.errors(GitLabExportTest.SCHEMA, yaml), yaml);
        assertFalse(yaml.contains("no GitLab equivalent"), yaml);
        JsonNode root = YamlReader.read(yaml, ".gitlab-ci.yml").root();
        assertEquals("none", root.at("/Release/variables/GIT_STRATEGY").asText(), "a clone needs no checkout of the project");
        assertTrue(root.at("/Own/variables/GIT_STRATEGY").isMissingNode(), "the own repository is the checkout");
        assertEquals(".pipewright/Release.env", root.at("/Release/artifacts/reports/dotenv").asText());
        String release = root.at("/Release/script").toString();
        assertTrue(release.contains("git clone --quiet --branch \\\"release\\\" -- \\\"https://git.example.org/team/remote.git\\\""),
                release);
        assertTrue(root.at("/Pinned/script").toString().contains("checkout --quiet --detach \\\"0123456789abcdef"),
                root.at("/Pinned/script").toString());
        assertTrue(root.at("/Own/script").toString().contains("archive --format=tar HEAD"), root.at("/Own/script").toString());
        // two sources' CommitId reach one job: each travels under its namespace, and the job reads each
        String use = root.at("/Use/script").toString();
        assertTrue(use.contains("${RelVars_CommitId}") && use.contains("${SelfVars_CommitId}"), use);
        assertTrue(root.at("/Own/script").toString().contains("SelfVars_"), root.at("/Own/script").toString());
        assertTrue(exported.report().notes().stream().noneMatch(n -> n.toString().contains("share one name space")),
                exported.report().notes()::toString);
        List<String> notes = exported.report().notes().stream().map(Object::toString).toList();
        assertTrue(notes.stream().anyMatch(n -> n.contains("action Own") && n.contains("is the repository itself")),
                notes::toString);
        assertTrue(notes.stream().anyMatch(n -> n.contains("action Release") && n.contains("first line of the message")),
                notes::toString);
    }
}
