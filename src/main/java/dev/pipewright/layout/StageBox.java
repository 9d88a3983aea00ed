package dev.pipewright.layout;

/** Where a stage is drawn: its whole column and its header strip at the top of it. */
public record StageBox(String stage, int index, Box box, Box header) {
}
