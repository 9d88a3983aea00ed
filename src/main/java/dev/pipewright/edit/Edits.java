package dev.pipewright.edit;

import dev.pipewright.model.ActionRef;

import dev.pipewright.model.Action;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Stage;
import dev.pipewright.model.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Small record surgery the model's own withers do not cover. */
final class Edits {

    private Edits() {
    }

    static Pipeline withTriggers(Pipeline p, List<Trigger> triggers) {
        return new Pipeline(p.name(), p.description(), p.executionMode(), p.variables(), p.stages(), triggers,
                p.extensions());
    }

    static Pipeline withDescription(Pipeline p, Optional<String> description) {
        return new Pipeline(p.name(), description, p.executionMode(), p.variables(), p.stages(), p.triggers(),
                p.extensions());
    }

    /** {@code change} applied to the one action {@code ref} names. */
    static Pipeline mapAction(Pipeline pipeline, ActionRef ref, UnaryOperator<Action> change) {
        Located at = Located.find(pipeline, ref);
        List<Action> actions = new ArrayList<>(at.stage().actions());
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).name().equals(ref.action())) {
                actions.set(i, change.apply(actions.get(i)));
                break;
            }
        }
        return pipeline.withStage(at.stageIndex(), at.stage().withActions(actions));
    }

    /** {@code change} applied to every action of the pipeline. */
    static Pipeline mapActions(Pipeline pipeline, UnaryOperator<Action> change) {
        List<Stage> stages = pipeline.stages().stream()
                .map(s -> s.withActions(s.actions().stream().map(change).toList())).toList();
        return pipeline.withStages(stages);
    }
}
