package dev.pipewright.ui;

import dev.pipewright.edit.ActionRef;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Problem;
import dev.pipewright.model.Severity;
import dev.pipewright.ui.canvas.CanvasItem;
import dev.pipewright.ui.canvas.CanvasProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which stage or card each validation problem marks on the canvas (the worst one wins). */
final class CanvasProblems {
    private CanvasProblems() {
    }

    static Map<CanvasItem, CanvasProblem> of(Pipeline pipeline, List<Problem> problems) {
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
                item = new CanvasItem.CardItem(new ActionRef(stage.name(), stage.actions().get(a).name()));
            }
            CanvasProblem existing = marks.get(item);
            if (existing == null || existing.severity() == Severity.WARNING && p.isError()) {
                marks.put(item, new CanvasProblem(p.severity(), p.message()));
            }
        }
        return marks;
    }
}
