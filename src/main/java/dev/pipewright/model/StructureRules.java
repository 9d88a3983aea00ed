package dev.pipewright.model;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;

/**
 * The shape of the pipeline itself: names, uniqueness, non-empty stages, runOrder and timeout
 * bounds, where Source actions may stand. A one-stage pipeline without a source is fine: local
 * pipelines often build what is already on disk.
 */
final class StructureRules {

    /** 60 days, CodePipeline's longest allowed action timeout. */
    static final BigDecimal MAX_TIMEOUT_MINUTES = BigDecimal.valueOf(86_400);

    private StructureRules() {
    }

    static void check(Pipeline pipeline, List<Problem> problems) {
        NameRule.NAME.check(pipeline.name(), "pipeline name", Location.root().field("name")).ifPresent(problems::add);
        if (pipeline.stages().isEmpty()) {
            problems.add(Problem.error(Location.root().field("stages"), "The pipeline has no stages.",
                    "add a stage with at least one action"));
        }
        var stageNames = new HashSet<String>();
        for (int s = 0; s < pipeline.stages().size(); s++) {
            Stage stage = pipeline.stages().get(s);
            Location at = Location.stage(s);
            NameRule.NAME.check(stage.name(), "stage name", at.field("name")).ifPresent(problems::add);
            if (!stageNames.add(stage.name())) {
                problems.add(Problem.error(at.field("name"), "There are two stages named '" + stage.name()
                        + "'; stage names must be unique in the pipeline.", "rename one of them"));
            }
            if (stage.actions().isEmpty()) {
                problems.add(Problem.error(at.field("actions"), "Stage '" + stage.name() + "' has no actions.",
                        "add an action to it, or delete the stage"));
            }
            checkActions(s, stage, problems);
        }
    }

    private static void checkActions(int stageIndex, Stage stage, List<Problem> problems) {
        var actionNames = new HashSet<String>();
        for (int a = 0; a < stage.actions().size(); a++) {
            Action action = stage.actions().get(a);
            Location at = Location.action(stageIndex, a);
            String who = "action '" + action.name() + "' in stage '" + stage.name() + "'";
            NameRule.NAME.check(action.name(), "action name", at.field("name")).ifPresent(problems::add);
            if (!actionNames.add(action.name())) {
                problems.add(Problem.error(at.field("name"), "Stage '" + stage.name() + "' has two actions named '"
                        + action.name() + "'; action names must be unique within a stage.", "rename one of them"));
            }
            if (action.runOrder() < Action.MIN_RUN_ORDER || action.runOrder() > Action.MAX_RUN_ORDER) {
                problems.add(Problem.error(at.field("runOrder"), "The runOrder of " + who + " is "
                        + action.runOrder() + "; it must be from " + Action.MIN_RUN_ORDER + " to "
                        + Action.MAX_RUN_ORDER + ".", "use 1 to run first, the same number to run in parallel"));
            }
            action.timeoutInMinutes().ifPresent(t -> {
                if (t.signum() <= 0 || t.compareTo(MAX_TIMEOUT_MINUTES) > 0) {
                    problems.add(Problem.error(at.field("timeoutInMinutes"), "The timeout of " + who + " is "
                            + t.toPlainString() + " minutes; it must be more than 0 and at most "
                            + MAX_TIMEOUT_MINUTES + " (60 days).", "remove it to use the provider's default"));
                }
            });
            if (action.category() == ActionCategory.SOURCE && stageIndex > 0) {
                problems.add(Problem.error(at.field("actionTypeId").field("category"), "Source " + who
                        + " is not in the first stage; Source actions may only stand in the first stage.",
                        "move it to the first stage"));
            }
        }
    }
}
