package dev.pipewright.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangesSinceTest {

    private static Action shell(String name, String commands) {
        return Action.of(name, ActionCategory.BUILD, "Shell").withSetting("commands", ConfigValue.text(commands));
    }

    private static Pipeline pipeline(Stage... stages) {
        return Pipeline.of("p", stages);
    }

    @Test
    void changesBeforeTheRetriedStageDoNotCount() {
        var ran = pipeline(Stage.of("Source", shell("A", "a")), Stage.of("Build", shell("B", "b")));
        var now = pipeline(Stage.of("Source", shell("A", "changed")), Stage.of("Build", shell("B", "b")));
        assertTrue(ChangesSince.of(ran, now, "Build").isEmpty());
        assertEquals(List.of("action 'Source/A' changed"), ChangesSince.of(ran, now, "Source").changes());
    }

    @Test
    void namesChangedAddedAndRemovedActionsAndStagesFromTheRetriedStageOn() {
        var ran = pipeline(Stage.of("Build", shell("B", "b"), shell("Old", "o")), Stage.of("Deploy", shell("D", "d")));
        var now = pipeline(Stage.of("Build", shell("B", "b2"), shell("New", "n")), Stage.of("Ship", shell("S", "s")));
        assertEquals(List.of("action 'Build/B' changed", "action 'Build/Old' was removed or renamed",
                "action 'Build/New' was added", "stage 'Deploy' was removed or renamed", "stage 'Ship' was added"),
                ChangesSince.of(ran, now, "Build").changes());
    }
}
