package dev.pipewright.cli;

import dev.pipewright.learn.Sample;
import dev.pipewright.learn.Samples;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "examples", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"List the sample pipelines that come with Pipewright, to learn CI/CD by running them.",
            "pipewright examples copy ID [DIR] copies one, with the files it needs, to a folder of yours."},
        subcommands = ExamplesCommand.Copy.class)
final class ExamplesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var samples = Samples.all();
        int idWidth = samples.stream().mapToInt(s -> s.id().length()).max().orElse(2);
        int levelWidth = samples.stream().mapToInt(s -> s.level().length()).max().orElse(5);
        out.println(String.format("%-" + idWidth + "s  %-" + levelWidth + "s  %s", "ID", "LEVEL", "TITLE"));
        for (Sample s : samples) {
            out.println(String.format("%-" + idWidth + "s  %-" + levelWidth + "s  %s", s.id(), s.level(), s.title()));
        }
        out.println();
        out.println("pipewright examples copy ID [DIR] copies one to DIR (default: here) and says how to run it.");
        return PipewrightCommand.OK;
    }

    @Command(name = "copy", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = {"Copy a sample, with the files it needs, into a new folder named after it inside DIR.",
                "Nothing is ever overwritten: a second copy goes to ID-2, and so on."})
    static final class Copy implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "ID", description = "The sample, as pipewright examples lists it.")
        String id;

        @Parameters(index = "1", arity = "0..1", paramLabel = "DIR", description = "Where to copy it (default: here).")
        Path dir = Path.of(".");

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Sample sample = Samples.find(id).orElseThrow(() -> new UserError("there is no sample '" + id
                    + "'; pipewright examples lists them: " + Samples.all().stream().map(Sample::id).toList()));
            Path file;
            try {
                file = Samples.copyTo(sample, dir);
            } catch (IOException e) {
                throw new UserError("cannot copy " + id + " to " + dir + ": " + e.getMessage());
            }
            Path shown = relative(file);
            var out = spec.commandLine().getOut();
            out.println("Copied " + sample.title() + " to " + shown.getParent());
            for (String line : sample.description().split("\n")) {
                out.println("  " + line);
            }
            out.println("It teaches: " + String.join(", ", sample.concepts().stream().map(c -> c.title()).toList()));
            out.println("Run it:      pipewright run " + shown);
            out.println("Simulate it: pipewright run " + shown + " --simulate --speed 5");
            return PipewrightCommand.OK;
        }

        private static Path relative(Path file) {
            Path here = Path.of("").toAbsolutePath();
            Path abs = file.toAbsolutePath().normalize();
            return abs.startsWith(here) ? here.relativize(abs) : abs;
        }
    }
}
