package dev.pipewright.ui;

import dev.pipewright.model.ActionRef;
import dev.pipewright.edit.ChangeProvider;
import dev.pipewright.edit.EditResult;
import dev.pipewright.edit.PipelineEdits;
import dev.pipewright.model.Action;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.Problem;
import dev.pipewright.model.ProviderCatalog;
import dev.pipewright.model.Stage;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Applies a problem's single fix: the value the validation suggests ("did you mean 'Shell'?") is
 * written where the problem is, through the same edit a person would make there (Change Provider
 * for a provider, the setting for a setting, the input for an input), as one undo step.
 */
final class ProblemFixes {

    /** A fix ready to apply: words for the menu and the undo list, and the edit. */
    record Fix(String words, Function<Pipeline, EditResult> edit) {
    }

    private final ProviderCatalog catalog;

    ProblemFixes(ProviderCatalog catalog) {
        this.catalog = catalog;
    }

    /** Lets the problems list apply the fixes of the open pipeline's problems through {@code edits}. */
    static void install(ProblemsPanel panel, ProviderCatalog catalog, java.util.function.Supplier<Optional<Pipeline>> open,
                        DocumentEdits edits) {
        var fixes = new ProblemFixes(catalog);
        panel.setFixes(p -> open.get().flatMap(pipeline -> fixes.of(pipeline, p)).map(Fix::words),
                p -> open.get().flatMap(pipeline -> fixes.of(pipeline, p)).ifPresent(f -> edits.perform(f.words(), f.edit())));
    }

    /** The fix of {@code problem} in {@code pipeline}, if it has one single fix this knows how to make. */
    Optional<Fix> of(Pipeline pipeline, Problem problem) {
        if (problem.replacement().isEmpty()) {
            return Optional.empty();
        }
        String value = problem.replacement().get();
        List<Object> path = problem.location().path();
        if (path.size() < 6 || !"stages".equals(path.get(0)) || !"actions".equals(path.get(2))
                || !(path.get(1) instanceof Integer s) || !(path.get(3) instanceof Integer a)
                || s >= pipeline.stages().size() || a >= pipeline.stages().get(s).actions().size()) {
            return Optional.empty();
        }
        Stage stage = pipeline.stages().get(s);
        Action action = stage.actions().get(a);
        var ref = new ActionRef(stage.name(), action.name());
        Object field = path.get(4);
        if ("actionTypeId".equals(field) && "provider".equals(path.get(5))) {
            return Optional.of(new Fix("Use the provider '" + value + "'",
                    p -> new ChangeProvider(catalog).apply(p, ref, action.category(), value)));
        }
        if ("configuration".equals(field) && path.get(5) instanceof String key) {
            return Optional.of(new Fix("Set " + key + " to '" + value + "'",
                    p -> EditResult.of(new PipelineEdits(catalog).setSetting(p, ref, key, new ConfigValue.Text(value)))));
        }
        if ("inputArtifacts".equals(field) && path.get(5) instanceof Integer i && i < action.inputArtifacts().size()) {
            String wrong = action.inputArtifacts().get(i);
            return Optional.of(new Fix("Take '" + value + "' instead of '" + wrong + "'", p -> {
                int at = p.stageIndex(ref.stage());
                Stage now = p.stages().get(at);
                return new EditResult(p.withStage(at, now.withActions(now.actions().stream()
                        .map(x -> x.name().equals(ref.action()) ? x.withInputArtifacts(x.inputArtifacts().stream()
                                .map(in -> in.equals(wrong) ? value : in).toList()) : x).toList())), List.of(ref), List.of());
            }));
        }
        return Optional.empty();
    }
}
