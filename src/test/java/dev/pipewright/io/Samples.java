package dev.pipewright.io;

import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.ExecutionMode;
import dev.pipewright.model.OutputArtifact;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineVariable;
import dev.pipewright.model.Stage;
import dev.pipewright.model.Trigger;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Pipelines for the file tests. */
final class Samples {

    private Samples() {
    }

    /** Uses every field of the format at least once. */
    static Pipeline rich() {
        Action checkout = new Action("Checkout", ActionCategory.SOURCE, "Git", 1,
                Map.of("url", ConfigValue.text("https://example.org/app.git"), "branch", ConfigValue.text("main")),
                List.of(), List.of(OutputArtifact.named("SourceCode")), Optional.of("SourceVariables"),
                Optional.empty(), Map.of());
        Action compile = new Action("Compile", ActionCategory.BUILD, "Shell", 1,
                Map.of("commands", ConfigValue.list("make all", "echo #{SourceVariables.CommitId}"),
                        "retries", new ConfigValue.Number(new BigDecimal("2")),
                        "ratio", new ConfigValue.Number(new BigDecimal("1.50")),
                        "verbose", new ConfigValue.Flag(true),
                        "env", new ConfigValue.TextMap(Map.of("VERSION", "#{variables.version}", "CI", "true"))),
                List.of("SourceCode"), List.of(new OutputArtifact("Binaries", List.of("build/**", "*.jar"))),
                Optional.of("BuildVariables"), Optional.of(new BigDecimal("0.5")),
                Map.of("x-owner", "{\"team\":\"platform\",\"tags\":[1,2.50]}"));
        Action lint = Action.of("Lint", ActionCategory.TEST, "Shell").withInputArtifacts(List.of("SourceCode"))
                .withSetting("commands", ConfigValue.text("make lint"));
        Action approve = Action.of("Approve", ActionCategory.APPROVAL, "Manual").withRunOrder(2)
                .withTimeoutInMinutes(Optional.of(BigDecimal.valueOf(60)));
        var triggers = List.of(new Trigger("Checkout", List.of(new Trigger.PushFilter(
                new Trigger.Patterns(List.of("main", "release/**"), List.of("wip/*")),
                Trigger.Patterns.ANY, new Trigger.Patterns(List.of("src/**"), List.of())))));
        return new Pipeline("app-release", Optional.of("Builds and ships the app."), ExecutionMode.QUEUED,
                List.of(PipelineVariable.of("version", "1.0"),
                        new PipelineVariable("token", Optional.empty(), Optional.of("Registry token"), true,
                                Optional.of("REGISTRY_TOKEN"))),
                List.of(Stage.of("Source", checkout),
                        new Stage("Build", List.of(compile, lint, approve), Map.of("x-color", "\"blue\""))),
                triggers, Map.of("x-docs", "\"https://example.org/docs\""));
    }
}
