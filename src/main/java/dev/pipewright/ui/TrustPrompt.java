package dev.pipewright.ui;

import dev.pipewright.model.Pipeline;
import dev.pipewright.model.ProviderCatalog;
import dev.pipewright.model.RunPreview;
import dev.pipewright.ui.run.RunController;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Before the first Run of a pipeline file in this window (or of a file changed since, by its
 * content): what the pipeline will do, for the person to allow or cancel. Opening a file runs
 * nothing; this makes sure pressing Run on someone else's file does not either, unseen. The
 * answer Run is remembered per file and content; Cancel asks again next time.
 */
public final class TrustPrompt implements RunController.FirstRunCheck {

    private final UserSettings settings;
    private final ProviderCatalog catalog;

    public TrustPrompt(UserSettings settings, ProviderCatalog catalog) {
        this.settings = settings;
        this.catalog = catalog;
    }

    @Override
    public boolean allows(Window owner, Optional<Path> file, Pipeline pipeline) {
        if (file.isEmpty() || !settings.asksBeforeFirstRun()) {
            return true; // a pipeline made in this window and never saved is the person's own
        }
        if (settings.trustsAsItIs(file.get())) {
            return true;
        }
        Path folder = file.get().toAbsolutePath().normalize().getParent();
        boolean run = ask(owner, file.get(), pipeline, RunPreview.of(pipeline, catalog, folder));
        if (run) {
            settings.trustAsItIs(file.get());
        }
        return run;
    }

    private static boolean ask(Window owner, Path file, Pipeline pipeline, RunPreview preview) {
        var dialog = new Dialog<Boolean>();
        dialog.initOwner(owner);
        dialog.setTitle("Run " + pipeline.name() + "?");
        dialog.setHeaderText("First run of " + file.getFileName() + " here: this is what it will do");
        var run = new ButtonType("Run", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(run, ButtonType.CANCEL);
        dialog.getDialogPane().setId("trust-dialog");
        dialog.getDialogPane().getStylesheets().add(
                dev.pipewright.ui.Theme.class.getResource("pipewright.css").toExternalForm());
        var intro = new Label(file.toAbsolutePath() + " has not been run from this window before, or it has "
                + "changed since. Its actions run with your permissions. Run it only if you trust what follows; "
                + "you are asked again when the file changes.");
        intro.setWrapText(true);
        intro.setMaxWidth(620);
        var list = new VBox(10);
        list.setId("trust-actions");
        int quiet = 0;
        for (RunPreview.ActionPreview action : preview.actions()) {
            if (!action.doesAnything()) {
                quiet++;
                continue;
            }
            list.getChildren().add(describe(action));
        }
        if (quiet > 0) {
            var rest = new Label(quiet + " more action(s) that only wait, copy artifacts or write inside the "
                    + "pipeline's folder.");
            rest.getStyleClass().add("text-muted");
            list.getChildren().add(rest);
        }
        var scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(420, 60 + 90 * preview.actions().size()));
        scroll.setPrefViewportWidth(640);
        dialog.getDialogPane().setContent(new VBox(12, intro, scroll));
        dialog.setResizable(true);
        dialog.setResultConverter(button -> button == run);
        return dialog.showAndWait().orElse(false);
    }

    private static VBox describe(RunPreview.ActionPreview action) {
        var box = new VBox(4);
        box.getStyleClass().add("trust-action");
        var title = new Label(action.stage() + " / " + action.action() + "  (" + action.provider() + ")");
        title.setStyle("-fx-font-weight: bold;");
        box.getChildren().add(title);
        for (String commands : action.commands()) {
            var text = new TextArea(commands);
            text.setEditable(false);
            text.setWrapText(false);
            text.setPrefRowCount((int) Math.min(8, commands.lines().count()));
            text.setStyle("-fx-font-family: monospace;");
            text.getStyleClass().add("trust-commands");
            box.getChildren().addAll(new Label("Runs these commands:"), text);
        }
        lines(box, "Writes outside the pipeline's folder: ", action.writesOutside().stream().map(Path::toString).toList());
        lines(box, "Calls: ", action.calls());
        lines(box, "Clones: ", action.clones());
        lines(box, "Runs another pipeline file, with whatever it does: ",
                action.runsPipelines().stream().map(Path::toString).toList());
        return box;
    }

    private static void lines(VBox box, String what, List<String> values) {
        for (String value : values) {
            var label = new Label(what + value);
            label.setWrapText(true);
            label.getStyleClass().add("trust-effect");
            box.getChildren().add(label);
        }
    }
}
