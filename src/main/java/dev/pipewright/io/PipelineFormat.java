package dev.pipewright.io;

import dev.pipewright.model.Location;
import dev.pipewright.model.Pipeline;
import java.util.HashMap;

/**
 * The {@code *.pipeline.json} format, version {@value #SCHEMA_VERSION}. Field names mirror AWS
 * CodePipeline's pipeline declaration, so that people who know one read the other.
 *
 * <pre>{@code
 * {
 *   "$schema": "...",                      optional, for editors; kept as written
 *   "schemaVersion": 1,                    required
 *   "pipeline": {
 *     "name": "build",                     required
 *     "description": "...",
 *     "executionMode": "QUEUED",           SUPERSEDED (default, not written), QUEUED or PARALLEL
 *     "variables": [ { "name": "version", "defaultValue": "1.0", "description": "...",
 *                      "secret": true, "fromEnv": "TOKEN" } ],   secret is written only when true
 *     "stages": [ {                        required
 *       "name": "Build",                   required
 *       "actions": [ {                     required
 *         "name": "Compile",               required
 *         "actionTypeId": { "category": "Build", "provider": "Shell" },   required
 *         "runOrder": 1,                   default 1; always written, it places the action
 *         "configuration": { "key": "text" | 12 | true | ["texts"] | { "name": "text" } },
 *         "inputArtifacts": [ { "name": "SourceCode" } ],
 *         "outputArtifacts": [ { "name": "Binaries", "files": [ "build/**" ] } ],
 *         "namespace": "BuildVariables",
 *         "timeoutInMinutes": 0.5          fractions allowed
 *       } ]
 *     } ],
 *     "triggers": [ { "gitConfiguration": { "sourceActionName": "Checkout",
 *       "push": [ { "branches": { "includes": ["main"], "excludes": [] }, "tags": {...}, "filePaths": {...} } ] } } ]
 *   }
 * }
 * }</pre>
 *
 * <p>Rules: every other field is refused with a "did you mean" hint, except fields starting with
 * {@code x-} on the pipeline, a stage or an action, which are kept as written (as compact JSON
 * text in the model's {@code extensions}) and written back after the known fields, sorted. A
 * {@code null} counts as an absent field. Writing puts fields in the order above, sorts
 * configuration keys (and map values' keys), omits absent optional fields, empty lists and
 * empty configuration, uses two-space indents, {@code \n} line endings and a final newline.
 */
public final class PipelineFormat {

    /** The newest version this build reads and the one it writes. */
    public static final int SCHEMA_VERSION = 1;

    /** Editors' field naming the JSON Schema; kept in the pipeline's extensions under this key. */
    public static final String SCHEMA_FIELD = "$schema";

    /** Where the pipeline stands in the file; the model's locations start there. */
    static final Location PIPELINE = Location.root().field("pipeline");

    private PipelineFormat() {
    }

    /** Keeps the {@code $schema} text of the file with the pipeline (as JSON text, like x- fields). */
    static Pipeline withSchemaReference(Pipeline pipeline, String schema) {
        var extensions = new HashMap<>(pipeline.extensions());
        extensions.put(SCHEMA_FIELD, LocatedJson.NODES.textNode(schema).toString());
        return new Pipeline(pipeline.name(), pipeline.description(), pipeline.executionMode(), pipeline.variables(),
                pipeline.stages(), pipeline.triggers(), extensions);
    }
}
