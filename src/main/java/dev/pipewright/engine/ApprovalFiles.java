package dev.pipewright.engine;

import dev.pipewright.actions.ActionContext.ApprovalDecision;
import dev.pipewright.io.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Decisions on approval gates made by another process ({@code pipewright approve}): dropped as a
 * small JSON file in the execution's folder, picked up by the process running it.
 */
public final class ApprovalFiles {

    private ApprovalFiles() {
    }

    /** Drops a decision for the running process to find. */
    public static void drop(ExecutionFolder folder, String stage, String action, ApprovalDecision decision)
            throws IOException {
        Path file = folder.approvalFile(stage, action);
        Files.createDirectories(file.getParent());
        AtomicFile.write(file, Json.mapper().writeValueAsBytes(decision));
    }

    /** Takes a dropped decision, if there is one, removing the file so it counts once. */
    static Optional<ApprovalDecision> take(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            ApprovalDecision decision = Json.mapper().readValue(file.toFile(), ApprovalDecision.class);
            Files.deleteIfExists(file);
            return Optional.of(decision);
        } catch (IOException e) {
            return Optional.empty(); // half-visible on some file systems; read it on the next poll
        }
    }
}
