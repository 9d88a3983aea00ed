package dev.pipewright.engine;

/**
 * What a run does with actions whose provider cannot run on this machine (a CodeDeploy or Lambda
 * action of an imported CodePipeline): the person running chooses.
 */
public enum NonLocalActions {
    /** Marked Skipped; later actions that need their artifacts or variables fail, saying so. */
    SKIP,
    /** Marked Succeeded without doing anything: output artifacts empty, no output variables. */
    SIMULATE
}
