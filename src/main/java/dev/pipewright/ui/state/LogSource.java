package dev.pipewright.ui.state;

import java.nio.file.Path;

/** The log the Log tab shows: one action's log file in the execution on screen, and its caption. */
public record LogSource(Path file, String title) {
}
