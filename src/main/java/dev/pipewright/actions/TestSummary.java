package dev.pipewright.actions;

/** Counts from the JUnit XML reports a Test action read. */
public record TestSummary(int passed, int failed, int skipped, int reports) {
    public int total() {
        return passed + failed + skipped;
    }

    public TestSummary plus(TestSummary other) {
        return new TestSummary(passed + other.passed, failed + other.failed, skipped + other.skipped,
                reports + other.reports);
    }
}
