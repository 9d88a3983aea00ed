package dev.pipewright.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Name order is start order: "the latest execution" (a lesson, a log, the history) was picked by
 * sorting ids, which only went down to the second, so two executions started in the same second
 * came out in either order (a flaky LessonCommandTest).
 */
class ExecutionIdTest {

    @Test
    void idsMadeOneAfterAnotherSortInTheOrderTheyWereMade() {
        String before = ExecutionStart.newId();
        for (int i = 0; i < 5_000; i++) {
            String next = ExecutionStart.newId();
            assertTrue(next.compareTo(before) > 0, before + " then " + next);
            assertTrue(RecordlessRun.isExecutionId(next), next);
            before = next;
        }
    }
}
