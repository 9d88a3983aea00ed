package dev.pipewright.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.engine.ExecutionEvent;
import dev.pipewright.engine.ExecutionListener;
import dev.pipewright.engine.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * {@code --events FILE}: every event as one JSON object per line, with its kind in {@code "event"},
 * for scripts and other tools to follow a run.
 */
final class EventsFile implements ExecutionListener, AutoCloseable {

    private final Writer writer;

    EventsFile(Writer writer) {
        this.writer = new BufferedWriter(writer);
    }

    @Override
    public synchronized void onEvent(ExecutionEvent event) {
        ObjectNode node = Json.compact().valueToTree(event);
        ObjectNode line = Json.compact().createObjectNode();
        line.put("event", event.getClass().getSimpleName());
        line.setAll(node);
        try {
            writer.write(Json.compact().writeValueAsString(line));
            writer.write('\n');
            if (!(event instanceof ExecutionEvent.LogChunk)) {
                writer.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }
}
