package dev.pipewright.ui.canvas;

/** An arrow key pressed on the selection; the window decides what moving that way means. */
public enum Nudge {
    LEFT, RIGHT, UP, DOWN
}
