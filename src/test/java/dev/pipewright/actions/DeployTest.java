package dev.pipewright.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pipewright.actions.deploy.ArchiveDeploy;
import dev.pipewright.actions.deploy.FolderDeploy;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployTest {

    private static final String LONG_NAME = "very/" + "deep-folder-name/".repeat(8) + "file-with-a-long-name.txt";

    @TempDir
    Path tmp;
    private Map<String, String> files;

    @BeforeEach
    void files() {
        files = new TreeMap<>(Map.of("index.html", "<h1>hi</h1>", "js/app.js", "run()", LONG_NAME, "long",
                "ünïcode.txt", "u"));
    }

    private TestContext context(String provider, Map<String, ConfigValue> settings) throws IOException {
        Action action = Action.of("Ship", ActionCategory.DEPLOY, provider)
                .withConfiguration(settings).withInputArtifacts(List.of("site"));
        TestContext ctx = new TestContext(tmp, action);
        Path input = ctx.addInput("site");
        for (var f : files.entrySet()) {
            TestFiles.write(input, f.getKey(), f.getValue());
        }
        return ctx;
    }

    @Test
    void folderDeployCopiesAndKeepsOtherFiles() throws Exception {
        TestContext ctx = context("Folder", Map.of("target", ConfigValue.text("out/www")));
        Path target = ctx.pipelineDir().resolve("out/www");
        TestFiles.write(target, "old.txt", "old");

        new FolderDeploy().execute(ctx);

        Map<String, String> expected = new TreeMap<>(files);
        expected.put("old.txt", "old");
        assertEquals(expected, TestFiles.tree(target));
        assertEquals(target.toString(), ctx.variables.get("TargetPath"));
        assertEquals("4", ctx.variables.get("FileCount"));
    }

    @Test
    void folderDeployCleanEmptiesTheTargetFirst() throws Exception {
        Path target = tmp.resolve("absolute-target");
        TestContext ctx = context("Folder", Map.of("target", ConfigValue.text(target.toString()),
                "clean", new ConfigValue.Flag(true)));
        TestFiles.write(target, "old/stale.txt", "old");

        new FolderDeploy().execute(ctx);

        assertEquals(files, TestFiles.tree(target));
    }

    @Test
    void cleanRefusesThePipelineFolder() throws Exception {
        TestContext ctx = context("Folder", Map.of("target", ConfigValue.text("."), "clean", ConfigValue.text("true")));
        TestFiles.write(ctx.pipelineDir(), "ci.pipeline.json", "{}");
        var e = assertThrows(ActionFailedException.class, () -> new FolderDeploy().execute(ctx));
        assertTrue(e.getMessage().contains("refusing"), e.getMessage());
        assertTrue(Files.exists(ctx.pipelineDir().resolve("ci.pipeline.json")));
    }

    @Test
    void zipArchiveHoldsTheFiles() throws Exception {
        TestContext ctx = context("Archive", Map.of("target", ConfigValue.text("dist/site.zip")));
        new ArchiveDeploy().execute(ctx);

        Path zip = ctx.pipelineDir().resolve("dist/site.zip");
        Map<String, String> read = new TreeMap<>();
        try (ZipFile zf = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            for (ZipEntry e : java.util.Collections.list(zf.entries())) {
                if (!e.isDirectory()) {
                    read.put(e.getName(), new String(zf.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertEquals(files, read);
        assertEquals(zip.toString(), ctx.variables.get("ArchivePath"));
        assertEquals(64, ctx.variables.get("Sha256").length());
        try (var left = Files.list(zip.getParent())) {
            assertEquals(List.of(zip), left.toList(), "no temporary file left behind");
        }
    }

    @Test
    void archivesAreReproducible() throws Exception {
        TestContext ctx = context("Archive", Map.of("target", ConfigValue.text("a.zip")));
        new ArchiveDeploy().execute(ctx);
        String first = ctx.variables.get("Sha256");
        Files.setLastModifiedTime(ctx.inputArtifacts().get("site").resolve("index.html"),
                java.nio.file.attribute.FileTime.fromMillis(0));
        new ArchiveDeploy().execute(ctx);
        assertEquals(first, ctx.variables.get("Sha256"));
    }

    @Test
    void tarGzArchiveIsReadByGnuTar() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/tar")) || Files.isExecutable(Path.of("/bin/tar")),
                "needs tar to read the archive back");
        TestContext ctx = context("Archive", Map.of("target", ConfigValue.text("site.tar.gz"),
                "format", ConfigValue.text("tar.gz")));
        Path script = TestFiles.write(ctx.inputArtifacts().get("site"), "bin/run.sh", "#!/bin/sh\necho hi\n");
        script.toFile().setExecutable(true);
        files.put("bin/run.sh", "#!/bin/sh\necho hi\n");
        Files.createSymbolicLink(ctx.inputArtifacts().get("site").resolve("link"), Path.of("index.html"));

        new ArchiveDeploy().execute(ctx);

        Path out = Files.createDirectories(tmp.resolve("extracted"));
        Process tar = new ProcessBuilder("tar", "-xzf", ctx.pipelineDir().resolve("site.tar.gz").toString(), "-C",
                out.toString()).redirectErrorStream(true).start();
        String tarOutput = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, tar.waitFor(), tarOutput);
        assertEquals(files, TestFiles.tree(out));
        assertTrue(Files.getPosixFilePermissions(out.resolve("bin/run.sh")).contains(PosixFilePermission.OWNER_EXECUTE));
        assertEquals(Path.of("index.html"), Files.readSymbolicLink(out.resolve("link")));
        assertTrue(tarOutput.isEmpty(), "tar complained: " + tarOutput);
    }

    @Test
    void archiveTargetThatIsAFolderFails() throws Exception {
        TestContext ctx = context("Archive", Map.of("target", ConfigValue.text("dir")));
        Files.createDirectories(ctx.pipelineDir().resolve("dir"));
        var e = assertThrows(ActionFailedException.class, () -> new ArchiveDeploy().execute(ctx));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    }

    @Test
    void unknownFormatFailsListingTheChoices() throws Exception {
        TestContext ctx = context("Archive", Map.of("target", ConfigValue.text("a.rar"), "format", ConfigValue.text("rar")));
        var e = assertThrows(ActionFailedException.class, () -> new ArchiveDeploy().execute(ctx));
        assertTrue(e.getMessage().contains("zip, tar.gz"), e.getMessage());
        List<String> none = new ArrayList<>();
        assertEquals(none, ctx.lines.stream().filter(l -> l.startsWith("Wrote")).toList());
    }
}
