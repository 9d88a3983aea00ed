package dev.pipewright.cli;

import dev.pipewright.engine.ActionRecord;
import dev.pipewright.engine.ExecutionFolder;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.engine.StageRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "logs", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print the log of one action of an execution, or every action's log in order.")
final class LogsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXECUTION", description = "The execution id (or a unique start of it).")
    String executionId;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ACTION",
            description = "STAGE/ACTION, or an action name that is unique in the pipeline.")
    String action;

    @Mixin
    RunsDirOption runsDir;

    @Spec
    CommandSpec spec;

    /** Where log bytes go: standard output unless a test says otherwise. */
    OutputStream sink = System.out;

    @Override
    public Integer call() throws IOException {
        ExecutionFolder folder = Executions.find(runsDir, executionId);
        ExecutionRecord record = Executions.record(runsDir, folder);
        var chosen = choose(record);
        var out = spec.commandLine().getOut();
        if (chosen.isEmpty()) {
            out.println("(no logs: " + record.status().displayName() + (record.summary() == null ? ""
                    : ", " + record.summary()) + ")");
            out.flush();
        }
        for (var entry : chosen) {
            Path log = folder.dir().resolve(entry.action().logFile());
            if (chosen.size() > 1) {
                out.println("==== " + entry.stage().name() + "/" + entry.action().name() + " ("
                        + entry.action().status().displayName() + ") ====");
                out.flush();
            }
            if (!Files.isRegularFile(log)) {
                out.println("(no log: the action has not run)");
                out.flush();
                continue;
            }
            try (InputStream in = Files.newInputStream(log)) {
                in.transferTo(sink); // streamed: logs can be gigabytes
            }
            sink.flush();
        }
        if (sink instanceof PrintStream p && p.checkError()) {
            return PipewrightCommand.INTERNAL;
        }
        return PipewrightCommand.OK;
    }

    private record Entry(StageRecord stage, ActionRecord action) {
    }

    private List<Entry> choose(ExecutionRecord record) {
        var all = new ArrayList<Entry>();
        record.stages().forEach(s -> s.actions().forEach(a -> all.add(new Entry(s, a))));
        if (action == null) {
            return all;
        }
        var matches = all.stream().filter(e -> action.contains("/")
                ? (e.stage().name() + "/" + e.action().name()).equals(action)
                : e.action().name().equals(action)).toList();
        if (matches.isEmpty()) {
            throw new UserError("execution " + record.executionId() + " has no action '" + action + "'; its actions are "
                    + all.stream().map(e -> e.stage().name() + "/" + e.action().name()).toList());
        }
        if (matches.size() > 1) {
            throw new UserError("several stages have an action '" + action + "': "
                    + matches.stream().map(e -> e.stage().name() + "/" + e.action().name()).toList()
                    + "; say which as STAGE/ACTION");
        }
        return matches;
    }
}
