package dev.pipewright.ui;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/** Builds menus, the toolbar and context menus from {@link AppCommand}, wired to one handler each. */
public final class CommandBar {

    private final Map<AppCommand, Runnable> handlers = new EnumMap<>(AppCommand.class);
    private final Map<AppCommand, BooleanProperty> disabled = new EnumMap<>(AppCommand.class);
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();

    public CommandBar() {
        for (AppCommand c : AppCommand.values()) {
            disabled.put(c, new SimpleBooleanProperty(false));
        }
    }

    public void on(AppCommand command, Runnable handler) {
        handlers.put(command, handler);
    }

    public BooleanProperty disabledProperty(AppCommand command) {
        return disabled.get(command);
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public void run(AppCommand command) {
        if (!disabled.get(command).get()) {
            handlers.getOrDefault(command, () -> { }).run();
        }
    }

    public MenuBar menuBar() {
        var menus = new LinkedHashMap<String, Menu>();
        var submenus = new LinkedHashMap<String, Menu>();
        for (AppCommand c : AppCommand.values()) {
            Menu menu = menus.computeIfAbsent(c.menu(), Menu::new);
            if (c == AppCommand.IMPORT_CODEPIPELINE || c == AppCommand.CUT || c == AppCommand.FIT
                    || c == AppCommand.CLOSE || c == AppCommand.DELETE || c == AppCommand.DARK_THEME
                    || c == AppCommand.RETRY_FAILED || c == AppCommand.BACK_TO_DESIGN) {
                menu.getItems().add(new javafx.scene.control.SeparatorMenuItem());
            }
            if (c.submenu().isPresent()) {
                String name = c.submenu().get();
                Menu sub = submenus.computeIfAbsent(c.menu() + "/" + name, k -> {
                    var created = new Menu(name);
                    created.setId("menu-" + name.toLowerCase(java.util.Locale.ROOT));
                    menu.getItems().add(created);
                    return created;
                });
                sub.getItems().add(menuItem(c));
            } else {
                menu.getItems().add(menuItem(c));
            }
        }
        var bar = new MenuBar();
        bar.getMenus().addAll(menus.values());
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    public ToolBar toolBar() {
        var bar = new ToolBar();
        String lastMenu = null;
        for (AppCommand c : AppCommand.values()) {
            if (!c.onToolbar()) {
                continue;
            }
            if (lastMenu != null && !lastMenu.equals(c.menu())) {
                bar.getItems().add(new Separator());
            }
            lastMenu = c.menu();
            var button = new Button(null, Icons.of(c.icon()));
            button.setId(c.id());
            button.getStyleClass().addAll("flat", "button-icon");
            button.setTooltip(new Tooltip(c.text() + "  (" + c.accelerator().getDisplayText() + ")"));
            button.setFocusTraversable(false);
            button.disableProperty().bind(disabled.get(c));
            button.setOnAction(e -> run(c));
            bar.getItems().add(button);
        }
        return bar;
    }

    public ContextMenu contextMenu(List<AppCommand> commands) {
        var menu = new ContextMenu();
        for (AppCommand c : commands) {
            menu.getItems().add(menuItem(c));
        }
        return menu;
    }

    private MenuItem menuItem(AppCommand c) {
        MenuItem item;
        if (c == AppCommand.DARK_THEME) {
            var check = new CheckMenuItem(c.text());
            check.selectedProperty().bindBidirectional(darkTheme);
            item = check;
        } else {
            item = new MenuItem(c.text(), Icons.of(c.icon()));
            item.setOnAction(e -> run(c));
        }
        item.setId("menu-" + c.id());
        item.setAccelerator(c.accelerator());
        item.disableProperty().bind(disabled.get(c));
        return item;
    }
}
