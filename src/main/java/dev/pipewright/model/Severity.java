package dev.pipewright.model;

/** How bad a problem is: an error stops a run, a warning does not. */
public enum Severity {
    ERROR,
    WARNING
}
