package dev.pipewright.engine;

import dev.pipewright.actions.ActionContext.ApprovalDecision;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * Decisions on approval gates made by another process ({@code pipewright approve}): dropped as a
 * small JSON file in the execution's folder, picked up by the process running it. A decision is
 * dropped only where none waits yet (created whole, never over another), so of two shells deciding
 * at the same moment exactly one is taken and the other learns whose was.
 */
public final class ApprovalFiles {

    private static final int ATTEMPTS = 5;

    private ApprovalFiles() {
    }

    /**
     * Drops a decision for the running process to find, unless another one is waiting there already.
     *
     * @return empty when this decision was dropped; the decision found waiting otherwise (this one
     *         was not dropped)
     */
    public static Optional<ApprovalDecision> drop(ExecutionFolder folder, String stage, String action,
                                                  ApprovalDecision decision) throws IOException {
        Path file = folder.approvalFile(stage, action);
        Files.createDirectories(file.getParent());
        byte[] content = Json.mapper().writeValueAsBytes(decision);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (createWhole(file, content)) {
                return Optional.empty();
            }
            Optional<ApprovalDecision> waiting = read(file);
            if (waiting.isPresent()) {
                return waiting;
            }
            // taken (deleted) between the two: the place is free again
        }
        throw new IOException("cannot drop the decision in " + file + ": it keeps changing");
    }

    /** Removes a decision dropped by {@link #drop} that was not taken, if it is still there unchanged. */
    public static void withdraw(ExecutionFolder folder, String stage, String action, ApprovalDecision decision)
            throws IOException {
        Path file = folder.approvalFile(stage, action);
        try {
            if (Arrays.equals(Files.readAllBytes(file), Json.mapper().writeValueAsBytes(decision))) {
                Files.deleteIfExists(file);
            }
        } catch (NoSuchFileException e) {
            // nothing left behind
        }
    }

    /**
     * Creates {@code file} with {@code content} only if it does not exist, atomically: a hard link
     * to a finished temporary file, so a reader never sees it half written. Where links are not
     * supported, a create-new write (a reader that catches it half written reads again later).
     */
    private static boolean createWhole(Path file, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.write(temporary, content, StandardOpenOption.SYNC);
            try {
                Files.createLink(file, temporary);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            } catch (UnsupportedOperationException | IOException noLinks) {
                try {
                    Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    return true;
                } catch (FileAlreadyExistsException e) {
                    return false;
                }
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Optional<ApprovalDecision> read(Path file) {
        try {
            return Optional.of(Json.mapper().readValue(file.toFile(), ApprovalDecision.class));
        } catch (IOException e) {
            return Optional.empty();
        }
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
