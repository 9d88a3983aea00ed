package dev.pipewright.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The AtlantaFX Primer theme, light or dark, plus Pipewright's own stylesheet of named colours. */
public final class Theme {
    private Theme() {
    }

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static void addStylesheets(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource("pipewright.css").toExternalForm());
        scene.getStylesheets().add(Theme.class.getResource("learn.css").toExternalForm()); // tour, gallery, Learn, simulation
    }
}
