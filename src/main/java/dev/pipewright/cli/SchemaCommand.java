package dev.pipewright.cli;

import dev.pipewright.io.PipelineSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Print the JSON Schema of *.pipeline.json files, for editors that validate JSON.",
            "Example: pipewright schema > pipeline.schema.json"})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(PipelineSchema.generate(RunSession.providers()));
        spec.commandLine().getOut().flush();
        return PipewrightCommand.OK;
    }
}
