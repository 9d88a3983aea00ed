package dev.pipewright.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.process.ProcessTree;
import dev.pipewright.actions.shell.ShellBuild;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(OS.WINDOWS)
class ShellCancelTest {

    @TempDir
    Path tmp;

    @Test
    @Timeout(30)
    void cancelEndsTheWholeProcessTree() throws Exception {
        TestContext ctx = new TestContext(tmp, ShellBuildTest.build("sleep 300 & sleep 300 & sh -c 'sleep 300' & wait"));
        assertNoSleeps("before the test");
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                new ShellBuild().execute(ctx);
            } catch (Throwable t) {
                outcome.set(t);
            }
        });
        worker.start();

        List<ProcessHandle> sleeps = awaitSleeps(3);
        List<ProcessHandle> all = ProcessHandle.current().descendants().toList();
        ctx.cancel();
        worker.join();

        for (ProcessHandle p : all) {
            assertTrue(ProcessTree.hasEnded(p), "still alive: " + p.pid() + " " + p.info().commandLine().orElse(""));
        }
        assertEquals(3, sleeps.size());
        assertInstanceOf(ActionFailedException.class, outcome.get());
    }

    @Test
    @Timeout(30)
    void interruptingTheWorkerEndsTheTreeAndRethrows() throws Exception {
        TestContext ctx = new TestContext(tmp, ShellBuildTest.build("sleep 300 & sleep 300 & wait"));
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                new ShellBuild().execute(ctx);
            } catch (Throwable t) {
                outcome.set(t);
            }
        });
        worker.start();

        awaitSleeps(2);
        List<ProcessHandle> all = ProcessHandle.current().descendants().toList();
        worker.interrupt();
        worker.join();

        assertTrue(all.stream().allMatch(ProcessTree::hasEnded));
        assertInstanceOf(InterruptedException.class, outcome.get());
    }

    private static List<ProcessHandle> awaitSleeps(int count) throws InterruptedException {
        while (true) {
            List<ProcessHandle> sleeps = sleeps();
            if (sleeps.size() >= count) {
                return sleeps;
            }
            Thread.sleep(20);
        }
    }

    private static List<ProcessHandle> sleeps() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/sleep")).orElse(false))
                .toList();
    }

    private static void assertNoSleeps(String when) {
        assertTrue(sleeps().isEmpty(), "sleep processes alive " + when);
    }
}
