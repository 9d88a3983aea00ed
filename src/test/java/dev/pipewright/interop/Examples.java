package dev.pipewright.interop;

import static dev.pipewright.model.ActionCategory.*;

import dev.pipewright.io.PipelineFiles;
import dev.pipewright.model.Action;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.ExecutionMode;
import dev.pipewright.model.OutputArtifact;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.PipelineVariable;
import dev.pipewright.model.Stage;
import dev.pipewright.model.Trigger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Pipelines to export: the bundled examples, and hand-built ones using every built-in provider. */
public final class Examples {

    private Examples() {
    }

    public static Map<String, Pipeline> bundled() {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            var all = new java.util.TreeMap<String, Pipeline>();
            for (Path f : files.filter(p -> p.toString().endsWith(".pipeline.json")).toList()) {
                all.put(f.getFileName().toString(), PipelineFiles.read(f));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (dev.pipewright.io.PipelineFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Every built-in provider, a secret, a trigger with both includes and excludes, sh and pwsh, a timeout. */
    public static Pipeline everyProvider() {
        Action source = new Action("Site", SOURCE, "LocalFolder", 1, Map.of("path", ConfigValue.text("site")),
                List.of(), List.of(OutputArtifact.named("SiteFiles")), Optional.of("Src"), Optional.empty(), Map.of());
        Action build = new Action("Build-site", BUILD, "Shell", 1, Map.of(
                "commands", ConfigValue.list("echo building #{variables.Flavour} from #{Src.Digest}",
                        "echo \"Pages=3\" >> \"$PIPEWRIGHT_OUTPUT\"", "mkdir -p out && cp *.html out/"),
                "shell", ConfigValue.text("sh"),
                "environment", new ConfigValue.TextMap(Map.of("TOKEN", "#{variables.Token}"))),
                List.of("SiteFiles"), List.of(new OutputArtifact("Built", List.of("out/**"))), Optional.of("BuildVars"),
                Optional.of(new BigDecimal("12.5")), Map.of());
        Action test = new Action("Check", TEST, "Shell", 2, Map.of(
                "commands", ConfigValue.text("Write-Output #{BuildVars.Pages}"), "shell", ConfigValue.text("pwsh"),
                "reports", ConfigValue.list("reports/*.xml")),
                List.of("Built", "SiteFiles"), List.of(), Optional.empty(), Optional.empty(), Map.of("x-note", "\"hi\""));
        Action ping = new Action("Ping", INVOKE, "Http", 2, Map.of("url", ConfigValue.text("https://example.org/hook"),
                "method", ConfigValue.text("POST"), "body", ConfigValue.text("{\"run\": \"#{codepipeline.PipelineExecutionId}\"}"),
                "headers", new ConfigValue.TextMap(Map.of("Content-Type", "application/json")),
                "expectedStatus", ConfigValue.text("200,3xx")), List.of(), List.of(), Optional.empty(), Optional.empty(), Map.of());
        Action approve = new Action("Approve", APPROVAL, "Manual", 1, Map.of("CustomData",
                ConfigValue.text("Ship #{Src.Digest}?"), "ExternalEntityLink", ConfigValue.text("https://example.org/preview")),
                List.of(), List.of(), Optional.of("Gate"), Optional.of(new BigDecimal(60)), Map.of());
        Action pack = new Action("Pack", DEPLOY, "Archive", 2, Map.of("format", ConfigValue.text("tar.gz"),
                "target", ConfigValue.text("dist/site-#{Src.Digest}.tar.gz")), List.of("Built"), List.of(),
                Optional.empty(), Optional.empty(), Map.of());
        Action copy = new Action("Publish", DEPLOY, "Folder", 2, Map.of("target", ConfigValue.text("public"),
                "clean", new ConfigValue.Flag(true)), List.of("Built"), List.of(), Optional.empty(), Optional.empty(), Map.of());
        Action child = new Action("Announce", INVOKE, "Pipeline", 3, Map.of("pipelineFile",
                ConfigValue.text("announce.pipeline.json")), List.of(), List.of(), Optional.empty(), Optional.empty(), Map.of());
        var trigger = new Trigger("Site", List.of(new Trigger.PushFilter(
                new Trigger.Patterns(List.of("main", "release/*"), List.of("release/old")),
                new Trigger.Patterns(List.of(), List.of("v0*")),
                new Trigger.Patterns(List.of("site/**"), List.of()))));
        return new Pipeline("every-provider", Optional.of("Uses every built-in provider."), ExecutionMode.QUEUED,
                List.of(new PipelineVariable("Flavour", Optional.of("plain's"), Optional.of("Which flavour"), false, Optional.empty()),
                        PipelineVariable.secretFromEnv("Token", "SITE_TOKEN")),
                List.of(Stage.of("Source", source), Stage.of("Build", build, test, ping),
                        Stage.of("Release", approve, pack, copy, child)),
                List.of(trigger), Map.of());
    }
}
