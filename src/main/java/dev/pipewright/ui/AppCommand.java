package dev.pipewright.ui;

import javafx.scene.input.KeyCombination;

/**
 * Every command of the window, listed once: menus, the toolbar, context menus and shortcuts are
 * all built from this list, so they never disagree.
 */
public enum AppCommand {
    NEW("File", "New", "mdi2f-file-plus-outline", "Shortcut+N", true),
    OPEN("File", "Open…", "mdi2f-folder-open-outline", "Shortcut+O", true),
    EXAMPLES("File", "Examples…", "mdi2b-book-open-page-variant-outline", null, false),
    SAVE("File", "Save", "mdi2c-content-save-outline", "Shortcut+S", true),
    SAVE_AS("File", "Save As…", "mdi2c-content-save-edit-outline", "Shortcut+Shift+S", false),
    // File → Import and File → Export: one item per format, the words the person knows the file by
    IMPORT_CODEPIPELINE("File/Import", "AWS CodePipeline declaration (JSON)…", "mdi2a-aws", null, false),
    IMPORT_GITHUB("File/Import", "GitHub Actions workflow (YAML)…", "mdi2g-github", null, false),
    IMPORT_GITLAB("File/Import", "GitLab CI (.gitlab-ci.yml)…", "mdi2g-gitlab", null, false),
    EXPORT_CODEPIPELINE("File/Export", "AWS CodePipeline declaration (JSON + buildspecs)…", "mdi2a-aws", null, false),
    EXPORT_GITHUB("File/Export", "GitHub Actions workflow (YAML)…", "mdi2g-github", null, false),
    EXPORT_GITLAB("File/Export", "GitLab CI (.gitlab-ci.yml)…", "mdi2g-gitlab", null, false),
    EXPORT_IMAGE("File", "Export as Image…", "mdi2i-image-outline", "Shortcut+E", false),
    EXPORT_LESSON("File", "Export Lesson…", "mdi2s-school-outline", null, false),
    CLOSE("File", "Close", "mdi2c-close", "Shortcut+W", false),
    QUIT("File", "Quit", "mdi2e-exit-to-app", "Shortcut+Q", false),

    UNDO("Edit", "Undo", "mdi2u-undo", "Shortcut+Z", true),
    REDO("Edit", "Redo", "mdi2r-redo", "Shortcut+Shift+Z", true),
    CUT("Edit", "Cut", "mdi2c-content-cut", "Shortcut+X", false),
    COPY("Edit", "Copy", "mdi2c-content-copy", "Shortcut+C", false),
    PASTE("Edit", "Paste", "mdi2c-content-paste", "Shortcut+V", false),
    DUPLICATE("Edit", "Duplicate", "mdi2c-content-duplicate", "Shortcut+D", false),
    DELETE("Edit", "Delete", "mdi2d-delete-outline", "Delete", true),
    RENAME("Edit", "Rename", "mdi2p-pencil-outline", "F2", false),
    SELECT_ALL("Edit", "Select All", "mdi2s-select-all", "Shortcut+A", false),

    RUN("Run", "Run", "mdi2p-play", "F5", true),
    STOP("Run", "Stop (let running actions finish)", "mdi2s-stop", "Shift+F5", true),
    ABANDON("Run", "Stop and Abandon", "mdi2c-close-octagon-outline", "Shortcut+Shift+F5", true),
    RETRY_FAILED("Run", "Retry Failed Actions", "mdi2r-restart-alert", "Shortcut+R", true),
    RETRY_ALL("Run", "Retry Whole Stage", "mdi2r-restart", "Shortcut+Shift+R", false),
    RERUN("Run", "Re-run This Execution", "mdi2r-repeat", "Shortcut+F5", true),
    BACK_TO_DESIGN("Run", "Back to Design", "mdi2p-pencil-ruler", "Shortcut+Shift+B", false),
    WATCH("Run", "Watch for Changes", "mdi2e-eye-outline", "Shortcut+Shift+W", true, Kind.TOGGLE),
    // simulation: a run that executes nothing, for learning what a pipeline does with a failure
    SIMULATE("Run", "Simulate", "mdi2f-flask-outline", "F6", true),
    SIMULATE_COMMITS("Run", "Simulate 3 Commits", "mdi2s-source-commit", "Shift+F6", false),
    CONTINUE("Run", "Continue (Start the Paused Actions)", "mdi2s-skip-next", "F8", true),
    FAIL_IN_SIMULATION("Run", "Fail in Simulation", "mdi2f-flask-outline", null, false, Kind.TOGGLE),
    SPEED_1("Run/Simulation Speed", "1× (as long as the last real run)", "mdi2p-play-speed", null, false, Kind.TOGGLE),
    SPEED_5("Run/Simulation Speed", "5× Faster", "mdi2f-fast-forward", null, false, Kind.TOGGLE),
    STEP_THROUGH("Run/Simulation Speed", "Step: Pause Before Each Action", "mdi2s-step-forward", null, false,
            Kind.TOGGLE),

