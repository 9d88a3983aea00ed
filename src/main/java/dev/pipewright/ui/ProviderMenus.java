package dev.pipewright.ui;

import dev.pipewright.model.ActionRef;
import dev.pipewright.edit.ChangeProvider;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ProviderCatalog;
import dev.pipewright.model.ProviderSpec;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/**
 * Menus listing the providers by category, as the palette does (those that run only on AWS last,
 * in a submenu of their own), for "add an action here" and "change the provider".
 */
final class ProviderMenus {

    private ProviderMenus() {
    }

    /** One submenu per category holding its providers; choosing one calls {@code chosen}. */
    static List<MenuItem> byCategory(ProviderCatalog catalog, String idPrefix, Consumer<ProviderSpec> chosen) {
        var menus = new java.util.ArrayList<MenuItem>();
        for (ActionCategory category : ActionCategory.values()) {
            List<ProviderSpec> specs = catalog.inCategory(category);
            if (specs.isEmpty()) {
                continue;
            }
            var menu = new Menu(category.displayName(), Icons.of(category));
            menu.setId(idPrefix + "-" + category.name().toLowerCase(Locale.ROOT));
            Menu awsOnly = null;
            for (ProviderSpec spec : specs) {
                var item = new MenuItem(spec.displayName());
                item.setId(idPrefix + "-" + category.name().toLowerCase(Locale.ROOT) + "-" + spec.id());
                item.setOnAction(e -> chosen.accept(spec));
                if (spec.runsLocally()) {
                    menu.getItems().add(item);
                } else {
                    if (awsOnly == null) {
                        awsOnly = new Menu("Runs only on AWS");
                    }
                    awsOnly.getItems().add(item);
                }
            }
            if (awsOnly != null) {
                menu.getItems().add(awsOnly);
            }
            menus.add(menu);
        }
        return menus;
    }

    /** Gives the action another provider: one undo step; the settings dropped are named in the status bar. */
    static void changeProvider(DocumentEdits edits, ProviderCatalog catalog, ActionRef action, ProviderSpec to) {
        edits.perform("Change the provider of " + action.action() + " to " + to.displayName(),
                p -> new ChangeProvider(catalog).apply(p, action, to.category(), to.id()));
    }
}
