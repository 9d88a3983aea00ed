package dev.pipewright.engine;

import dev.pipewright.actions.process.Survivors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Clears what the actions of an interrupted execution left behind, before anything reruns: the
 * processes still running (each action's watchdog normally ends them when Pipewright dies; this
 * is the net for what it missed, such as a watchdog killed with it) and the transient files an
 * action removes when it ends normally.
 */
final class Leftovers {

    /** Every process of an action has it in its environment: part of the proof that it is ours. */
    static final String EXECUTION_ID_VARIABLE = "PIPEWRIGHT_EXECUTION_ID";

    private Leftovers() {
    }

    /** Ends the proven processes of every action the record shows still running, and removes transient files. */
    static void clear(ExecutionFolder folder, ExecutionRecord record) {
        for (StageRecord stage : record.stages()) {
            for (ActionRecord action : stage.actions()) {
                if (action.status().isActive() && action.process() != null) {
                    Survivors.end(action.process().id(), action.process().started(),
                            EXECUTION_ID_VARIABLE + "=" + record.executionId());
                }
            }
        }
        removeTransientFiles(folder.dir().resolve("work"));
    }

    /**
     * Removes the temporary files of record writes a kill cut short ({@code .execution.json.N.tmp});
     * only for an execution no process runs, whose writes are all over.
     */
    static void removeUnfinishedRecords(ExecutionFolder folder) {
        String prefix = "." + folder.recordFile().getFileName() + ".";
        try (Stream<Path> files = Files.list(folder.dir())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(".tmp")).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a read-only or vanished folder: nothing to tidy
        }
    }

    // work/STAGE/ACTION.output.env and, for shells that cannot read a pipe, work/STAGE/ACTION.commands.*
    private static void removeTransientFiles(Path work) {
        if (!Files.isDirectory(work)) {
            return;
        }
        try (Stream<Path> stages = Files.list(work)) {
            for (Path stage : stages.filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.list(stage)) {
                    for (Path file : files.filter(Files::isRegularFile).filter(Leftovers::isTransient).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        } catch (IOException e) {
            // a read-only runs folder: what cannot be removed stays, as it was
        }
    }

    private static boolean isTransient(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".output.env") || name.contains(".commands.");
    }
}
