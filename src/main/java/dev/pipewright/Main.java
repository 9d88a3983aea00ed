package dev.pipewright;

import dev.pipewright.cli.PipewrightCommand;

/** Starts Pipewright: the command line for now, the window once it exists. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(PipewrightCommand.execute(args));
    }
}
