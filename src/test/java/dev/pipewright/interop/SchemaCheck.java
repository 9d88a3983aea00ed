package dev.pipewright.interop;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.pipewright.interop.yaml.YamlReader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Validates exported YAML against a target's own schema from {@code ../shared/schemas}. */
public final class SchemaCheck {

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private SchemaCheck() {
    }

    /** The schema's complaints about {@code yaml}, read back as the target would read it. */
    public static List<String> errors(String schemaFile, String yaml) {
        Schema schema = SCHEMAS.computeIfAbsent(schemaFile, f -> SchemaRegistry
                .withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(SharedFiles.read(SharedFiles.schema(f)), InputFormat.JSON));
        try {
            String json = YamlReader.read(yaml, "export.yml").root().toString();
            return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
        } catch (InteropException e) {
            return List.of("the export is not readable YAML: " + e.getMessage());
        }
    }
}
