package dev.pipewright.ui;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/** Builds menus, the toolbar and context menus from {@link AppCommand}, wired to one handler each. */
public final class CommandBar {

    private final Map<AppCommand, Runnable> handlers = new EnumMap<>(AppCommand.class);
    private final Map<AppCommand, BooleanProperty> disabled = new EnumMap<>(AppCommand.class);
    private final Map<AppCommand, BooleanProperty> selected = new EnumMap<>(AppCommand.class);

    private Runnable beforeEach = () -> { };

    public CommandBar() {
        for (AppCommand c : AppCommand.values()) {
            disabled.put(c, new SimpleBooleanProperty(false));
            if (c.isToggle()) {
                selected.put(c, new SimpleBooleanProperty(false));
            }
        }
    }

    public void on(AppCommand command, Runnable handler) {
        handlers.put(command, handler);
    }

    /**
     * Runs before every command, however it is given (menu, toolbar, shortcut, context menu): the
     * window commits what is being typed, so a command never works on a stale pipeline.
     */
    public void beforeEach(Runnable action) {
        this.beforeEach = action;
    }

    public BooleanProperty disabledProperty(AppCommand command) {
        return disabled.get(command);
    }

    public BooleanProperty darkThemeProperty() {
        return selectedProperty(AppCommand.DARK_THEME);
    }

    /**
     * Whether a toggle command is on. Its menu item and toolbar button show this property, never
     * their own clicked state: a handler may refuse to turn a toggle on (say, the pipeline is not
     * saved), and the check mark must not claim otherwise.
     */
    public BooleanProperty selectedProperty(AppCommand toggle) {
        if (!toggle.isToggle()) {
            throw new IllegalArgumentException(toggle + " is not a toggle");
        }
        return selected.get(toggle);
    }

    /** Runs the command's handler; a toggle without a handler just flips its state. */
    public void run(AppCommand command) {
        beforeEach.run();
        if (disabled.get(command).get()) {
            return;
        }
        Runnable handler = handlers.get(command);
        if (handler != null) {
            handler.run();
        } else if (command.isToggle() && !selected.get(command).isBound()) {
            selected.get(command).set(!selected.get(command).get());
        }
    }

    public MenuBar menuBar() {
        var menus = new LinkedHashMap<String, Menu>();
        var submenus = new LinkedHashMap<String, Menu>();
        for (AppCommand c : AppCommand.values()) {
            Menu menu = menus.computeIfAbsent(c.menu(), Menu::new);
            if (c == AppCommand.IMPORT_CODEPIPELINE || c == AppCommand.CUT || c == AppCommand.FIT
                    || c == AppCommand.CLOSE || c == AppCommand.QUIT || c == AppCommand.DELETE || c == AppCommand.DARK_THEME
                    || c == AppCommand.RETRY_FAILED || c == AppCommand.BACK_TO_DESIGN || c == AppCommand.WATCH
                    || c == AppCommand.SIMULATE) {
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
            ButtonBase button = c.isToggle() ? toggleButton(c) : new Button(null, Icons.of(c.icon()));
            button.setId(c.id());
            button.getStyleClass().add("flat");
            if (c.toolbarText().isEmpty()) {
                button.getStyleClass().add("button-icon"); // a square icon button; one with words sizes to them
            }
            c.toolbarText().ifPresent(button::setText);
            button.setTooltip(new Tooltip(c.text() + (c.accelerator() == null ? ""
                    : "  (" + c.accelerator().getDisplayText() + ")")));
            button.setFocusTraversable(false);
            button.disableProperty().bind(disabled.get(c));
            if (!c.isToggle()) {
                button.setOnAction(e -> run(c));
            }
            bar.getItems().add(button);
        }
        return bar;
    }

    private ToggleButton toggleButton(AppCommand c) {
        var button = new ToggleButton(null, Icons.of(c.icon()));
        BooleanProperty state = selected.get(c);
        button.setSelected(state.get());
        state.addListener((o, was, on) -> button.setSelected(on));
        button.setOnAction(e -> {
            run(c);
            button.setSelected(state.get()); // the click flipped it; the command decides
        });
        return button;
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
        if (c.isToggle()) {
            var check = new CheckMenuItem(c.text()); // the check mark is its icon
            BooleanProperty state = selected.get(c);
            check.setSelected(state.get());
            state.addListener((o, was, on) -> check.setSelected(on));
            check.setOnAction(e -> {
                run(c);
                check.setSelected(state.get()); // a click or the shortcut may have flipped it; the command decides
            });
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
