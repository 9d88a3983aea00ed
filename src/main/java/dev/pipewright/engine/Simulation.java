package dev.pipewright.engine;

import dev.pipewright.model.ActionCategory;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * The controls of a simulated execution while it runs, for the window and the command line:
 * which actions fail, how fast it goes, and step-through (each action waits before it starts
 * until {@link #step()}). Retrying a stage after {@link #clearFailure} lets the action succeed.
 */
public final class Simulation {

    private static final long STOP_CHECK_MILLIS = 100;
    private static final int HISTORY_LOOKED_AT = 50;

    private final Set<String> failures = ConcurrentHashMap.newKeySet();
    private final double failureRate;
    private final long seed;
    private final Map<String, Duration> lastRealDurations;
    private volatile double speed;
    private final LinkedHashSet<String> paused = new LinkedHashSet<>(); // guarded by this
    private boolean stepping; // guarded by this
    private long released; // guarded by this: how many steps were given

    Simulation(SimulationSettings settings, Map<String, Duration> lastRealDurations) {
        failures.addAll(settings.failures());
        this.failureRate = settings.failureRate();
        this.seed = settings.seed();
        this.speed = settings.speed();
        this.stepping = settings.stepThrough();
        this.lastRealDurations = Map.copyOf(lastRealDurations);
    }

    /** The settings as they are now (the failures and speed may have changed since the start). */
    public synchronized SimulationSettings settings() {
        return new SimulationSettings(List.copyOf(new java.util.TreeSet<>(failures)), failureRate, seed, speed,
                stepping);
    }

    /** Makes the action fail when it next runs in this execution ("Fail in simulation"). */
    public void fail(String stage, String action) {
        failures.add(stage + "/" + action);
    }

    /** Lets the action succeed when it next runs, as after fixing what made it fail. */
    public void clearFailure(String stage, String action) {
        failures.remove(stage + "/" + action);
    }

    public boolean failsOnPurpose(String stage, String action) {
        return failures.contains(stage + "/" + action);
    }

    public void setSpeed(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("the speed is a factor above 0, not " + factor);
        }
        speed = factor;
    }

    public double speed() {
        return speed;
    }

    /** Turns step-through on or off; off lets every paused action go. */
    public synchronized void setStepThrough(boolean on) {
        stepping = on;
        if (!on) {
            paused.clear();
            notifyAll();
        }
    }

    public synchronized boolean isStepThrough() {
        return stepping;
    }

    /** The actions paused before their start, as {@code Stage/Action}, in the order they paused. */
    public synchronized List<String> paused() {
        return List.copyOf(paused);
    }

    public synchronized boolean isPaused(String stage, String action) {
        return paused.contains(stage + "/" + action);
    }

    /**
     * Lets the actions paused now start (those of one runOrder group pause together, so one step
     * starts the group). Returns how many it released.
     */
    public synchronized int step() {
        int n = paused.size();
        paused.clear();
        released++;
        notifyAll();
        return n;
    }

    /** Waits while step-through holds the action; returns at once without it, or when stopped. */
    synchronized void awaitStep(String stage, String action, BooleanSupplier stopRequested) throws InterruptedException {
        if (!stepping) {
            return;
        }
        String key = stage + "/" + action;
        paused.add(key);
        notifyAll();
        try {
            while (stepping && paused.contains(key)) {
                if (stopRequested.getAsBoolean()) {
                    throw new InterruptedException("stopped while paused");
                }
                wait(STOP_CHECK_MILLIS);
            }
        } finally {
            paused.remove(key);
        }
    }

    /** Waits until at least {@code count} actions are paused; for callers that step in order. */
    public synchronized boolean awaitPaused(int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (paused.size() < count) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** Whether this attempt of the action fails: on purpose, or by the failure rate's draw. */
    boolean fails(String stage, String action, int attempt) {
        if (failsOnPurpose(stage, action)) {
            return true;
        }
        if (failureRate <= 0) {
            return false;
        }
        // one draw per action and attempt, whatever order the actions run in
        long key = seed * 31 + (stage + "/" + action).hashCode() * 17L + attempt;
        return new SplittableRandom(key).nextDouble() < failureRate;
    }

    String failureReason(String stage, String action) {
        return failsOnPurpose(stage, action) ? "failed in simulation, as asked (fail " + stage + "/" + action + ")"
                : "failed in simulation by chance (failure rate " + Math.round(failureRate * 100) + "%, seed " + seed + ")";
    }

    /** How long the action takes in the simulation: as in its last real run, else a default, over the speed. */
    Duration duration(String stage, String action, ActionCategory category) {
        Duration real = lastRealDurations.getOrDefault(stage + "/" + action, defaultDuration(category));
        return Duration.ofNanos((long) (real.toNanos() / speed));
    }

    /** Whether {@link #duration} comes from a real run. */
    boolean hasRealDuration(String stage, String action) {
        return lastRealDurations.containsKey(stage + "/" + action);
    }

    static Duration defaultDuration(ActionCategory category) {
        return switch (category) {
            case SOURCE -> Duration.ofSeconds(2);
            case BUILD -> Duration.ofSeconds(6);
            case TEST -> Duration.ofSeconds(4);
            case DEPLOY -> Duration.ofSeconds(3);
            default -> Duration.ofSeconds(2);
        };
    }

    /** The durations of the newest real (not simulated) execution in which each action succeeded. */
    static Map<String, Duration> lastRealDurations(ExecutionStore store, String pipelineName) {
        var found = new ConcurrentHashMap<String, Duration>();
        List<ExecutionRecord> history;
        try {
            // the newest executions are enough, and a long history must not slow every simulated start
            history = store.folders(java.util.Optional.of(pipelineName)).stream().limit(HISTORY_LOOKED_AT)
                    .map(store::recover).flatMap(java.util.Optional::stream).toList();
        } catch (RuntimeException e) {
            return Map.of(); // no history to learn from: the defaults will do
        }
        for (ExecutionRecord r : history) { // newest first
            if (r.simulation() != null) {
                continue;
            }
            for (StageRecord s : r.stages()) {
                for (ActionRecord a : s.actions()) {
                    if (a.status() == ActionStatus.SUCCEEDED && a.startTime() != null && a.endTime() != null) {
                        found.putIfAbsent(s.name() + "/" + a.name(), Duration.between(a.startTime(), a.endTime()));
                    }
                }
            }
        }
        return found;
    }
}
