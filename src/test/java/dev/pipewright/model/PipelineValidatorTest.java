package dev.pipewright.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PipelineValidatorTest {

    static Action shell(String name, int runOrder, String command) {
        return Action.of(name, ActionCategory.BUILD, "Shell").withRunOrder(runOrder)
                .withSetting("commands", ConfigValue.text(command));
    }

    static Action source(String name, String output) {
        return Action.of(name, ActionCategory.SOURCE, "Git").withSetting("url", ConfigValue.text("https://x/y.git"))
                .withOutputArtifacts(List.of(OutputArtifact.named(output)));
    }

    /** A valid two-stage pipeline the tests break one rule at a time. */
    static Pipeline valid() {
        return Pipeline.of("Demo",
                Stage.of("Source", source("Checkout", "SourceCode").withNamespace(Optional.of("SourceVariables"))),
                Stage.of("Build",
                        shell("Compile", 1, "make #{SourceVariables.CommitId}")
                                .withInputArtifacts(List.of("SourceCode"))
                                .withOutputArtifacts(List.of(OutputArtifact.named("Binaries"))),
                        shell("Package", 2, "tar #{variables.version}").withInputArtifacts(List.of("Binaries"))))
                .withVariables(List.of(PipelineVariable.of("version", "1.0")));
    }

    static List<Problem> validate(Pipeline p) {
        return PipelineValidator.validate(p, TestCatalog.INSTANCE);
    }

    /** The only problem of {@code p}, which must be at {@code where}. */
    static Problem single(Pipeline p, Location where) {
        List<Problem> problems = validate(p);
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        assertEquals(where, problems.get(0).location(), problems.get(0).message());
        return problems.get(0);
    }

    static Pipeline replaceAction(Pipeline p, int stage, int action, Action replacement) {
        var actions = new java.util.ArrayList<>(p.stages().get(stage).actions());
        actions.set(action, replacement);
        return p.withStage(stage, p.stages().get(stage).withActions(actions));
    }

    static Action action(Pipeline p, int stage, int action) {
        return p.stages().get(stage).actions().get(action);
    }

    @Test
    void theValidPipelineHasNoProblems() {
        assertEquals(List.of(), validate(valid()));
    }

    @Test
    void aSingleStagePipelineWithoutSourceIsFine() {
        assertEquals(List.of(), validate(Pipeline.of("Local", Stage.of("Build", shell("Make", 1, "make")))));
    }

    @Test
    void namesWithForbiddenCharactersAreErrors() {
        Problem p = single(valid().withName("my pipeline!"), Location.root().field("name"));
        assertTrue(p.message().contains("space") && p.message().contains("'!'"), p.message());
        assertEquals(Optional.of("use only letters, digits and . @ - _"), p.fix());

        single(valid().withStage(1, valid().stages().get(1).withName("Build/Test")),
                Location.stage(1).field("name"));
        String longName = "a".repeat(101);
        assertTrue(single(replaceAction(valid(), 1, 1, action(valid(), 1, 1).withName(longName)),
                Location.action(1, 1).field("name")).message().contains("101 characters"));
    }

    @Test
    void artifactNamesRefuseDotsThatActionNamesAllow() {
        Pipeline p = replaceAction(valid(), 1, 0, action(valid(), 1, 0)
                .withOutputArtifacts(List.of(OutputArtifact.named("bin.tar"))));
        // the consumer of Binaries now has no producer either
        List<Problem> problems = validate(p);
        assertTrue(problems.stream().anyMatch(x -> x.location().equals(
                Location.action(1, 0).field("outputArtifacts").index(0).field("name"))), problems::toString);
    }

    @Test
    void aPipelineNeedsAStageAndEveryStageAnAction() {
        single(Pipeline.of("Empty"), Location.root().field("stages"));
        Problem p = single(Pipeline.of("P", Stage.of("Build", shell("Make", 1, "make")), Stage.of("Deploy")),
                Location.stage(1).field("actions"));
        assertTrue(p.message().contains("'Deploy'"), p.message());
    }

    @Test
    void sourceActionsOnlyInTheFirstStage() {
        Pipeline p = Pipeline.of("P", Stage.of("Build", shell("Make", 1, "make")),
                Stage.of("Late", source("Checkout", "Code")));
        Problem problem = single(p, Location.action(1, 0).field("actionTypeId").field("category"));
        assertTrue(problem.message().contains("'Checkout'"));
    }

    @Test
    void stageNamesAreUnique() {
        Pipeline p = Pipeline.of("P", Stage.of("Build", shell("A", 1, "a")), Stage.of("Build", shell("B", 1, "b")));
        single(p, Location.stage(1).field("name"));
    }

    @Test
    void actionNamesAreUniqueWithinAStageOnly() {
        Pipeline p = Pipeline.of("P", Stage.of("One", shell("Make", 1, "a"), shell("Make", 2, "b")),
                Stage.of("Two", shell("Make", 1, "c")));
        single(p, Location.action(0, 1).field("name"));
    }

    @Test
    void outputArtifactNamesAreUniqueInThePipeline() {
        Pipeline p = replaceAction(valid(), 1, 1, action(valid(), 1, 1)
                .withOutputArtifacts(List.of(OutputArtifact.named("SourceCode"))));
        Problem problem = single(p, Location.action(1, 1).field("outputArtifacts").index(0).field("name"));
        assertTrue(problem.message().contains("'Checkout' in stage 'Source'"), problem.message());
    }

    @Test
    void variableNamesAreUnique() {
        Pipeline p = valid().withVariables(List.of(PipelineVariable.of("version", "1"), PipelineVariable.of("version", "2")));
        single(p, Location.variable(1).field("name"));
    }

    @Test
    void namespacesAreUniqueAndNotReservedAndNotArtifactNames() {
        Pipeline dup = replaceAction(valid(), 1, 1, action(valid(), 1, 1).withNamespace(Optional.of("SourceVariables")));
        single(dup, Location.action(1, 1).field("namespace"));

        Pipeline reserved = replaceAction(valid(), 1, 1, action(valid(), 1, 1).withNamespace(Optional.of("variables")));
        assertTrue(single(reserved, Location.action(1, 1).field("namespace")).message().contains("reserved"));

        Pipeline collides = replaceAction(valid(), 1, 1, action(valid(), 1, 1).withNamespace(Optional.of("Binaries")));
        assertTrue(single(collides, Location.action(1, 1).field("namespace")).message().contains("artifact"));
    }

    @Test
    void runOrderIsFrom1To999() {
        single(replaceAction(valid(), 1, 1, action(valid(), 1, 1).withRunOrder(1000)), Location.action(1, 1).field("runOrder"));
        Pipeline zero = Pipeline.of("P", Stage.of("Build", shell("Make", 0, "make")));
        single(zero, Location.action(0, 0).field("runOrder"));
    }

    @Test
    void anInputMustBeProducedBySomeAction() {
        Pipeline p = replaceAction(valid(), 1, 1, action(valid(), 1, 1).withInputArtifacts(List.of("Binarys")));
        Problem problem = single(p, Location.action(1, 1).field("inputArtifacts").index(0));
        assertTrue(problem.message().contains("not produced by any action"), problem.message());
        assertEquals(Optional.of("did you mean 'Binaries'?"), problem.fix());
        assertEquals(Optional.of("Binaries"), problem.replacement(), "a single fix a tool can apply");
    }

    @Test
    void anInputProducedAtTheSameTimeIsNamedAsSuch() {
        Pipeline p = replaceAction(valid(), 1, 1, action(valid(), 1, 1).withRunOrder(1));
        Problem problem = single(p, Location.action(1, 1).field("inputArtifacts").index(0));
        assertTrue(problem.message().contains("produced by action 'Compile' in stage 'Build'")
                && problem.message().contains("same time"), problem.message());
        assertTrue(problem.fix().orElseThrow().contains("runOrder higher than 1"));
    }

    @Test
    void anInputProducedInALaterStageIsNamedAsSuch() {
        Pipeline p = Pipeline.of("P",
                Stage.of("First", shell("Use", 1, "use").withInputArtifacts(List.of("Out"))),
                Stage.of("Second", shell("Make", 1, "make").withOutputArtifacts(List.of(OutputArtifact.named("Out")))));
        Problem problem = single(p, Location.action(0, 0).field("inputArtifacts").index(0));
        assertTrue(problem.message().contains("later stage"), problem.message());
    }

    @Test
    void pipelineVariableReferencesMustBeDeclared() {
        Pipeline p = replaceAction(valid(), 1, 1, action(valid(), 1, 1)
                .withSetting("commands", ConfigValue.list("echo ok", "tar #{variables.versoin}")));
        Problem problem = single(p, Location.action(1, 1).field("configuration").field("commands").index(1));
        assertEquals(Optional.of("did you mean #{variables.version}?"), problem.fix());
    }

    @Test
    void builtInReferencesMustExist() {
        Pipeline p = replaceAction(valid(), 1, 1, action(valid(), 1, 1)
                .withSetting("commands", ConfigValue.text("echo #{codepipeline.ExecutionId} #{codepipeline.PipelineName}")));
        Problem problem = single(p, Location.action(1, 1).field("configuration").field("commands"));
        assertTrue(problem.message().contains("PipelineExecutionId"), problem.message());
    }

    @Test
    void anUnknownNamespaceNamesTheAvailableOnes() {
        Pipeline p = replaceAction(valid(), 1, 1, action(valid(), 1, 1)
                .withSetting("env", new ConfigValue.TextMap(Map.of("SHA", "#{Src.CommitId}"))));
        Problem problem = single(p, Location.action(1, 1).field("configuration").field("env").field("SHA"));
        assertTrue(problem.message().contains("namespaces available here are SourceVariables"), problem.message());
    }

    @Test
    void aNamespaceOfAnActionRunningLaterIsAnError() {
        Pipeline p = replaceAction(valid(), 1, 1, action(valid(), 1, 1).withNamespace(Optional.of("PackageVars")));
        p = replaceAction(p, 1, 0, action(p, 1, 0).withSetting("commands", ConfigValue.text("#{PackageVars.ExitCode}")));
        Problem problem = single(p, Location.action(1, 0).field("configuration").field("commands"));
        assertTrue(problem.message().contains("'Package' in stage 'Build'") && problem.message().contains("later"),
                problem.message());
    }

    @Test
    void outputVariablesOfAClosedProviderAreErrorsOfAnOpenOneWarnings() {
        Pipeline closed = replaceAction(valid(), 1, 0, action(valid(), 1, 0)
                .withSetting("commands", ConfigValue.text("make #{SourceVariables.CommitID}")));
        Problem error = single(closed, Location.action(1, 0).field("configuration").field("commands"));
        assertEquals(Severity.ERROR, error.severity());
        assertEquals(Optional.of("did you mean #{SourceVariables.CommitId}?"), error.fix());

        Pipeline open = replaceAction(valid(), 1, 0, action(valid(), 1, 0).withNamespace(Optional.of("CompileVars")));
        open = replaceAction(open, 1, 1, action(open, 1, 1).withSetting("commands", ConfigValue.text("#{CompileVars.Digest}")));
        assertEquals(Severity.WARNING, single(open, Location.action(1, 1).field("configuration").field("commands")).severity());
    }

    @Test
    void anUnknownProviderListsTheCategorysProviders() {
        Pipeline p = replaceAction(valid(), 1, 1, new Action("Package", ActionCategory.BUILD, "Shel", 2, Map.of(),
                List.of(), List.of(), Optional.empty(), Optional.empty(), Map.of()));
        Problem problem = single(p, Location.action(1, 1).field("actionTypeId").field("provider"));
        assertTrue(problem.message().contains("Build providers are Shell"), problem.message());
        assertEquals(Optional.of("did you mean 'Shell'?"), problem.fix());
        assertEquals(Optional.of("Shell"), problem.replacement(), "a single fix a tool can apply");
    }

    @Test
    void requiredSettingsMustBePresentUnlessTheyHaveADefault() {
        Pipeline p = replaceAction(valid(), 1, 1, action(valid(), 1, 1).withSetting("commands", null));
        Problem problem = single(p, Location.action(1, 1).field("configuration"));
        assertTrue(problem.message().contains("'commands'"), problem.message());
        // Git's branch is not required and url is present: the source action has no problem
        assertEquals(List.of(), validate(valid()));
    }

    @Test
    void settingValuesMustHaveTheirType() {
        Pipeline p = replaceAction(valid(), 1, 1, action(valid(), 1, 1).withSetting("retries", ConfigValue.text("often")));
        Problem problem = single(p, Location.action(1, 1).field("configuration").field("retries"));
        assertTrue(problem.message().contains("a whole number, found text"), problem.message());
    }

    @Test
    void choicesMustBeAmongTheListedOnes() {
        Pipeline p = replaceAction(valid(), 1, 1, action(valid(), 1, 1).withSetting("shell", ConfigValue.text("bsh")));
        Problem problem = single(p, Location.action(1, 1).field("configuration").field("shell"));
        assertEquals(Optional.of("did you mean 'bash'?"), problem.fix());
        assertEquals(Optional.of("bash"), problem.replacement());
    }

    @Test
    void aSettingsOwnCheckRuns() {
        Pipeline p = replaceAction(valid(), 1, 1, action(valid(), 1, 1)
                .withSetting("retries", new ConfigValue.Number(BigDecimal.valueOf(-2))));
        assertTrue(single(p, Location.action(1, 1).field("configuration").field("retries")).message()
                .contains("must not be negative"));
    }

    @Test
    void unknownSettingsAreWarningsWithASuggestion() {
        Pipeline p = replaceAction(valid(), 1, 1, action(valid(), 1, 1).withSetting("comands", ConfigValue.text("x")));
        Problem problem = single(p, Location.action(1, 1).field("configuration").field("comands"));
        assertEquals(Severity.WARNING, problem.severity());
        assertEquals(Optional.of("did you mean 'commands'?"), problem.fix());
        assertEquals(Optional.empty(), problem.replacement(), "a key's name is no value to write in its place");
    }

    @Test
    void artifactCountsMustFitTheProvider() {
        Pipeline p = Pipeline.of("P", Stage.of("Test", Action.of("Check", ActionCategory.TEST, "Script")));
        Problem problem = single(p, Location.action(0, 0).field("inputArtifacts"));
        assertTrue(problem.message().contains("takes 1 to 2 input artifacts"), problem.message());
    }

    @Test
    void timeoutsArePositiveAndAtMostSixtyDays() {
        Pipeline zero = replaceAction(valid(), 1, 1, action(valid(), 1, 1).withTimeoutInMinutes(Optional.of(BigDecimal.ZERO)));
        single(zero, Location.action(1, 1).field("timeoutInMinutes"));
        Pipeline tooLong = replaceAction(valid(), 1, 1, action(valid(), 1, 1)
                .withTimeoutInMinutes(Optional.of(BigDecimal.valueOf(86_401))));
        single(tooLong, Location.action(1, 1).field("timeoutInMinutes"));
        Pipeline half = replaceAction(valid(), 1, 1, action(valid(), 1, 1)
                .withTimeoutInMinutes(Optional.of(new BigDecimal("0.5"))));
        assertEquals(List.of(), validate(half));
    }

    @Test
    void secretVariablesHaveNoDefaultValue() {
        Pipeline p = valid().withVariables(List.of(PipelineVariable.of("version", "1"),
                new PipelineVariable("token", Optional.of("hunter2"), Optional.empty(), true, Optional.empty())));
        Problem problem = single(p, Location.variable(1).field("defaultValue"));
        assertEquals(Optional.of("remove the default and use fromEnv or pass it with --var"), problem.fix());
    }

    @Test
    void triggersWatchASourceActionOfTheFirstStage() {
        Pipeline ok = withTriggers(valid(), "Checkout");
        assertEquals(List.of(), validate(ok));
        Location where = Location.root().field("triggers").index(0).field("gitConfiguration").field("sourceActionName");
        assertEquals(Optional.of("did you mean 'Checkout'?"), single(withTriggers(valid(), "Checkot"), where).fix());
        assertTrue(single(withTriggers(valid(), "Compile"), where).message().contains("no such action in the first stage"));
        Location second = Location.root().field("triggers").index(1).field("gitConfiguration").field("sourceActionName");
        single(withTriggers(valid(), "Checkout", "Checkout"), second);
    }

    private static Pipeline withTriggers(Pipeline p, String... sourceActions) {
        List<Trigger> triggers = java.util.Arrays.stream(sourceActions).map(s -> new Trigger(s, List.of())).toList();
        return new Pipeline(p.name(), p.description(), p.executionMode(), p.variables(), p.stages(), triggers, p.extensions());
    }

    @Test
    void closestNameToleratesSmallTyposOnly() {
        assertEquals(Optional.of("runOrder"), ClosestName.among("runorder", List.of("name", "runOrder")));
        assertEquals(Optional.empty(), ClosestName.among("zzz", List.of("name", "runOrder")));
    }
}
