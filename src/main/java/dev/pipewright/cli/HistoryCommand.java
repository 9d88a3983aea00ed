package dev.pipewright.cli;

import dev.pipewright.engine.ActionRecord;
import dev.pipewright.engine.Durations;
import dev.pipewright.engine.ExecutionRecord;
import dev.pipewright.io.LoadedPipeline;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "history", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "List past and running executions, newest first: of one pipeline, or of all.")
final class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Parameters(index = "0", arity = "0..1", paramLabel = "PIPELINE",
            description = "A pipeline file, or a pipeline's name; all pipelines when left out.")
    String pipeline;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "Show at most N executions (default ${DEFAULT-VALUE}).")
    int limit = 20;

    @Mixin
    RunsDirOption runsDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        Optional<String> name = pipelineName();
        var records = runsDir.store().history(name);
        if (records.isEmpty()) {
            out.println("No executions" + name.map(n -> " of " + n).orElse("") + " in " + runsDir.resolve() + ".");
            return PipewrightCommand.OK;
        }
        Instant now = Instant.now();
        var rows = new java.util.ArrayList<String[]>();
        rows.add(new String[] {"EXECUTION", "PIPELINE", "STATUS", "STARTED", "DURATION", "STARTED BY / DECISIONS"});
        records.stream().limit(limit).forEach(r -> rows.add(new String[] {r.executionId(), r.pipelineName(),
                r.status().displayName() + (r.isSimulated() ? " (simulated)" : ""), r.startTime() == null ? "" : WHEN.format(r.startTime()),
                Durations.words(r.duration(now)), r.startedBy().type() + r.commit().map(c -> " " + c.shortId()
                        + (c.branch().isEmpty() ? "" : " on " + c.branch())).orElse("") + approvals(r)}));
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            var line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
        if (records.size() > limit) {
            out.println("… and " + (records.size() - limit) + " older (--limit shows more).");
        }
        return PipewrightCommand.OK;
    }

    private Optional<String> pipelineName() {
        if (pipeline == null) {
            return Optional.empty();
        }
        Path file = Path.of(pipeline);
        // anything on disk by that name is read as a file, so a device or a pipe is refused in words
        if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            var errors = new StringWriter();
            LoadedPipeline loaded = PipelineLoading.read(file, new PrintWriter(errors));
            if (loaded == null) {
                throw new UserError(errors.toString().strip());
            }
            return Optional.of(loaded.pipeline().name());
        }
        return Optional.of(pipeline);
    }

    private static String approvals(ExecutionRecord record) {
        String decided = record.stages().stream().flatMap(s -> s.actions().stream())
                .map(ActionRecord::approval).filter(Objects::nonNull).filter(ActionRecord.Approval::isDecided)
                .map(a -> a.decision().toLowerCase(java.util.Locale.ROOT) + " by " + a.by())
                .collect(Collectors.joining(", "));
        return decided.isEmpty() ? "" : "; " + decided;
    }
}
