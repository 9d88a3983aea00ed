package dev.pipewright.ui;

import dev.pipewright.model.ActionRef;
import dev.pipewright.model.Action;
import dev.pipewright.model.Problem;
import dev.pipewright.model.ProviderCatalog;
import dev.pipewright.model.ProviderSpec;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;

/** The action's provider in the inspector, and Change Provider: a menu of every provider by category. */
final class ProviderChoice {

    private ProviderChoice() {
    }

    static Node of(ActionRef ref, Action action, Optional<ProviderSpec> spec, ProviderCatalog catalog,
                   List<Problem> problems, DocumentEdits edits) {
        var button = new MenuButton(spec.map(ProviderSpec::displayName).orElse(action.provider() + " (unknown)"),
                Icons.of(action.category()));
        button.setId("inspector-change-provider");
        button.setMaxWidth(Double.MAX_VALUE);
        button.getItems().setAll(ProviderMenus.byCategory(catalog, "provider",
                to -> ProviderMenus.changeProvider(edits, catalog, ref, to)));
        return Inspector.field("Provider", "Change Provider keeps the settings the new provider also has, and "
                + "names the ones it drops.", button, problems);
    }
}
