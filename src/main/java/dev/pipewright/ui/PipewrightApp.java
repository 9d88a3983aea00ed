package dev.pipewright.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop application: one window, opened on a file or on the welcome view. */
public final class PipewrightApp extends Application {

    @Override
    public void start(Stage stage) {
        var settings = UserSettings.forUser();
        // -Dpipewright.theme=dark|light overrides the remembered theme (for screenshots and docs)
        String theme = System.getProperty("pipewright.theme");
        if (theme != null) {
            settings.setDarkTheme(theme.equals("dark"));
        }
        Theme.apply(settings.darkTheme());
        AppIcon.addTo(stage);
        var window = new MainWindow(stage, settings);
        window.setHostServices(getHostServices());
        List<String> args = getParameters().getRaw();
        window.show();
        if (!args.isEmpty()) {
            window.open(Path.of(args.get(0)));
        }
        FirstFrameExit.ifAsked(stage);
    }
}
