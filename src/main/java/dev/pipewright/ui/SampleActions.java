package dev.pipewright.ui;

import dev.pipewright.learn.Sample;
import dev.pipewright.learn.Samples;
import dev.pipewright.ui.learn.SampleFolderDialog;
import dev.pipewright.ui.learn.SampleGallery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.stage.Window;

/**
 * Opening a sample: the person says where its copy goes (the folder used last time, or one under
 * their documents), {@link Samples#copyTo} makes the copy, and the copy opens, so the sample
 * inside Pipewright stays as it is. File → Examples shows the same gallery as the welcome view.
 */
final class SampleActions {

    private final Window owner;
    private final UserSettings settings;
    private final Consumer<Path> open;
    private final Consumer<String> status;

    SampleActions(Window owner, UserSettings settings, Consumer<Path> open, Consumer<String> status) {
        this.owner = owner;
        this.settings = settings;
        this.open = open;
        this.status = status;
    }

    /** The gallery of every sample, each card opening a copy; a note when this build has none. */
    Node gallery() {
        try {
            return new SampleGallery(Samples.all(), this::openCopy);
        } catch (UncheckedIOException e) {
            return new javafx.scene.control.Label("No samples: " + e.getMessage());
        }
    }

    /** File → Examples: the gallery in a dialog; opening a card closes it. */
    void showGallery() {
        var dialog = new Dialog<Void>();
        dialog.initOwner(owner);
        dialog.setTitle("Examples");
        dialog.setHeaderText("Sample pipelines: each runs offline, and opens as a copy of your own");
        var scroll = new ScrollPane(gallery());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(960);
        scroll.setPrefViewportHeight(520);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("examples-dialog");
        dialog.setResizable(true);
        scroll.getContent().addEventFilter(javafx.event.ActionEvent.ACTION, e -> dialog.close());
        dialog.show();
    }

    /** Asks where, copies the sample there and opens the copy. */
    void openCopy(Sample sample) {
        Path suggested = settings.samplesFolder().orElseGet(SampleFolderDialog::defaultFolder);
        Optional<Path> folder = SampleFolderDialog.ask(owner, sample, suggested);
        if (folder.isEmpty()) {
            return;
        }
        try {
            Path copy = Samples.copyTo(sample, folder.get());
            settings.setSamplesFolder(folder.get());
            open.accept(copy);
            status.accept("Opened a copy of the sample \u201c" + sample.title() + "\u201d in " + copy.getParent()
                    + "; the original stays as it was.");
        } catch (IOException | RuntimeException e) {
            Dialogs.error(owner, "Cannot copy the sample \u201c" + sample.title() + "\u201d",
                    "Copying it into " + folder.get() + " failed: " + e.getMessage()
                            + "\n\nChoose a folder you can write to, and try again.");
        }
    }
}
