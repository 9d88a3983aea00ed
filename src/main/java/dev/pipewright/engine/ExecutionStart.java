package dev.pipewright.engine;

import dev.pipewright.model.Pipeline;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;

/** Sets up a new execution: checks the pipeline, resolves its variables, and lays out its folder. */
final class ExecutionStart {

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ExecutionStart() {
    }

    static Execution create(Engine engine, RunRequest request, int depth) throws StartRefusedException {
        Pipeline pipeline = request.pipeline();
        RunChecks.refuseInvalid(pipeline, engine.providers());
        Map<String, String> values = VariableValues.resolve(pipeline, request.variables());
        SecretMasker masker = VariableValues.masker(pipeline, values);
        String id = newId();
        var maskedValues = new TreeMap<String, String>();
        values.forEach((k, v) -> maskedValues.put(k, masker.mask(v)));
        var record = new ExecutionRecord(ExecutionRecord.SCHEMA_VERSION, id, pipeline.name(),
                request.pipelineFile().map(f -> f.toAbsolutePath().normalize().toString()).orElse(null),
                pipeline.executionMode().name(), request.startedBy(), ExecutionStatus.IN_PROGRESS, null, Instant.now(),
                null, maskedValues, RecordlessRun.pendingStages(pipeline), request.simulation().orElse(null));
        Simulation simulation = request.simulation()
                .map(s -> new Simulation(s, Simulation.lastRealDurations(engine.store(), pipeline.name())))
                .orElse(null);
        RunningLocks.Held lock = null;
        try {
            ExecutionFolder folder = engine.store().create(pipeline.name(), id);
            PrivateFolder.restrict(folder.dir());
            // the lock, then the record, then the rest: a reader never finds a record without the lock that
            // says it runs (it would be taken for a crash), and a folder a kill left without a record is
            // shown Interrupted all the same (RecordlessRun)
            lock = folder.lock();
            engine.store().writeRecord(folder, record);
            Snapshots.write(folder, pipeline);
            var setup = new ExecutionState.Setup(engine, id, pipeline, request.baseDir(), folder, values, masker,
                    record, depth, request.sourceRevisions(), request.nonLocalActions(), Map.of(), simulation);
            return new Execution(new ExecutionState(setup), lock);
        } catch (IOException e) {
            if (lock != null) {
                try {
                    lock.close();
                } catch (IOException ignored) {
                    // the lock goes with the process anyway
                }
            }
            throw new StartRefusedException("cannot write the execution's folder under "
                    + engine.store().runsDir() + ": " + e.getMessage() + " (choose another with --runs-dir)");
        }
    }

    private static String lastId = "";

    /**
     * A new execution id: the start time to the second, then six hex digits, the first three the
     * millisecond and the last three random. Name order is then start order (the history, "the
     * latest", id prefixes) even for executions started in the same second; in this process each
     * id is greater than the one before.
     */
    static synchronized String newId() {
        while (true) {
            Instant now = Instant.now();
            String start = ID_TIME.format(now) + "-" + String.format("%03x", now.getNano() / 1_000_000);
            int random = RANDOM.nextInt(0x1000);
            if (lastId.startsWith(start)) {
                int last = Integer.parseInt(lastId.substring(start.length()), 16);
                if (last == 0xfff) {
                    Thread.onSpinWait(); // 4,096 ids in one millisecond: wait for the next one
                    continue;
                }
                random = Math.max(random, last + 1);
            }
            lastId = start + String.format("%03x", random);
            return lastId;
        }
    }
}
