package dev.pipewright.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.actions.shell.ShellTest;
import dev.pipewright.model.Action;
import dev.pipewright.model.ActionCategory;
import dev.pipewright.model.ConfigValue;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(OS.WINDOWS)
class ShellTestProviderTest {

    private static final String PASSING = """
            <testsuite name="a" tests="3">
              <testcase classname="a.A" name="one"/>
              <testcase classname="a.A" name="two"/>
              <testcase classname="a.A" name="three"><skipped/></testcase>
            </testsuite>
            """;
    private static final String FAILING = """
            <testsuites>
              <testsuite name="b">
                <testcase classname="b.B" name="ok"/>
                <testcase classname="b.B" name="broken"><failure message="expected 1 but was 2"/></testcase>
                <testcase classname="b.B" name="crashed"><error message="NPE"/></testcase>
              </testsuite>
            </testsuites>
            """;

    @TempDir
    Path tmp;

    private static Action test(String commands) {
        return Action.of("UnitTests", ActionCategory.TEST, "Shell").withSetting("commands", ConfigValue.text(commands));
    }

    @Test
    void countsPassedAndSkippedFromReportsAtAnyDepth() throws Exception {
        TestContext ctx = new TestContext(tmp, test("true"));
        TestFiles.write(ctx.workDir(), "TEST-a.xml", PASSING);
        TestFiles.write(ctx.workDir(), "target/surefire-reports/TEST-a2.xml", PASSING);

        new ShellTest().execute(ctx);

        assertEquals(List.of(new TestSummary(4, 0, 2, 2)), ctx.tests);
    }

    @Test
    void failedTestsFailTheActionEvenWithExitCodeZero() throws Exception {
        TestContext ctx = new TestContext(tmp, test("true"));
        TestFiles.write(ctx.workDir(), "reports/TEST-a.xml", PASSING);
        TestFiles.write(ctx.workDir(), "reports/TEST-b.xml", FAILING);

        var e = assertThrows(ActionFailedException.class, () -> new ShellTest().execute(ctx));

        assertTrue(e.getMessage().contains("2 test(s) failed"), e.getMessage());
        assertEquals(List.of(new TestSummary(3, 2, 1, 2)), ctx.tests);
        assertTrue(ctx.lines.contains("FAILED b.B.broken: expected 1 but was 2"), ctx.lines.toString());
    }

    @Test
    void reportsWrittenByTheCommandsAreRead() throws Exception {
        TestContext ctx = new TestContext(tmp, test(
                "mkdir -p out && echo '<testsuite><testcase classname=\"c\" name=\"x\"/></testsuite>' > out/results.xml")
                .withSetting("reports", ConfigValue.list("out/*.xml")));
        new ShellTest().execute(ctx);
        assertEquals(List.of(new TestSummary(1, 0, 0, 1)), ctx.tests);
    }

    @Test
    void checksWithoutReportsPassOnTheirExitCodeAlone() throws Exception {
        TestContext ctx = new TestContext(tmp, test("echo 'lint: clean'"));
        new ShellTest().execute(ctx);
        assertEquals(List.of(), ctx.tests);
        assertTrue(ctx.lines.stream().anyMatch(l -> l.contains("No JUnit report")), ctx.lines.toString());
    }

    @Test
    void reportsAskedForButMissingFail() {
        TestContext ctx = new TestContext(tmp, test("true").withSetting("reports", ConfigValue.list("out/*.xml")));
        var e = assertThrows(ActionFailedException.class, () -> new ShellTest().execute(ctx));
        assertTrue(e.getMessage().contains("no test report matched out/*.xml"), e.getMessage());
    }

    @Test
    void nonZeroExitStillRecordsTheReports() throws Exception {
        TestContext ctx = new TestContext(tmp, test("exit 1"));
        TestFiles.write(ctx.workDir(), "TEST-b.xml", FAILING);
        var e = assertThrows(ActionFailedException.class, () -> new ShellTest().execute(ctx));
        assertTrue(e.getMessage().contains("exited with code 1; 2 test(s) failed"), e.getMessage());
        assertEquals(1, ctx.tests.size());
    }

    @Test
    void malformedReportFailsNamingTheFile() throws Exception {
        TestContext ctx = new TestContext(tmp, test("true"));
        TestFiles.write(ctx.workDir(), "TEST-bad.xml", "<testsuite><testcase>");
        var e = assertThrows(ActionFailedException.class, () -> new ShellTest().execute(ctx));
        assertTrue(e.getMessage().contains("TEST-bad.xml"), e.getMessage());
    }
}
