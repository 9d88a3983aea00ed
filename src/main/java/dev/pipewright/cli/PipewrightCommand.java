package dev.pipewright.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pipewright} command and its subcommands. */
@Command(name = "pipewright",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Draw CI/CD pipelines and run them on your own workstation.", "",
            "pipewright alone opens the window (the welcome view: new, open, recent files, examples);",
            "pipewright FILE opens FILE in the window. With a command, it works in the terminal."},
        footer = {"", "Exit codes: 0 success, 1 the pipeline failed, 2 bad input (file, arguments),",
            "3 stopped or superseded, 4 Pipewright itself failed."})
public final class PipewrightCommand implements Runnable {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int STOPPED = 3;
    public static final int INTERNAL = 4;

    /**
     * The subcommands, in the order help lists them. They are added to the command line when it is
     * built, and only the one named when a command is named: picocli reads every annotation of every
     * command it is given, which cost a fifth of a {@code validate}'s time.
     */
    private static final Map<String, Class<?>> COMMANDS = commands();

    private static Map<String, Class<?>> commands() {
        var commands = new LinkedHashMap<String, Class<?>>();
        commands.put("run", RunCommand.class);
        commands.put("validate", ValidateCommand.class);
        commands.put("render", RenderCommand.class);
        commands.put("schema", SchemaCommand.class);
        commands.put("history", HistoryCommand.class);
        commands.put("logs", LogsCommand.class);
        commands.put("approve", ApproveCommand.class);
        commands.put("reject", RejectCommand.class);
        commands.put("retry", RetryCommand.class);
        commands.put("watch", WatchCommand.class);
        commands.put("import", ImportCommand.class);
        commands.put("export", ExportCommand.class);
        commands.put("examples", ExamplesCommand.class);
        commands.put("lesson", LessonCommand.class);
        commands.put("help", CommandLine.HelpCommand.class);
        return commands;
    }

    /** Whether {@code word} names a command (not a file to open in the window). */
    public static boolean isCommand(String word) {
        return COMMANDS.containsKey(word);
    }

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

    /**
     * The named command alone when the first argument names one (not help, which lists them all);
     * no command for {@code --version}; otherwise all, for usage and "did you mean" messages.
     */
    private static void addCommands(CommandLine commandLine, String[] args) {
        String first = args.length == 0 ? "" : args[0];
        if (first.equals("--version") || first.equals("-V")) {
            return;
        }
        Class<?> named = first.equals("help") ? null : COMMANDS.get(first);
        if (named != null) {
            commandLine.addSubcommand(first, named);
            return;
        }
        COMMANDS.forEach(commandLine::addSubcommand);
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        var commandLine = new CommandLine(new PipewrightCommand());
        addCommands(commandLine, args); // first: the settings below reach only the subcommands already there
        commandLine.setOut(out)
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
