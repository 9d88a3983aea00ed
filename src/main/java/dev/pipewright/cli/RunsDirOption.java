package dev.pipewright.cli;

import dev.pipewright.engine.ExecutionStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --runs-dir}, shared by every command that reads or writes executions. */
final class RunsDirOption {

    @Option(names = "--runs-dir", paramLabel = "DIR",
            description = "Where executions are kept (default: $PIPEWRIGHT_RUNS_DIR, else the per-user data folder, "
                    + "e.g. ~/.local/share/pipewright/runs on Linux).")
    Path runsDir;

    Path resolve() {
        return runsDir != null ? runsDir : ExecutionStore.defaultRunsDir();
    }

    ExecutionStore store() {
        return new ExecutionStore(resolve());
    }
}
