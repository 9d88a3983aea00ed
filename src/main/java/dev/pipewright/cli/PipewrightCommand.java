package dev.pipewright.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pipewright} command and its subcommands. */
@Command(name = "pipewright",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Draw CI/CD pipelines and run them on your own workstation.", "",
            "pipewright alone opens the window (the welcome view: new, open, recent files, examples);",
            "pipewright FILE opens FILE in the window. With a command, it works in the terminal."},
        subcommands = {
            RunCommand.class,
            ValidateCommand.class,
            RenderCommand.class,
            SchemaCommand.class,
            HistoryCommand.class,
            LogsCommand.class,
            ApproveCommand.class,
            RejectCommand.class,
            RetryCommand.class,
            WatchCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            ExamplesCommand.class,
            LessonCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {"", "Exit codes: 0 success, 1 the pipeline failed, 2 bad input (file, arguments),",
            "3 stopped or superseded, 4 Pipewright itself failed."})
public final class PipewrightCommand implements Runnable {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int STOPPED = 3;
    public static final int INTERNAL = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line with {@code args} and returns the exit code. */
    public static int execute(String[] args) {
        return execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        var commandLine = new CommandLine(new PipewrightCommand())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    if (e instanceof UserError user) {
                        cmd.getErr().println("pipewright: " + user.getMessage());
                        return user.exitCode();
                    }
                    cmd.getErr().println("pipewright: something went wrong inside Pipewright: " + e);
                    cmd.getErr().println("Please report it with the command you ran. Details:");
                    e.printStackTrace(cmd.getErr());
                    return INTERNAL;
                });
        return commandLine.execute(args);
    }
}
