package dev.pipewright.watch;

/** Hears what a {@link PipelineWatch} does; called on the watch's own thread, so hand work on quickly. */
@FunctionalInterface
public interface WatchListener {
    void onEvent(WatchEvent event);
}
