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
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The editor of one provider setting, chosen by its type: one line, several lines (a script), a
 * list (one per line), a map (NAME=value per line), a choice or a check box. A change is committed
 * when the field loses focus or on Enter (Ctrl+Enter in multi-line fields): one edit, one undo step.
 */
final class SettingField {

    private SettingField() {
    }

    /** An editor showing {@code current}, calling {@code commit} with the new value (empty = remove). */
    static Node editor(SettingSpec spec, Optional<ConfigValue> current, Consumer<Optional<ConfigValue>> commit) {
        return switch (spec.type()) {
            case BOOLEAN -> checkBox(spec, current, commit);
            case CHOICE -> choice(spec, current, commit);
            case MULTILINE_TEXT, LIST, MAP -> textArea(spec, current, commit);
            case TEXT, INTEGER -> textField(spec, current, commit);
        };
    }

    private static Node checkBox(SettingSpec spec, Optional<ConfigValue> current, Consumer<Optional<ConfigValue>> commit) {
        var box = new CheckBox();
        boolean value = current.or(spec::defaultValue).map(v -> v.asText().equals("true")).orElse(false);
        box.setSelected(value);
        box.selectedProperty().addListener((o, was, now) -> commit.accept(Optional.of(new ConfigValue.Flag(now))));
        return box;
    }

    private static Node choice(SettingSpec spec, Optional<ConfigValue> current, Consumer<Optional<ConfigValue>> commit) {
        var combo = new ComboBox<String>();
        String unset = spec.defaultValue().map(d -> "(default: " + d.asText() + ")").orElse("(not set)");
        combo.getItems().add(unset);
        combo.getItems().addAll(spec.choices());
        combo.setValue(current.map(ConfigValue::asText).orElse(unset));
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.valueProperty().addListener((o, was, now) -> commit.accept(
                now == null || now.equals(unset) ? Optional.empty() : Optional.of(new ConfigValue.Text(now))));
        return combo;
    }

    private static Node textField(SettingSpec spec, Optional<ConfigValue> current, Consumer<Optional<ConfigValue>> commit) {
        var field = new TextField(current.map(ConfigValue::asText).orElse(""));
        spec.defaultValue().ifPresent(d -> field.setPromptText(d.asText()));
        commitOnLeave(field, () -> commit.accept(parse(spec.type(), field.getText())), false);
        return field;
    }

    private static Node textArea(SettingSpec spec, Optional<ConfigValue> current, Consumer<Optional<ConfigValue>> commit) {
        var area = new TextArea(current.map(SettingField::lines).orElse(""));
        area.getStyleClass().add(spec.type() == SettingType.MULTILINE_TEXT ? "script-editor" : "list-editor");
        area.setPrefRowCount(spec.type() == SettingType.MULTILINE_TEXT ? 6 : 3);
        area.setWrapText(false);
        spec.defaultValue().ifPresent(d -> area.setPromptText(lines(d)));
        if (spec.type() == SettingType.MAP) {
            area.setPromptText("NAME=value, one per line");
        }
        commitOnLeave(area, () -> commit.accept(parse(spec.type(), area.getText())), true);
        return area;
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

    /** Commits when focus leaves or on Enter (Ctrl+Enter for multi-line), unless nothing changed. */
    static void commitOnLeave(TextInputControl field, Runnable commit, boolean multiLine) {
        final String[] committed = {field.getText()};
        Runnable commitIfChanged = () -> {
            if (!field.getText().equals(committed[0])) {
                committed[0] = field.getText();
                commit.run();
            }
        };
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitIfChanged.run();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && (!multiLine || e.isShortcutDown())) {
                commitIfChanged.run();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.setText(committed[0]);
                e.consume();
            }
        });
    }

}
