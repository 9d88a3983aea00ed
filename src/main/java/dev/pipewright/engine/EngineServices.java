package dev.pipewright.engine;

import dev.pipewright.actions.Providers;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;

/**
 * What the engine lends every action it runs: the providers, the slots that cap how many actions
 * work at once, the threads actions run on, and the timers that end them when they take too long.
 */
record EngineServices(Providers providers, Semaphore workSlots, ExecutorService actionThreads,
                      ScheduledExecutorService timers) {
}
