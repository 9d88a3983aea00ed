package dev.pipewright.ui;

import dev.pipewright.actions.Providers;
import dev.pipewright.model.ActionRef;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Problem;
import dev.pipewright.model.Severity;
import dev.pipewright.ui.canvas.CanvasItem;
import dev.pipewright.ui.canvas.CanvasProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which stage or card each validation problem marks on the canvas (the worst one wins). The
 * warning that an action cannot run on this machine is left to the card's own "runs only on AWS"
 * mark: an imported pipeline would otherwise show every AWS action as a warning.
 */
final class CanvasProblems {
    private CanvasProblems() {
    }

    static Map<CanvasItem, CanvasProblem> of(Pipeline pipeline, List<Problem> problems, Providers providers) {
        var marks = new LinkedHashMap<CanvasItem, CanvasProblem>();
        for (Problem p : problems) {
            var path = p.location().path();
            if (path.size() < 2 || !"stages".equals(path.get(0)) || !(path.get(1) instanceof Integer s)
                    || s >= pipeline.stages().size()) {
                continue;
            }
            var stage = pipeline.stages().get(s);
            CanvasItem item = new CanvasItem.StageItem(stage.name());
            if (path.size() >= 4 && "actions".equals(path.get(2)) && path.get(3) instanceof Integer a
                    && a < stage.actions().size()) {
                if (isNonLocalNotice(p, providers.runsLocally(stage.actions().get(a)))) {
                    continue;
                }
                item = new CanvasItem.CardItem(new ActionRef(stage.name(), stage.actions().get(a).name()));
            }
            CanvasProblem existing = marks.get(item);
            if (existing == null || existing.severity() == Severity.WARNING && p.isError()) {
                marks.put(item, new CanvasProblem(p.severity(), p.message()));
            }
        }
        return marks;
    }

    private static boolean isNonLocalNotice(Problem p, boolean runsLocally) {
        var path = p.location().path();
        return !runsLocally && !p.isError() && path.size() == 6 && "actionTypeId".equals(path.get(4))
                && "provider".equals(path.get(5));
    }
}
