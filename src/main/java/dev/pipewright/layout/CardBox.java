package dev.pipewright.layout;

import dev.pipewright.model.ActionRef;

/** Where an action's card is drawn, and where its output port sits (the middle of its right edge). */
public record CardBox(ActionRef ref, int runOrder, int column, Box box) {

    public Point outputPort() {
        return new Point(box.maxX(), box.centerY());
    }
}
