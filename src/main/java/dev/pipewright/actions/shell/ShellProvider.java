package dev.pipewright.actions.shell;

import dev.pipewright.actions.ActionContext;
import dev.pipewright.actions.ActionFailedException;
import dev.pipewright.actions.Provider;
import dev.pipewright.actions.TestSummary;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.ProviderSpec;
import dev.pipewright.model.SettingSpec;
import dev.pipewright.model.SettingType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Build {@code Shell} and Test {@code Shell}: commands run through the platform shell in the
 * action's working folder. The Test flavour also reads JUnit XML reports.
 */
public final class ShellProvider implements Provider {

    public static final String COMMANDS = "commands";
    public static final String ENVIRONMENT = "environment";
    public static final String SHELL = "shell";
    public static final String WORKING_DIRECTORY = "workingDirectory";
    public static final String REPORTS = "reports";

    private final ProviderSpec spec;

    private ShellProvider(ProviderSpec spec) {
        this.spec = spec;
    }

    public static ShellProvider build() {
        return new ShellProvider(spec(ActionCategory.BUILD, "Run shell commands",
                "Runs your commands, one after another, through the computer's shell (sh on Linux and macOS, "
                        + "cmd on Windows) in a fresh working folder that holds a copy of the first input artifact. "
                        + "The first command that fails fails the action. Anything the commands leave in the folder "
                        + "can become an output artifact (choose files with globs), and a line KEY=VALUE written to "
                        + "the file named by $PIPEWRIGHT_OUTPUT becomes an output variable later actions can use "
                        + "as #{Namespace.KEY}.", List.of()));
    }

    public static ShellProvider test() {
        return new ShellProvider(spec(ActionCategory.TEST, "Run tests and read their JUnit reports",
                "Runs your test commands like a Build Shell action, then reads the JUnit XML reports they wrote "
                        + "(the files matching 'reports') and records how many tests passed, failed and were "
                        + "skipped. The action fails when a command fails or when any test failed, even if the "
                        + "commands themselves ended well.",
                List.of(SettingSpec.optional(REPORTS, "JUnit reports", SettingType.LIST,
                                "Globs, relative to the working folder, of the JUnit XML report files to read.")
                        .withDefault(ConfigValue.list("**/TEST-*.xml")))));
    }

    private static ProviderSpec spec(ActionCategory category, String summary, String explanation,
                                     List<SettingSpec> extra) {
        var settings = new ArrayList<SettingSpec>();
        settings.add(SettingSpec.required(COMMANDS, "Commands", SettingType.MULTILINE_TEXT,
                "The commands to run, one per line; a list of lines is accepted too."));
        settings.add(SettingSpec.optional(ENVIRONMENT, "Environment", SettingType.MAP,
                "Extra environment variables for the commands, as NAME: value."));
        settings.add(SettingSpec.optional(SHELL, "Shell", SettingType.CHOICE,
                        "The shell that runs the commands; the platform's own when not set (sh, or cmd on Windows).")
                .withChoices(Shells.CHOICES.toArray(String[]::new)));
        settings.add(SettingSpec.optional(WORKING_DIRECTORY, "Working folder", SettingType.TEXT,
                        "A folder inside the working folder to run in, such as a sub-project.")
                .withCheck(ShellProvider::checkRelative));
        settings.addAll(extra);
        return new ProviderSpec(category, "Shell", "Shell", summary, explanation, settings,
                new ProviderSpec.Count(0, 5), new ProviderSpec.Count(0, 5), List.of(), true);
    }

    private static Optional<String> checkRelative(ConfigValue value) {
        String path = value.asText().replace('\\', '/');
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || List.of(path.split("/")).contains("..")) {
            return Optional.of("must be a folder inside the working folder (no '..', not absolute)");
        }
        return Optional.empty();
    }

    @Override
    public ProviderSpec spec() {
        return spec;
    }

    @Override
    public void execute(ActionContext context) throws ActionFailedException, InterruptedException {
        var run = new ShellRun(context);
        run.runCommands();
        if (spec.category() == ActionCategory.TEST) {
            List<String> globs = context.action().setting(REPORTS)
                    .map(v -> v instanceof ConfigValue.TextList l ? l.values() : List.of(v.asText()))
                    .orElse(List.of("**/TEST-*.xml"));
            TestSummary summary = JUnitReports.read(run.folder(), globs);
            context.recordTests(summary);
            context.log("Tests: " + summary.passed() + " passed, " + summary.failed() + " failed, "
                    + summary.skipped() + " skipped (" + summary.reports() + " report files)");
            if (summary.reports() == 0) {
                context.log("No JUnit report matched " + globs + "; nothing to count.");
            }
            if (summary.failed() > 0) {
                throw new ActionFailedException(summary.failed() + " of " + summary.total() + " tests failed");
            }
        }
        run.collectOutputs();
    }
}
