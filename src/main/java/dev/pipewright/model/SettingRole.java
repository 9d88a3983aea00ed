package dev.pipewright.model;

/**
 * What a setting's value does to the world outside the action's own folder, described once in the
 * catalog so that validation (writes outside the pipeline's folder) and the trust prompt (what a
 * pipeline will do) read the same description.
 */
public enum SettingRole {
    /** Nothing beyond the action itself. */
    OTHER,
    /** Commands run by a shell. */
    COMMANDS,
    /** A file or folder the action writes, relative to the pipeline's folder or absolute. */
    WRITTEN_PATH,
    /** A web address the action calls. */
    CALLED_URL,
    /** A repository the action clones or fetches. */
    CLONED_REPOSITORY,
    /** Another pipeline file the action runs, with whatever that one does. */
    RUN_PIPELINE
}
