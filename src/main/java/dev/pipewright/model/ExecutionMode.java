package dev.pipewright.model;

/** How overlapping executions of one pipeline behave (CodePipeline's execution modes). */
public enum ExecutionMode {
    /** A newer execution waiting in front of a busy stage replaces an older waiting one. */
    SUPERSEDED,
    /** Executions go through the pipeline one by one, in the order they were started. */
    QUEUED,
    /** Executions run at the same time, independently of one another. */
    PARALLEL
}
