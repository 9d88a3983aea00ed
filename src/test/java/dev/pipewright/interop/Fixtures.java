package dev.pipewright.interop;

import dev.pipewright.model.Action;
import dev.pipewright.model.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test resources and a compact view of where actions landed. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new AssertionError("test resource " + name + " is missing", e);
        }
    }

    /** "stage: action@runOrder, ..." per stage. */
    public static List<String> layout(Pipeline pipeline) {
        return pipeline.stages().stream().map(s -> s.name() + ": " + String.join(", ",
                s.actions().stream().map(a -> a.name() + "@" + a.runOrder()).toList())).toList();
    }

    public static Action action(Pipeline pipeline, String stage, String name) {
        return pipeline.stage(stage).orElseThrow().action(name).orElseThrow();
    }
}
