package dev.pipewright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.ProviderCatalog;
import dev.pipewright.model.ProviderSpec;
import dev.pipewright.model.SettingSpec;
import dev.pipewright.model.SettingType;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineSchemaTest {

    static final ProviderCatalog CATALOG = () -> List.of(
            new ProviderSpec(ActionCategory.SOURCE, "Git", "Git", "Clone", "Clones a repository.",
                    List.of(SettingSpec.required("url", "URL", SettingType.TEXT, "Where from."),
                            SettingSpec.optional("branch", "Branch", SettingType.TEXT, "Which branch.")
                                    .withDefault(ConfigValue.text("main"))),
                    ProviderSpec.Count.NONE, new ProviderSpec.Count(1, 1), List.of("CommitId"), false),
            new ProviderSpec(ActionCategory.BUILD, "Shell", "Shell", "Run commands", "Runs commands.",
                    List.of(SettingSpec.required("commands", "Commands", SettingType.MULTILINE_TEXT, "What to run."),
                            SettingSpec.optional("retries", "Retries", SettingType.INTEGER, "Retries."),
                            SettingSpec.optional("verbose", "Verbose", SettingType.BOOLEAN, "Say more."),
                            SettingSpec.optional("shell", "Shell", SettingType.CHOICE, "Which shell.")
                                    .withChoices("bash", "sh"),
                            SettingSpec.optional("env", "Environment", SettingType.MAP, "Variables."),
                            SettingSpec.optional("ratio", "Ratio", SettingType.TEXT, "A number.")),
                    new ProviderSpec.Count(0, 5), new ProviderSpec.Count(0, 5), List.of(), true),
            new ProviderSpec(ActionCategory.TEST, "Shell", "Shell", "Run tests", "Runs tests.",
                    List.of(SettingSpec.required("commands", "Commands", SettingType.MULTILINE_TEXT, "What to run.")),
                    new ProviderSpec.Count(0, 5), ProviderSpec.Count.NONE, List.of(), true),
            new ProviderSpec(ActionCategory.APPROVAL, "Manual", "Manual", "Wait", "Waits for a person.",
                    List.of(), ProviderSpec.Count.NONE, ProviderSpec.Count.NONE, List.of(), false));

    static List<Error> errorsOf(String pipelineFile) {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(PipelineSchema.generate(CATALOG), InputFormat.JSON);
        return schema.validate(pipelineFile, InputFormat.JSON);
    }

    @Test
    void isStableJsonThatDescribesTheFormatAndTheProviders() throws Exception {
        String text = PipelineSchema.generate(CATALOG);
        assertEquals(text, PipelineSchema.generate(CATALOG));
        JsonNode schema = new ObjectMapper().readTree(text);
        assertEquals(PipelineSchema.DIALECT, schema.get("$schema").asText());
        JsonNode action = schema.at("/$defs/action");
        assertEquals(999, action.at("/properties/runOrder/maximum").asInt());
        assertEquals("^[A-Za-z0-9_\\-]{1,100}$", schema.at("/$defs/artifactName/pattern").asText());
        JsonNode shell = action.at("/allOf/1/then/properties/configuration");
        assertEquals("Runs commands.", shell.get("description").asText());
        assertEquals("commands", shell.at("/required/0").asText());
        assertEquals("bash", shell.at("/properties/shell/anyOf/0/enum/0").asText());
        assertEquals("main", action.at("/allOf/0/then/properties/configuration/properties/branch/default").asText());
    }

    @Test
    void theGoldenFilePassesTheSchema() throws Exception {
        assertEquals(List.of(), errorsOf(PipelineFilesTest.golden()));
    }

    @Test
    void theSchemaRefusesWhatTheReaderRefuses() {
        String wrongRunOrder = PipelineFilesTest.withAction("\"runOrder\": 1000, \"configuration\": {\"commands\": \"make\"}");
        assertTrue(errorsOf(wrongRunOrder).toString().contains("runOrder"), errorsOf(wrongRunOrder)::toString);
        String unknownField = PipelineFilesTest.withAction("\"runorder\": 1, \"configuration\": {\"commands\": \"make\"}");
        assertTrue(errorsOf(unknownField).toString().contains("runorder"), errorsOf(unknownField)::toString);
        String xField = PipelineFilesTest.withAction("\"x-ui\": {\"a\": 1}, \"configuration\": {\"commands\": \"make\"}");
        assertEquals(List.of(), errorsOf(xField));
    }

    @Test
    void providerSettingsAreCheckedByType() {
        String missingCommands = PipelineFilesTest.withAction("\"runOrder\": 1");
        assertTrue(errorsOf(missingCommands).toString().contains("configuration"), errorsOf(missingCommands)::toString);
        String emptyConfiguration = PipelineFilesTest.withAction("\"configuration\": {\"shell\": \"sh\"}");
        assertTrue(errorsOf(emptyConfiguration).toString().contains("commands"), errorsOf(emptyConfiguration)::toString);
        String badChoice = PipelineFilesTest.withAction("\"configuration\": {\"commands\": \"make\", \"shell\": \"zsh\"}");
        assertTrue(!errorsOf(badChoice).isEmpty());
        String reference = PipelineFilesTest.withAction(
                "\"configuration\": {\"commands\": [\"make\"], \"retries\": \"#{variables.n}\", \"verbose\": \"true\"}");
        assertEquals(List.of(), errorsOf(reference));
    }
}
