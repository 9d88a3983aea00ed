package dev.pipewright.edit;

import dev.pipewright.model.ActionRef;

import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.OutputArtifact;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import dev.pipewright.model.Trigger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A valid three-stage pipeline with links, a namespace reference and a trigger. */
final class Fixtures {

    static final ActionRef SOURCE = new ActionRef("Source", "Checkout");
    static final ActionRef COMPILE = new ActionRef("Build", "Compile");
    static final ActionRef LINT = new ActionRef("Build", "Lint");
    static final ActionRef PACKAGE = new ActionRef("Build", "Package");
    static final ActionRef APPROVE = new ActionRef("Release", "Approve");
    static final ActionRef DEPLOY = new ActionRef("Release", "Deploy");

    private Fixtures() {
    }

    static Pipeline pipeline() {
        Action checkout = Action.of("Checkout", ActionCategory.SOURCE, "LocalFolder")
                .withSetting("path", ConfigValue.text("."))
                .withOutputArtifacts(List.of(OutputArtifact.named("Code")))
                .withNamespace(Optional.of("SourceVars"));
        Action compile = shell("Compile", 1, "make #{SourceVars.Digest}").withInputArtifacts(List.of("Code"))
                .withOutputArtifacts(List.of(OutputArtifact.named("Binaries")));
        Action lint = shell("Lint", 1, "lint").withInputArtifacts(List.of("Code"));
        Action pack = shell("Package", 2, "tar").withInputArtifacts(List.of("Binaries"))
                .withOutputArtifacts(List.of(OutputArtifact.named("Bundle")));
        Action approve = Action.of("Approve", ActionCategory.APPROVAL, "Manual");
        Action deploy = Action.of("Deploy", ActionCategory.DEPLOY, "Folder").withRunOrder(2)
                .withSetting("target", ConfigValue.text("out")).withInputArtifacts(List.of("Bundle"));
        Pipeline p = Pipeline.of("demo", Stage.of("Source", checkout), Stage.of("Build", compile, lint, pack),
                Stage.of("Release", approve, deploy));
        return Edits.withTriggers(p, List.of(new Trigger("Checkout", List.of())));
    }

    static Action shell(String name, int runOrder, String command) {
        return Action.of(name, ActionCategory.BUILD, "Shell").withRunOrder(runOrder)
                .withConfiguration(Map.of("commands", ConfigValue.text(command)));
    }
}
