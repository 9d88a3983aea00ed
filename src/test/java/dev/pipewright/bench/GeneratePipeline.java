package dev.pipewright.bench;

import dev.pipewright.io.PipelineFiles;
import dev.pipewright.model.Pipeline;
import java.nio.file.Path;

/**
 * Not a test: writes a generated pipeline of N actions for the benchmarks ({@code bench/run}):
 * stages of 40 actions (2,000 actions are 50 stages × 40), fewer than 40 in one stage, with the
 * runOrder groups and artifact links of {@link CanvasBenchmark#generated}.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.pipewright.bench.GeneratePipeline 2000 big.pipeline.json</pre>
 */
public final class GeneratePipeline {

    static final int PER_STAGE = 40;

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: GeneratePipeline ACTIONS OUT.pipeline.json");
            System.exit(2);
        }
        Pipeline pipeline = ofActions(Integer.parseInt(args[0]));
        PipelineFiles.save(pipeline, Path.of(args[1]));
        System.out.println(pipeline.stages().size() + " stages x " + pipeline.stages().get(0).actions().size()
                + " actions");
    }

    /** About {@code actions} actions (a multiple of the stages), in stages of at most 40. */
    public static Pipeline ofActions(int actions) {
        int stages = Math.max(1, (actions + PER_STAGE - 1) / PER_STAGE);
        int perStage = Math.max(1, actions / stages);
        return CanvasBenchmark.generated(stages, perStage);
    }

    private GeneratePipeline() {
    }
}
