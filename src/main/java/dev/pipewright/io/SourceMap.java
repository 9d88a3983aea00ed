package dev.pipewright.io;

import dev.pipewright.model.Location;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each part of a pipeline stands in the file it was read from, so that a {@link Location}
 * from validation can be shown as a line and column.
 */
public final class SourceMap {

    private static final SourceMap EMPTY = new SourceMap(Map.of(), Map.of());

    /** Where the field name is written: {@code "runOrder"} of {@code "runOrder": 2}. */
    private final Map<Location, TextPosition> names;
    /** Where the value starts: the {@code 2}, or the {@code &#123;} of an object. */
    private final Map<Location, TextPosition> values;

    SourceMap(Map<Location, TextPosition> names, Map<Location, TextPosition> values) {
        this.names = Map.copyOf(names);
        this.values = Map.copyOf(values);
    }

    /** A map that knows no positions, for pipelines that were not read from a file. */
    public static SourceMap empty() {
        return EMPTY;
    }

    /**
     * The position of {@code location}: its field name if it is a field, its value if it is a list
     * element; for a place not written in the file (a missing setting), the nearest enclosing one.
     */
    public Optional<TextPosition> find(Location location) {
        List<Object> path = location.path();
        for (int length = path.size(); length >= 0; length--) {
            Location at = new Location(path.subList(0, length));
            TextPosition found = names.getOrDefault(at, values.get(at));
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /**
     * The part of this map below {@code prefix}, with locations relative to it: the file holds the
     * pipeline under {@code "pipeline"}, while the model's locations start at the pipeline.
     */
    SourceMap under(Location prefix) {
        return new SourceMap(relative(names, prefix), relative(values, prefix));
    }

    private static Map<Location, TextPosition> relative(Map<Location, TextPosition> map, Location prefix) {
        var result = new java.util.HashMap<Location, TextPosition>();
        int n = prefix.path().size();
        map.forEach((location, position) -> {
            List<Object> path = location.path();
            if (path.size() >= n && path.subList(0, n).equals(prefix.path())) {
                result.put(new Location(path.subList(n, path.size())), position);
            }
        });
        return result;
    }

    /** Where the value at {@code location} starts, exactly; empty when it is not in the file. */
    public Optional<TextPosition> valueAt(Location location) {
        return Optional.ofNullable(values.get(location));
    }
}
