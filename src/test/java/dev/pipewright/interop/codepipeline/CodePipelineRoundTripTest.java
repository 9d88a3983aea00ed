package dev.pipewright.interop.codepipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pipewright.interop.Exported;
import dev.pipewright.interop.Imported;
import dev.pipewright.io.PipelineFiles;
import dev.pipewright.model.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Import, save as a Pipewright file, read back, export: the declaration must come back the same
 * (compared as JSON trees; metadata is not part of a declaration), and the export must pass the
 * CodePipeline API model. Runs on the declarations written here in the shape AWS documents, and on
 * every real declaration of the shared corpus, read where it is.
 */
class CodePipelineRoundTripTest {

    static final Path CORPUS = dev.pipewright.interop.SharedFiles.SHARED.resolve("corpus/codepipeline");
    static final Path API_MODEL = dev.pipewright.interop.SharedFiles.SHARED.resolve("schemas/codepipeline-service-2.json");
    static final List<String> DOCUMENTED = List.of("release-v2.json", "commands-push-trigger.json");
    private static final JsonMapper JSON = new JsonMapper();

    @TestFactory
    Stream<DynamicTest> documentedDeclarationsComeBackTheSame() {
        return DOCUMENTED.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            String text = resource(name);
            roundTrip(text, name);
        }));
    }

    @TestFactory
    Stream<DynamicTest> corpusDeclarationsComeBackTheSame() throws IOException {
        if (!Files.isDirectory(CORPUS)) {
            return Stream.of(DynamicTest.dynamicTest("corpus " + CORPUS, () ->
                    assumeTrue(false, "skipped: the CodePipeline corpus " + CORPUS.toAbsolutePath() + " is absent")));
        }
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () ->
                            roundTrip(Files.readString(file, StandardCharsets.UTF_8), file.toString())));
        }
    }

    private static void roundTrip(String text, String name) throws Exception {
        Imported imported = new CodePipelineImporter().read(text, name);
        // through the Pipewright file, as a user who imports, saves and exports later would
        Pipeline saved = PipelineFiles.read(PipelineFiles.write(imported.pipeline()), name + ".pipeline.json");
        assertEquals(imported.pipeline(), saved, "the x-codepipeline extensions survive the Pipewright file");
        Exported exported = dev.pipewright.interop.CheckedExports.codePipeline(saved);
        JsonNode original = JSON.readTree(text);
        JsonNode declaration = original.has("pipeline") ? original.get("pipeline") : original;
        JsonNode back = JSON.readTree(exported.mainText()).get("pipeline");
        assertEquals(declaration, back, () -> "the declaration changed:\n" + exported.mainText());
        assertTrue(exported.report().isEmpty(), () -> "a round trip loses nothing, yet: " + exported.report());
        assertEquals(1, exported.files().size(), "an imported CodeBuild action needs no new buildspec");
        List<String> problems = checker().check(JSON.readTree(exported.mainText()), "CreatePipelineInput");
        assertEquals(List.of(), problems, "the export passes the CodePipeline API model");
    }

    static ApiModelChecker checker() throws IOException {
        assumeTrue(Files.isRegularFile(API_MODEL), "skipped: the CodePipeline API model " + API_MODEL.toAbsolutePath()
                + " is absent");
        return ApiModelChecker.load(API_MODEL);
    }

    static String resource(String name) throws IOException {
        try (var in = CodePipelineRoundTripTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
