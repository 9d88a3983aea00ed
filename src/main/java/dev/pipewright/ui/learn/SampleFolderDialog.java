package dev.pipewright.ui.learn;

import dev.pipewright.learn.Sample;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * Asks where a sample's copy goes: a folder of the person's (the last one used, or one under their
 * documents), typed or chosen. The copy gets a new folder of its own inside it.
 */
public final class SampleFolderDialog {

    private SampleFolderDialog() {
    }

    /** A folder under the person's documents (or home, when they have no Documents folder). */
    public static Path defaultFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return (Files.isDirectory(documents) ? documents : home).resolve("Pipewright samples");
    }

    /** The folder to copy {@code sample} into; empty when the person cancels. */
    public static Optional<Path> ask(Window owner, Sample sample, Path suggested) {
        var dialog = new Dialog<Path>();
        dialog.initOwner(owner);
        dialog.setTitle("Open a copy of a sample");
        dialog.setHeaderText("Where should the copy of \u201c" + sample.title() + "\u201d go?");
        var field = new TextField(suggested.toString());
        field.setId("sample-folder");
        HBox.setHgrow(field, Priority.ALWAYS);
        var browse = new Button("Choose…");
        browse.setOnAction(e -> {
            var chooser = new DirectoryChooser();
            chooser.setTitle("Folder for the samples");
            Path current = parse(field.getText()).orElse(suggested);
            if (Files.isDirectory(current)) {
                chooser.setInitialDirectory(current.toFile());
            }
            var chosen = chooser.showDialog(dialog.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                field.setText(chosen.getPath());
            }
        });
        var note = new Label("A new folder named " + sample.id() + " is made inside it (never over an existing one); "
                + "the sample in Pipewright stays as it is.");
        note.setWrapText(true);
        note.setMaxWidth(460);
        dialog.getDialogPane().setContent(new VBox(8, new HBox(6, field, browse), note));
        var copy = new ButtonType("Copy and Open", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(copy, ButtonType.CANCEL);
        dialog.getDialogPane().setId("sample-folder-dialog");
        dialog.getDialogPane().lookupButton(copy).disableProperty().bind(javafx.beans.binding.Bindings
                .createBooleanBinding(() -> parse(field.getText()).isEmpty(), field.textProperty()));
        dialog.setResultConverter(b -> b == copy ? parse(field.getText()).orElse(null) : null);
        return dialog.showAndWait();
    }

    private static Optional<Path> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            String t = text.strip();
            if (t.startsWith("~")) {
                t = System.getProperty("user.home") + t.substring(1);
            }
            return Optional.of(Path.of(t).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
