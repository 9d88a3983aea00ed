import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The example's tests: a few checks of Greeter, reported as JUnit XML the way test tools write it,
 * so that Pipewright's Test action can count them. No test library needed.
 */
public final class GreeterTest {

    private record Result(String name, String failure) {
    }

    public static void main(String[] args) throws IOException {
        var results = new ArrayList<Result>();
        check(results, "greetsByName", "Hello, Ada!", Greeter.greet("Ada"));
        check(results, "trimsNames", "Hello, Grace!", Greeter.greet("  Grace "));
        check(results, "greetsTheWorldWhenNoName", "Hello, world!", Greeter.greet(""));
        Path reports = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "reports"));
        Files.writeString(reports.resolve("TEST-GreeterTest.xml"), xml(results));
        long failed = results.stream().filter(r -> r.failure() != null).count();
        System.out.println(results.size() + " tests, " + failed + " failed");
    }

    private static void check(List<Result> results, String name, String expected, String actual) {
        results.add(new Result(name, expected.equals(actual) ? null
                : "expected '" + expected + "' but was '" + actual + "'"));
    }

    private static String xml(List<Result> results) {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        long failures = results.stream().filter(r -> r.failure() != null).count();
        sb.append("<testsuite name=\"GreeterTest\" tests=\"").append(results.size())
                .append("\" failures=\"").append(failures).append("\">\n");
        for (Result r : results) {
            sb.append("  <testcase classname=\"GreeterTest\" name=\"").append(r.name()).append('"');
            if (r.failure() == null) {
                sb.append("/>\n");
            } else {
                sb.append(">\n    <failure message=\"").append(r.failure().replace("\"", "&quot;").replace("<", "&lt;"))
                        .append("\"/>\n  </testcase>\n");
            }
        }
        return sb.append("</testsuite>\n").toString();
    }
}
