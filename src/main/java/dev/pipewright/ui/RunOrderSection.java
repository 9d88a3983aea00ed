package dev.pipewright.ui;

import dev.pipewright.model.ActionRef;
import dev.pipewright.edit.PipelineEdits;
import dev.pipewright.model.Placement;
import dev.pipewright.model.Action;
import dev.pipewright.model.Pipeline;
import dev.pipewright.model.ProviderCatalog;
import dev.pipewright.model.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * When the selected action runs within its stage, in words ("runs with Lint", "runs after
 * Checkout", "runs first") and as its runOrder number. Choosing another moment moves the action
 * into that group or into a new group there; typing a number sets the runOrder. Either is one
 * undo step.
 */
final class RunOrderSection {

    /** A moment the action could run at, and where that puts it. */
    record Choice(String words, Placement placement) {
        @Override
        public String toString() {
            return words;
        }
    }

    private RunOrderSection() {
    }

    static Node of(Pipeline pipeline, ActionRef ref, Action action, ProviderCatalog catalog, DocumentEdits edits,
                   FieldTyping typing) {
        Stage stage = pipeline.stage(ref.stage()).orElseThrow();
        List<Choice> choices = choices(stage, action);
        Choice current = current(stage, action, choices);

        var when = new ComboBox<Choice>();
        when.setId("inspector-runs-when");
        when.getItems().setAll(choices);
        when.setValue(current);
        when.setMaxWidth(Double.MAX_VALUE);
        when.setDisable(choices.size() < 2);
        when.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(current)) {
                edits.perform(ref.action() + " " + now.words(),
                        p -> new PipelineEdits(catalog).moveActions(p, List.of(ref), now.placement()));
            }
        });
        HBox.setHgrow(when, Priority.ALWAYS);

        var number = new TextField(Integer.toString(action.runOrder()));
        number.setId("inspector-run-order");
        number.setPrefColumnCount(3);
        number.setMinWidth(56);
        typing.attach(number, () -> {
            String typed = number.getText().strip();
            int runOrder;
            try {
                runOrder = Integer.parseInt(typed);
            } catch (NumberFormatException e) {
                runOrder = -1;
            }
            int value = runOrder;
            edits.performField("Set the run order of " + ref.action(), p -> {
                if (value < Action.MIN_RUN_ORDER) {
                    throw new IllegalArgumentException("'" + typed + "' is not a run order: write a whole number from "
                            + Action.MIN_RUN_ORDER + " to " + Action.MAX_RUN_ORDER + ".");
                }
                return new PipelineEdits(catalog).setRunOrder(p, ref, value);
            });
        }, false);

        number.setTooltip(new javafx.scene.control.Tooltip("The run order: actions with the same number run together"));
        var label = new Label("Runs");
        label.getStyleClass().add("inspector-label");
        dev.pipewright.ui.learn.ConceptTips.installOnLabel(label);
        var row = new HBox(6, when, number);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        var hint = new Label("The number is the run order: actions of a stage with the same run order run at the "
                + "same time, a lower number first. The canvas brackets the actions that run together.");
        hint.setWrapText(true);
        hint.getStyleClass().addAll("inspector-hint", "text-small", "text-muted");
        var box = new VBox(4, label, row, hint);
        box.setId("inspector-run-order-section");
        return box;
    }

    /** "runs with …" for every group it could join, "runs first" and "runs after …" for every gap between groups. */
    static List<Choice> choices(Stage stage, Action action) {
        List<Integer> orders = List.copyOf(stage.runOrders());
        var choices = new ArrayList<Choice>();
        for (int gap = 0; gap <= orders.size(); gap++) {
            // a new group in front of group "gap"; a group holding only this action names no one, and is skipped
            if (gap == 0) {
                choices.add(new Choice("runs first", new Placement.NewGroup(stage.name(), 0)));
            } else {
                List<String> before = others(stage, action, orders.get(gap - 1));
                if (!before.isEmpty()) {
                    choices.add(new Choice("runs after " + words(before), new Placement.NewGroup(stage.name(), gap)));
                }
            }
            if (gap < orders.size()) {
                List<String> with = others(stage, action, orders.get(gap));
                if (!with.isEmpty()) {
                    choices.add(new Choice("runs with " + words(with), new Placement.InGroup(stage.name(), orders.get(gap))));
                }
            }
        }
        return choices;
    }

    private static Choice current(Stage stage, Action action, List<Choice> choices) {
        String wanted;
        List<String> together = others(stage, action, action.runOrder());
        List<Integer> orders = List.copyOf(stage.runOrders());
        int own = orders.indexOf(action.runOrder());
        if (!together.isEmpty()) {
            wanted = "runs with " + words(together);
        } else if (own == 0) {
            wanted = "runs first";
        } else {
            wanted = "runs after " + words(others(stage, action, orders.get(own - 1)));
        }
        return choices.stream().filter(c -> c.words().equals(wanted)).findFirst()
                .orElse(new Choice(wanted, new Placement.InGroup(stage.name(), action.runOrder())));
    }

    /** The names of the other actions in the group of {@code runOrder}. */
    private static List<String> others(Stage stage, Action action, int runOrder) {
        return stage.actions().stream().filter(a -> a.runOrder() == runOrder && !Objects.equals(a.name(), action.name()))
                .map(Action::name).toList();
    }

    /** "Lint", "Lint and Unit", "Lint, Unit and Docs", "Lint, Unit and 3 more". */
    static String words(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() <= 3) {
            return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        }
        return names.get(0) + ", " + names.get(1) + " and " + (names.size() - 2) + " more";
    }
}
