package dev.pipewright.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where in a pipeline something is, as a path of field names and list indexes from the top of the
 * file: {@code stages/1/actions/0/configuration/commands}. The file layer turns it into a line and
 * column; {@link #describe(Pipeline)} turns it into words.
 */
public record Location(List<Object> path) {

    public Location {
        for (Object step : path) {
            if (!(step instanceof String) && !(step instanceof Integer)) {
                throw new IllegalArgumentException("a location step is a field name or an index: " + step);
            }
        }
        path = List.copyOf(path);
    }

    public static Location root() {
        return new Location(List.of());
    }

    public static Location stage(int stageIndex) {
        return root().field("stages").index(stageIndex);
    }

    public static Location action(int stageIndex, int actionIndex) {
        return stage(stageIndex).field("actions").index(actionIndex);
    }

    public static Location variable(int variableIndex) {
        return root().field("variables").index(variableIndex);
    }

    public Location field(String name) {
        var copy = new ArrayList<>(path);
        copy.add(Objects.requireNonNull(name));
        return new Location(copy);
    }

    public Location index(int i) {
        var copy = new ArrayList<>(path);
        copy.add(i);
        return new Location(copy);
    }

    /** The location as a JSON Pointer (RFC 6901): {@code /stages/1/actions/0}. */
    public String pointer() {
        var sb = new StringBuilder();
        for (Object step : path) {
            sb.append('/').append(step.toString().replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    /** Words a person can follow: {@code stage 'Build' › action 'Compile' › commands}. */
    public String describe(Pipeline pipeline) {
        var parts = new ArrayList<String>();
        Stage stage = null;
        List<?> list = null;
        String listName = null;
        for (int i = 0; i < path.size(); i++) {
            Object step = path.get(i);
            if (step instanceof String field) {
                listName = field;
                boolean isList = i + 1 < path.size() && path.get(i + 1) instanceof Integer;
                if (!isList) {
                    parts.add(field);
                }
                list = switch (field) {
                    case "stages" -> pipeline.stages();
                    case "actions" -> stage == null ? null : stage.actions();
                    case "variables" -> pipeline.variables();
                    default -> null;
                };
            } else {
                int index = (Integer) step;
                Object element = list != null && index < list.size() ? list.get(index) : null;
                if (element instanceof Stage s) {
                    stage = s;
                    parts.add("stage '" + s.name() + "'");
                } else if (element instanceof Action a) {
                    parts.add("action '" + a.name() + "'");
                } else if (element instanceof PipelineVariable v) {
                    parts.add("variable '" + v.name() + "'");
                } else {
                    parts.add(singular(listName) + " " + (index + 1));
                }
                list = null;
            }
        }
        return parts.isEmpty() ? "pipeline" : String.join(" › ", parts);
    }

    private static String singular(String listName) {
        if (listName == null) {
            return "item";
        }
        return listName.endsWith("s") ? listName.substring(0, listName.length() - 1) : listName;
    }

    @Override
    public String toString() {
        return pointer().isEmpty() ? "/" : pointer();
    }
}
