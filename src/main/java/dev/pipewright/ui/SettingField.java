package dev.pipewright.ui;

import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.SettingSpec;
import dev.pipewright.model.SettingType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/**
 * The editor of one provider setting, chosen by its type: one line, several lines (a script), a
 * list (one per line), a map (NAME=value per line), a choice or a check box. Text is committed as
 * {@link FieldEdit} says: one edit, one undo step.
 */
final class SettingField {

    private SettingField() {
    }

    /**
     * One setting's editor: its node, how it shows the model's value again (after undo, redo or a
     * reload), and the typed text waiting to be committed, if it takes text.
     */
    record Editor(Node node, Consumer<Optional<ConfigValue>> show, Optional<FieldEdit> typing) {
    }

    /** An editor showing {@code current}, calling {@code commit} with the new value (empty = remove). */
    static Editor editor(SettingSpec spec, Optional<ConfigValue> current, Consumer<Optional<ConfigValue>> commit) {
        return switch (spec.type()) {
            case BOOLEAN -> checkBox(spec, current, commit);
            case CHOICE -> choice(spec, current, commit);
            case MULTILINE_TEXT, LIST, MAP -> textArea(spec, current, commit);
            case TEXT, INTEGER -> textField(spec, current, commit);
        };
    }

    private static Editor checkBox(SettingSpec spec, Optional<ConfigValue> current, Consumer<Optional<ConfigValue>> commit) {
        var box = new CheckBox();
        java.util.function.Function<Optional<ConfigValue>, Boolean> checked = value -> value.or(spec::defaultValue)
                .map(v -> v.asText().equals("true")).orElse(false);
        box.setSelected(checked.apply(current));
        boolean[] showing = {false};
        box.selectedProperty().addListener((o, was, now) -> {
            if (!showing[0]) {
                commit.accept(Optional.of(new ConfigValue.Flag(now)));
            }
        });
        // showing the model's value (a default, say) must not write it into the file
        return new Editor(box, value -> {
            showing[0] = true;
            box.setSelected(checked.apply(value));
            showing[0] = false;
        }, Optional.empty());
    }

    private static Editor choice(SettingSpec spec, Optional<ConfigValue> current, Consumer<Optional<ConfigValue>> commit) {
        var combo = new ComboBox<String>();
        String unset = spec.defaultValue().map(d -> "(default: " + d.asText() + ")").orElse("(not set)");
        combo.getItems().add(unset);
        combo.getItems().addAll(spec.choices());
        combo.setValue(current.map(ConfigValue::asText).orElse(unset));
        combo.setMaxWidth(Double.MAX_VALUE);
        boolean[] showing = {false};
        combo.valueProperty().addListener((o, was, now) -> {
            if (!showing[0]) {
                commit.accept(now == null || now.equals(unset) ? Optional.empty() : Optional.of(new ConfigValue.Text(now)));
            }
        });
        return new Editor(combo, value -> {
            showing[0] = true;
            combo.setValue(value.map(ConfigValue::asText).orElse(unset));
            showing[0] = false;
        }, Optional.empty());
    }

    private static Editor textField(SettingSpec spec, Optional<ConfigValue> current, Consumer<Optional<ConfigValue>> commit) {
        var field = new TextField(current.map(ConfigValue::asText).orElse(""));
        spec.defaultValue().ifPresent(d -> field.setPromptText(d.asText()));
        var typing = FieldEdit.attachLive(field, () -> commit.accept(parse(spec.type(), field.getText())), false);
        return new Editor(field, value -> typing.show(value.map(ConfigValue::asText).orElse("")), Optional.of(typing));
    }

    private static Editor textArea(SettingSpec spec, Optional<ConfigValue> current, Consumer<Optional<ConfigValue>> commit) {
        var area = new TextArea(current.map(SettingField::lines).orElse(""));
        area.getStyleClass().add(spec.type() == SettingType.MULTILINE_TEXT ? "script-editor" : "list-editor");
        area.setPrefRowCount(spec.type() == SettingType.MULTILINE_TEXT ? 6 : 3);
        area.setWrapText(false);
        // a prompt shows one line (JavaFX drops its line breaks): a default of several lines is listed
        spec.defaultValue().ifPresent(d -> area.setPromptText(promptOf(lines(d))));
        if (spec.type() == SettingType.MAP) {
            area.setPromptText("NAME=value, one per line");
        }
        var typing = FieldEdit.attachLive(area, () -> commit.accept(parse(spec.type(), area.getText())), true);
        return new Editor(area, value -> typing.show(value.map(SettingField::lines).orElse("")), Optional.of(typing));
    }

    /** The prompt of a multi-line field: its default's lines, each whole, on one line. */
    static String promptOf(String defaultLines) {
        var lines = defaultLines.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.size() <= 1 ? String.join("", lines) : "default: " + String.join(", ", lines);
    }

    private static String lines(ConfigValue value) {
        return value.asText(); // lists and maps are already one entry per line
    }

    /** The typed value of an editor's text; blank means "not set". */
    static Optional<ConfigValue> parse(SettingType type, String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(switch (type) {
            case LIST -> new ConfigValue.TextList(Arrays.stream(text.split("\\R")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList());
            case MAP -> {
                var map = new LinkedHashMap<String, String>();
                for (String line : text.split("\\R")) {
                    int eq = line.indexOf('=');
                    if (!line.isBlank()) {
                        map.put(eq < 0 ? line.strip() : line.substring(0, eq).strip(), eq < 0 ? "" : line.substring(eq + 1));
                    }
                }
                yield new ConfigValue.TextMap(map);
            }
            case INTEGER -> text.strip().matches("-?\\d{1,18}") ? new ConfigValue.Number(new java.math.BigDecimal(text.strip()))
                    : new ConfigValue.Text(text.strip()); // left as typed: validation says what is wrong
            default -> new ConfigValue.Text(type == SettingType.MULTILINE_TEXT ? text : text.strip());
        });
    }
}
