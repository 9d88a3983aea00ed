package dev.pipewright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.Location;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Problem;
import dev.pipewright.model.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PipelineFilesTest {

    static String golden() throws IOException {
        try (InputStream in = PipelineFilesTest.class.getResourceAsStream("rich.pipeline.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A small valid file with {@code %s} where a test puts one action's extra lines. */
    static String withAction(String extra) {
        return """
                {
                  "schemaVersion": 1,
                  "pipeline": {
                    "name": "p",
                    "stages": [
                      {
                        "name": "Build",
                        "actions": [
                          {
                            "name": "Make",
                            "actionTypeId": { "category": "Build", "provider": "Shell" },
                            %s
                          }
                        ]
                      }
                    ]
                  }
                }
                """.formatted(extra);
    }

    static FileError onlyError(String content) {
        var e = assertThrows(PipelineFileException.class, () -> PipelineFiles.read(content, "p.pipeline.json"));
        assertEquals(1, e.errors().size(), e::getMessage);
        return e.errors().get(0);
    }

    static TextPosition at(int line, int column) {
        return new TextPosition(line, column);
    }

    @Test
    void writesTheGoldenFileAndReadsItBack() throws Exception {
        assertEquals(golden(), PipelineFiles.write(Samples.rich()));
        assertEquals(Samples.rich(), PipelineFiles.read(golden(), "rich.pipeline.json"));
    }

    /** Issue 13, item 1: CodePipeline's owner of an action type is kept; a wrong one is located. */
    @Test
    void anActionTypesOwnerIsKeptAndAWrongOneIsLocated() throws Exception {
        Pipeline custom = Pipeline.of("custom", Stage.of("Build", Action.of("Jenkins", ActionCategory.BUILD,
                "MyJenkinsBuilder").withOwner(java.util.Optional.of("Custom"))));
        String text = PipelineFiles.write(custom);
        assertTrue(text.contains("\"owner\": \"Custom\""), text);
        assertEquals(custom, PipelineFiles.read(text, "t"));

        FileError wrong = onlyError(text.replace("\"Custom\"", "\"Custum\""));
        assertTrue(wrong.message().contains("\"Custum\" is not an owner of action types; did you mean \"Custom\"?"),
                wrong.message());
        assertTrue(wrong.position().isPresent(), wrong.toString());
    }

    @Test
    void samePipelineSameBytes() throws Exception {
        Pipeline read = PipelineFiles.read(golden(), "rich.pipeline.json");
        assertEquals(PipelineFiles.write(Samples.rich()), PipelineFiles.write(read));
        Pipeline minimal = Pipeline.of("solo", Stage.of("Build", Action.of("Make", ActionCategory.BUILD, "Shell")));
        String text = PipelineFiles.write(minimal);
        assertEquals(minimal, PipelineFiles.read(text, "t"));
        assertTrue(text.endsWith("}\n") && !text.contains("\r") && !text.contains("\"configuration\"")
                && !text.contains("executionMode"), text);
        assertEquals("[]", PipelineFiles.write(Pipeline.of("empty")).lines()
                .filter(l -> l.contains("stages")).findFirst().orElseThrow().replaceAll(".*: ", ""));
    }

    @Test
    void xFieldsAreKeptAndWrittenBackUnchanged() throws Exception {
        String text = withAction("\"x-ui\": {\"collapsed\": true, \"z\": [1, 2.50, null]}, \"runOrder\": 1");
        Action action = PipelineFiles.read(text, "t").stages().get(0).actions().get(0);
        assertEquals("{\"collapsed\":true,\"z\":[1,2.50,null]}", action.extensions().get("x-ui"));
        String written = PipelineFiles.write(PipelineFiles.read(text, "t"));
        assertTrue(written.contains("\"x-ui\": {\n"), written);
        assertEquals(PipelineFiles.read(text, "t"), PipelineFiles.read(written, "t"));
    }

    @Test
    void theSchemaReferenceOfEditorsIsKept() throws Exception {
        String text = "{\"$schema\": \"./pipeline.schema.json\", \"schemaVersion\": 1, \"pipeline\": {\"name\": \"p\", \"stages\": []}}";
        String written = PipelineFiles.write(PipelineFiles.read(text, "t"));
        assertTrue(written.startsWith("{\n  \"$schema\": \"./pipeline.schema.json\",\n  \"schemaVersion\": 1,"), written);
    }

    @Test
    void anUnknownFieldIsRefusedWithASuggestionAndItsPlace() {
        FileError error = onlyError(withAction("\"runorder\": 2"));
        assertEquals(Optional.of(at(12, 13)), error.position());
        assertTrue(error.message().contains("unknown field \"runorder\" in action 'Make' of stage 'Build'")
                && error.message().contains("did you mean \"runOrder\"?"), error.message());
        assertTrue(error.toString().startsWith("p.pipeline.json:12:13: error: "), error.toString());
    }

    @Test
    void xFieldsWhereTheModelHasNoRoomAreRefused() {
        String text = "{\"schemaVersion\": 1, \"pipeline\": {\"name\": \"p\", \"stages\": [],"
                + " \"variables\": [{\"name\": \"v\", \"x-note\": 1}]}}";
        assertTrue(onlyError(text).message().contains("x- fields are kept on the pipeline, its stages and actions"));
    }

    @Test
    void syntaxErrorsAreLocated() {
        FileError error = onlyError(withAction("\"runOrder\": 1 \"namespace\": \"n\""));
        assertEquals(12, error.position().orElseThrow().line());
        assertTrue(error.message().startsWith("not valid JSON"), error.message());
        assertTrue(onlyError("{\"schemaVersion\": 1,").message().startsWith("not valid JSON"));
        FileError trailing = onlyError("{\"schemaVersion\": 1, \"pipeline\": {\"name\": \"p\", \"stages\": []}} x");
        assertTrue(trailing.position().isPresent());
    }

    @Test
    void wrongTypesAreLocatedAtTheValue() {
        FileError error = onlyError(withAction("\"runOrder\": \"first\""));
        assertEquals(Optional.of(at(12, 25)), error.position());
        assertEquals("\"runOrder\" of action 'Make' of stage 'Build' must be a whole number, found text \"first\"",
                error.message());
        assertTrue(onlyError(withAction("\"runOrder\": 1.5")).message().contains("the number 1.5"));
        assertTrue(onlyError(withAction("\"runOrder\": 99999999999")).message().contains("far too large"));
        assertTrue(onlyError(withAction("\"inputArtifacts\": \"src\"")).message().contains("must be a list"));
        assertTrue(onlyError(withAction("\"configuration\": {\"cmd\": [\"a\", 3]}")).message()
                .contains("each entry of the setting \"cmd\""));
    }

    @Test
    void missingRequiredFieldsArePointedAtTheirObject() {
        String text = """
                {
                  "schemaVersion": 1,
                  "pipeline": {
                    "name": "p",
                    "stages": [ { "name": "Build", "actions": [ { "name": "Make" } ] } ]
                  }
                }
                """;
        FileError error = onlyError(text);
        assertEquals(Optional.of(at(5, 49)), error.position());
        assertTrue(error.message().contains("action 'Make' of stage 'Build' needs the field \"actionTypeId\""),
                error.message());
    }

    @Test
    void everyErrorOfTheFileIsReportedAtOnce() {
        String text = withAction("\"runOrder\": \"x\", \"nmespace\": \"n\", \"timeoutInMinutes\": true");
        var e = assertThrows(PipelineFileException.class, () -> PipelineFiles.read(text, "t"));
        assertEquals(3, e.errors().size(), e::getMessage);
    }

    @Test
    void aNewerSchemaVersionAsksToUpgrade() {
        FileError error = onlyError("{\"schemaVersion\": 2, \"pipeline\": {\"name\": \"p\", \"newThing\": 1}}");
        assertTrue(error.message().contains("upgrade Pipewright"), error.message());
        assertTrue(onlyError("{\"pipeline\": {\"name\": \"p\", \"stages\": []}}").message()
                .contains("needs the field \"schemaVersion\""));
    }

    @Test
    void malformedDocumentsAreRefusedInWords() {
        assertTrue(onlyError("").message().contains("empty"));
        assertTrue(onlyError("  \n ").message().contains("empty"));
        assertTrue(onlyError("[1, 2]").message().contains("the file must be an object"));
        assertTrue(onlyError("{\"schemaVersion\": 1}").message().contains("needs the field \"pipeline\""));
        assertTrue(onlyError("{\"schemaVersion\": 1, \"pipeline\": {\"name\": null, \"stages\": []}}").message()
                .contains("needs the field \"name\""));
        FileError twice = onlyError("{\"schemaVersion\": 1,\n \"schemaVersion\": 1, \"pipeline\": {\"name\": \"p\", \"stages\": []}}");
        assertTrue(twice.message().contains("written twice") && twice.message().contains("line 1"), twice.message());
        assertTrue(onlyError("{\"schemaVersion\": 1, \"pipeline\": {\"name\": \"p\", \"stages\": [], \"executionMode\": \"queued\"}}")
                .message().contains("did you mean \"QUEUED\"?"));
    }

    @Test
    void anUnknownCategoryIsRefusedWithASuggestion() {
        String text = withAction("\"runOrder\": 1").replace("\"Build\", \"provider\"", "\"Bild\", \"provider\"");
        assertTrue(onlyError(text).message().contains("did you mean \"Build\"?"));
    }

    @Test
    void theSourceMapLocatesValidationProblems() throws Exception {
        LoadedPipeline loaded = PipelineFiles.load(golden(), "rich.pipeline.json");
        List<String> lines = golden().lines().toList();
        TextPosition runOrder = loaded.sourceMap().find(Location.action(1, 2).field("runOrder")).orElseThrow();
        assertEquals("            \"runOrder\": 2,", lines.get(runOrder.line() - 1));
        assertEquals(13, runOrder.column());
        TextPosition input = loaded.sourceMap().find(Location.action(1, 0).field("inputArtifacts").index(0)).orElseThrow();
        assertTrue(lines.get(input.line() - 1).trim().equals("{"), lines.get(input.line() - 1));
        // a setting that is not written falls back to the configuration that lacks it
        assertEquals(loaded.sourceMap().find(Location.action(1, 0).field("configuration")),
                loaded.sourceMap().find(Location.action(1, 0).field("configuration").field("missing")));
        Problem problem = Problem.error(Location.action(1, 2).field("runOrder"), "Bad runOrder.", "use 1");
        assertEquals("rich.pipeline.json:" + runOrder.line() + ":13: error: Bad runOrder. (fix: use 1)",
                loaded.format(problem));
    }
}
