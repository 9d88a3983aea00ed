package dev.pipewright.engine;

/** What a stage retry runs again, as CodePipeline's retryMode. */
public enum RetryMode {
    /** The actions that failed, were abandoned or never ran; succeeded ones keep their results. */
    FAILED_ACTIONS,
    /** Every action of the stage, from its first group. */
    ALL_ACTIONS
}
