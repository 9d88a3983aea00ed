package dev.pipewright.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The index answers what the scans it replaced answered: producers and owners in pipeline order, each once. */
class ActionIndexTest {

    private static Action producing(String name, String... outputs) {
        return Action.of(name, ActionCategory.BUILD, "Shell")
                .withOutputArtifacts(java.util.Arrays.stream(outputs).map(OutputArtifact::named).toList());
    }

    @Test
    void producersAndOwnersInPipelineOrderEachOnce() {
        Pipeline pipeline = Pipeline.of("p").withStages(List.of(
                new Stage("A", List.of(producing("One", "Code", "Code"), producing("Two", "Site")
                        .withNamespace(java.util.Optional.of("ns"))), Map.of()),
                new Stage("B", List.of(producing("Three", "Code").withNamespace(java.util.Optional.of("ns"))), Map.of())));
        var index = new ActionIndex(pipeline);

        assertEquals(List.of("One", "Three"), index.producersOf("Code").stream().map(at -> at.action().name()).toList());
        assertEquals(List.of(), index.producersOf("Nothing"));
        assertEquals(List.of("Two", "Three"), index.ownersOf("ns").stream().map(at -> at.action().name()).toList());
        assertEquals(List.of("Code", "Site"), index.outputArtifactNames());
        assertEquals(List.of(1, 0), List.of(index.producersOf("Code").get(1).stageIndex(),
                index.producersOf("Code").get(1).actionIndex()));
    }
}
