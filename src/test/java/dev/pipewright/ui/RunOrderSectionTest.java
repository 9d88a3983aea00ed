package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pipewright.model.Placement;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The moments an action can run at, in words, and where each puts it (no window needed). */
class RunOrderSectionTest {

    private static Action shell(String name, int runOrder) {
        return Action.of(name, ActionCategory.BUILD, "Shell").withRunOrder(runOrder);
    }

    private static final Stage TEST = Stage.of("Test", shell("Unit", 1), shell("Lint", 1), shell("Package", 2));

    private static List<String> words(Action action) {
        return RunOrderSection.choices(TEST, action).stream().map(RunOrderSection.Choice::words).toList();
    }

    @Test
    void anActionAloneInItsGroupCanJoinAnotherOrMoveAroundIt() {
        assertEquals(List.of("runs first", "runs with Unit and Lint", "runs after Unit and Lint"),
                words(TEST.action("Package").orElseThrow()));
        assertEquals(new Placement.InGroup("Test", 1),
                RunOrderSection.choices(TEST, TEST.action("Package").orElseThrow()).get(1).placement());
    }

    @Test
    void anActionInAGroupCanLeaveItBeforeOrAfterItsCompanions() {
        assertEquals(List.of("runs first", "runs with Lint", "runs after Lint", "runs with Package", "runs after Package"),
                words(TEST.action("Unit").orElseThrow()));
        assertEquals(new Placement.NewGroup("Test", 1),
                RunOrderSection.choices(TEST, TEST.action("Unit").orElseThrow()).get(2).placement());
    }

    @Test
    void manyNamesAreShortened() {
        assertEquals("A, B and 3 more", RunOrderSection.words(List.of("A", "B", "C", "D", "E")));
        assertEquals("A, B and C", RunOrderSection.words(List.of("A", "B", "C")));
    }
}
