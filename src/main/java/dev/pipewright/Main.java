package dev.pipewright;

import dev.pipewright.cli.PipewrightCommand;
import dev.pipewright.ui.Desktop;

/**
 * Starts Pipewright: with no arguments, or with a pipeline file, the window; with a command
 * ({@code run}, {@code validate}...), the command line.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            System.exit(Desktop.launch(args.length == 0 ? null : args[0]));
        }
        System.exit(PipewrightCommand.execute(args));
    }

    static boolean opensWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        // a command's name is a command even where a folder of that name exists ("examples" in the
        // project's own folder); a lone word that is no file is more likely a mistyped command
        // (the command line says so)
        return args.length == 1 && !args[0].startsWith("-") && !PipewrightCommand.isCommand(args[0])
                && (args[0].endsWith(".json") || java.nio.file.Files.exists(java.nio.file.Path.of(args[0])));
    }
}