    ZOOM_IN("View", "Zoom In", "mdi2m-magnify-plus-outline", "Shortcut+EQUALS", true),
    ZOOM_OUT("View", "Zoom Out", "mdi2m-magnify-minus-outline", "Shortcut+MINUS", true),
    FIT("View", "Fit to Window", "mdi2f-fit-to-page-outline", "Shortcut+0", true),
    DARK_THEME("View", "Dark Theme", "mdi2t-theme-light-dark", "Shortcut+Shift+D", false, Kind.TOGGLE),

    CONCEPTS("Help", "Concepts", "mdi2l-lightbulb-on-outline", "Shift+F1", false),
    TOUR("Help", "Guided Tour", "mdi2m-map-marker-path", null, false),
    SHORTCUTS("Help", "Keyboard Shortcuts", "mdi2k-keyboard-outline", "F1", false),
    ABOUT("Help", "About Pipewright", "mdi2i-information-outline", null, false);

    /** A plain command does something once; a toggle is on or off, and menus and toolbar show which. */
    public enum Kind { PLAIN, TOGGLE }

    private final String menu;
    private final String text;
    private final String icon;
    private final String shortcut;
    private final boolean onToolbar;
    private final Kind kind;

    AppCommand(String menu, String text, String icon, String shortcut, boolean onToolbar) {
        this(menu, text, icon, shortcut, onToolbar, Kind.PLAIN);
    }

    AppCommand(String menu, String text, String icon, String shortcut, boolean onToolbar, Kind kind) {
        this.kind = kind;
        this.menu = menu;
        this.text = text;
        this.icon = icon;
        this.shortcut = shortcut;
        this.onToolbar = onToolbar;
    }

    /** The top-level menu: {@code File} for {@code File/Import}. */
    public String menu() {
        int slash = menu.indexOf('/');
        return slash < 0 ? menu : menu.substring(0, slash);
    }

    /** The submenu within {@link #menu()}, if the command sits in one ({@code Import} for {@code File/Import}). */
    public java.util.Optional<String> submenu() {
        int slash = menu.indexOf('/');
        return slash < 0 ? java.util.Optional.empty() : java.util.Optional.of(menu.substring(slash + 1));
    }

    public String text() {
        return text;
    }

    public String icon() {
        return icon;
    }

    /** The keyboard shortcut, or null for a command reached only through its menu. */
    public KeyCombination accelerator() {
        return shortcut == null ? null : KeyCombination.valueOf(shortcut);
    }

    public boolean onToolbar() {
        return onToolbar;
    }

    /**
     * The word shown beside the icon on the toolbar, for the run commands whose icons alone are
     * easily confused (retry and re-run both go round); the others show only their icon.
     */
    public java.util.Optional<String> toolbarText() {
        return java.util.Optional.ofNullable(switch (this) {
            case RUN -> "Run";
            case STOP -> "Stop";
            case ABANDON -> "Abandon";
            case RETRY_FAILED -> "Retry failed";
            case RERUN -> "Re-run";
            case SIMULATE -> "Simulate";
            case CONTINUE -> "Continue";
            default -> null;
        });
    }

    public boolean isToggle() {
        return kind == Kind.TOGGLE;
    }

    /** The id tests and CSS use: {@code #cmd-save}. */
    public String id() {
        return "cmd-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
