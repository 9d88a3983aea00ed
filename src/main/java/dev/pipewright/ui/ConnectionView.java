package dev.pipewright.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** The inspector for a selected arrow: which artifact flows from which action into which, and a way to cut it. */
final class ConnectionView {

    private ConnectionView() {
    }

    static List<Node> of(Selected.OneConnection flow, dev.pipewright.model.ProviderCatalog catalog, DocumentEdits edits) {
        var title = new Label("Connection · artifact " + flow.artifact(), Icons.of("mdi2a-arrow-right-bold-outline"));
        title.getStyleClass().addAll("inspector-title", "title-4");
        title.setId("inspector-connection");
        var what = new Label("'" + flow.producer().action() + "' (stage " + flow.producer().stage() + ") makes the "
                + "artifact '" + flow.artifact() + "'; '" + flow.consumer().action() + "' (stage "
                + flow.consumer().stage() + ") takes it as an input, so it starts only once '"
                + flow.producer().action() + "' has finished.");
        what.setWrapText(true);
        what.setId("inspector-connection-text");
        what.getStyleClass().addAll("inspector-text");
        var remove = new Button("Remove this connection", Icons.of("mdi2l-link-variant-off"));
        remove.setId("inspector-remove-connection");
        remove.setOnAction(e -> edits.apply("Disconnect " + flow.artifact() + " from " + flow.consumer().action(),
                p -> new dev.pipewright.edit.ArtifactEdits(catalog).removeInput(p, flow.consumer(), flow.artifact())));
        var hint = new Label("'" + flow.producer().action() + "' goes on making it. To rename the artifact or choose "
                + "its files, select '" + flow.producer().action() + "'.");
        hint.setWrapText(true);
        hint.getStyleClass().addAll("inspector-hint", "text-small", "text-muted");
        return List.of(title, what, remove, hint);
    }
}
