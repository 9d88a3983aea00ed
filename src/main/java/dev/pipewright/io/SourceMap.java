package dev.pipewright.io;

import dev.pipewright.model.Location;
import java.util.ArrayList;
import java.util.Collections;
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
    /** Put in front of every location asked for: the maps are the whole file's, this map a part of it. */
    private final List<Object> prefix;

    /** Takes the maps as they are (the reader hands them over and keeps no reference): no copy of a large file's map. */
    SourceMap(Map<Location, TextPosition> names, Map<Location, TextPosition> values) {
        this(Collections.unmodifiableMap(names), Collections.unmodifiableMap(values), List.of());
    }

    private SourceMap(Map<Location, TextPosition> names, Map<Location, TextPosition> values, List<Object> prefix) {
        this.names = names;
        this.values = values;
        this.prefix = prefix;
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
            Location at = inFile(path.subList(0, length));
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
    SourceMap under(Location part) {
        var joined = new ArrayList<>(prefix);
        joined.addAll(part.path());
        return new SourceMap(names, values, List.copyOf(joined));
    }

    /** Where the value at {@code location} starts, exactly; empty when it is not in the file. */
    public Optional<TextPosition> valueAt(Location location) {
        return Optional.ofNullable(values.get(inFile(location.path())));
    }

    /** The file's location of {@code path}, which is relative to this map's part of the file. */
    private Location inFile(List<Object> path) {
        if (prefix.isEmpty()) {
            return new Location(path);
        }
        var joined = new ArrayList<>(prefix);
        joined.addAll(path);
        return new Location(joined);
    }
}
