package dev.pipewright.engine;

import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineValidator;
import dev.pipewright.model.Problem;
import dev.pipewright.model.ProviderCatalog;
import java.util.List;

/** The engine refuses to start a pipeline that has errors; the validator says which. */
final class RunChecks {
    private RunChecks() {
    }

    static void refuseInvalid(Pipeline pipeline, ProviderCatalog catalog) throws StartRefusedException {
        List<String> errors = PipelineValidator.validate(pipeline, catalog).stream()
                .filter(Problem::isError)
                .map(p -> p.location().describe(pipeline) + ": " + p.message())
                .toList();
        if (!errors.isEmpty()) {
            throw new StartRefusedException(errors);
        }
    }
}
