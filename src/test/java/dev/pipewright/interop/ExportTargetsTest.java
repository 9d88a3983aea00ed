package dev.pipewright.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where an export's files go, and which of them would replace a file; reading a file to import. */
class ExportTargetsTest {

    @TempDir
    Path dir;

    private static Exported exported() {
        var files = new LinkedHashMap<String, String>();
        files.put("pipeline.json", "{}");
        files.put("buildspecs/Build-Compile.yml", "version: 0.2");
        return new Exported(files, InteropReport.EMPTY);
    }

    @Test
    void theMainFileGoesWhereChosenAndTheOthersByTheirPathFromItsFolder() {
        Path main = dir.resolve("out").resolve("shop.codepipeline.json");
        var targets = ExportTargets.of(exported(), main);
        assertEquals(List.of(main, dir.resolve("out").resolve("buildspecs").resolve("Build-Compile.yml")),
                targets.paths());
        assertEquals("version: 0.2", targets.files().get(1).text());
    }

    @Test
    void filesThatExistAreListedSoThatNothingIsReplacedSilently() throws Exception {
        Path main = dir.resolve("shop.codepipeline.json");
        assertEquals(List.of(), ExportTargets.of(exported(), main).existing());
        Files.createDirectories(dir.resolve("buildspecs"));
        Files.writeString(dir.resolve("buildspecs").resolve("Build-Compile.yml"), "mine");
        assertEquals(List.of(dir.resolve("buildspecs").resolve("Build-Compile.yml")),
                ExportTargets.of(exported(), main).existing());
    }

    @Test
    void aFileToImportThatCannotBeReadSaysWhatToDo() throws Exception {
        var missing = assertThrows(InteropException.class, () -> SourceFile.read(dir.resolve("nope.json")));
        assertTrue(missing.getMessage().contains("there is no such file"), missing.getMessage());
        var folder = assertThrows(InteropException.class, () -> SourceFile.read(dir));
        assertTrue(folder.getMessage().contains("this is a folder"), folder.getMessage());
        Path binary = Files.write(dir.resolve("image.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        var notText = assertThrows(InteropException.class, () -> SourceFile.read(binary));
        assertTrue(notText.getMessage().startsWith(binary + ":1:1: the file is not UTF-8 text"), notText.getMessage());
        assertEquals("{}", SourceFile.read(Files.writeString(dir.resolve("ok.json"), "{}")));
    }
}
