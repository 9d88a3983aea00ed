package dev.pipewright.actions.shell;

import dev.pipewright.model.BuiltInProviders;
import dev.pipewright.actions.ActionContext;
import dev.pipewright.actions.ActionFailedException;
import dev.pipewright.actions.ActionSettings;
import dev.pipewright.actions.Provider;
import dev.pipewright.actions.SettingChecks;
import dev.pipewright.actions.TestSummary;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import dev.pipewright.model.ProviderSpec;
import dev.pipewright.model.SettingSpec;
import dev.pipewright.model.SettingType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Test / Shell: runs test commands, then reads their JUnit XML reports. */
public final class ShellTest implements Provider {

    static final String REPORTS = BuiltInProviders.Shell.REPORTS;

    static final ProviderSpec SPEC = new ProviderSpec(
            ActionCategory.TEST, BuiltInProviders.Shell.ID, "Shell tests",
            "Runs your test commands and counts the results from JUnit XML reports.",
            "Runs test commands exactly as a Build Shell action does (same shell, working folder, variables and "
                    + "output artifacts), then reads the JUnit XML reports the tests wrote, the format Maven, "
                    + "Gradle, pytest, Jest and most test tools can write, and shows how many tests passed, "
                    + "failed and were skipped. The action fails when the commands fail, when any test failed "
                    + "(even if the commands exited with 0, as some test tools do), and when you chose 'reports' "
                    + "but none matched. Checks that write no report (a linter, a link checker) pass or fail "
                    + "on their exit code alone.",
            specs(),
            new ProviderSpec.Count(0, 5), new ProviderSpec.Count(0, 5),
            List.of(), true);

    private static List<SettingSpec> specs() {
        List<SettingSpec> all = new ArrayList<>(ShellSettings.common());
        all.add(SettingSpec.optional(REPORTS, "Test reports", SettingType.LIST,
                        "Globs choosing the JUnit XML report files, relative to the working folder. "
                                + "'**/' also matches at the top, so the default finds TEST-*.xml anywhere.")
                .withDefault(ConfigValue.list("**/TEST-*.xml"))
                .withCheck(SettingChecks.globs()));
        return all;
    }

    @Override
    public ProviderSpec spec() {
        return SPEC;
    }

    @Override
    public void execute(ActionContext context) throws ActionFailedException, InterruptedException {
        ActionSettings settings = ActionSettings.of(context, SPEC);
        ShellRun run = ShellRunner.run(context, settings);
        List<String> globs = settings.list(REPORTS);
        JUnitReports.Scan scan;
        try {
            scan = JUnitReports.read(context.workDir(), globs);
        } catch (JUnitReports.InvalidReportException e) {
            throw settings.failure(e.getMessage());
        } catch (IOException e) {
            throw settings.failure("cannot read the test reports: " + e.getMessage(), e);
        }
        TestSummary summary = scan.summary();
        if (summary.reports() > 0) {
            context.recordTests(summary);
            context.log("Tests: " + summary.passed() + " passed, " + summary.failed() + " failed, "
                    + summary.skipped() + " skipped, from " + summary.reports() + " report(s)");
            scan.failures().forEach(f -> context.log("FAILED " + f));
        }
        if (!run.succeeded()) {
            throw settings.failure("commands exited with code " + run.exitCode()
                    + (summary.failed() > 0 ? "; " + summary.failed() + " test(s) failed" : "")
                    + "; the log shows their output");
        }
        if (summary.reports() == 0 && context.action().setting(REPORTS).isEmpty()) {
            context.log("No JUnit report matched " + String.join(", ", globs) + "; the exit code alone decides.");
        } else if (summary.reports() == 0) {
            throw settings.failure("no test report matched " + String.join(", ", globs) + " in "
                    + context.workDir() + "; check that the tests write JUnit XML there, or change 'reports'");
        }
        if (summary.failed() > 0) {
            throw settings.failure(summary.failed() + " test(s) failed although the commands exited with 0");
        }
        OutputArtifacts.collect(context, settings);
    }
}
