package dev.pipewright.cli;

import dev.pipewright.engine.ExecutionFolder;
import dev.pipewright.engine.ExecutionRecord;

/** Finding an execution named on the command line, with errors a person can act on. */
final class Executions {
    private Executions() {
    }

    static ExecutionFolder find(RunsDirOption runsDir, String id) {
        try {
            return runsDir.store().find(id);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    static ExecutionRecord record(RunsDirOption runsDir, ExecutionFolder folder) {
        return runsDir.store().recover(folder).orElseThrow(() -> new UserError("cannot read "
                + folder.recordFile() + "; the execution's record is missing or damaged"));
    }
}
