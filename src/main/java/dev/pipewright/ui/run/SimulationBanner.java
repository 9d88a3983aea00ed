package dev.pipewright.ui.run;

import dev.pipewright.ui.state.WindowState;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The banner over the canvas while it shows a simulated execution, so a simulation is never taken
 * for a real run: nothing was executed. It says the speed, and what is paused in step-through.
 */
public final class SimulationBanner extends Label {

    public SimulationBanner(WindowState state) {
        setGraphic(new FontIcon("mdi2f-flask-outline"));
        setId("simulation-banner");
        getStyleClass().add("simulation-banner");
        setMouseTransparent(true);
        StackPane.setAlignment(this, Pos.BOTTOM_CENTER); // the stage headers are at the top
        visibleProperty().bind(state.simulatedOnScreen());
        textProperty().bind(Bindings.createStringBinding(() -> {
            int paused = state.pausedProperty().get().size();
            double speed = state.simulationSpeedProperty().get();
            return "Simulation: nothing is executed" + (speed == 1 ? "" : " · " + Math.round(speed) + "× faster")
                    + (paused == 0 ? state.stepThroughProperty().get() ? " · step-through" : ""
                    : " · paused before " + state.pausedProperty().get().get(0).action()
                    + (paused > 1 ? " and " + (paused - 1) + " more" : "") + ": Continue (F8)");
        }, state.pausedProperty(), state.simulationSpeedProperty(), state.stepThroughProperty()));
    }
}
