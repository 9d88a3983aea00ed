package dev.pipewright.actions.shell;

import dev.pipewright.actions.TestSummary;
import dev.pipewright.actions.files.Globs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Counts test cases in JUnit XML reports (the format Maven Surefire, Gradle, pytest, Jest and most
 * others write). Each {@code <testcase>} counts once: failed when it holds a {@code <failure>} or
 * {@code <error>}, skipped when it holds {@code <skipped>}, passed otherwise. Counting cases
 * rather than trusting the suite's totals keeps nested suites from being counted twice.
 */
public final class JUnitReports {

    /** At most this many failed test names go to the log; the reports hold the rest. */
    static final int FAILURES_LOGGED = 20;

    private JUnitReports() {
    }

    /**
     * What the reports under {@code folder} say.
     *
     * @param failures "suite.test: message" for the first failed cases
     */
    public record Scan(TestSummary summary, List<String> failures) {
        public Scan {
            failures = List.copyOf(failures);
        }
    }

    public static Scan read(Path folder, List<String> globs) throws IOException, InvalidReportException {
        PathMatcher matcher = Globs.any(globs);
        List<Path> reports;
        try (Stream<Path> walk = Files.walk(folder)) {
            reports = walk.filter(Files::isRegularFile)
                    .filter(p -> matcher.matches(folder.relativize(p)))
                    .sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        TestSummary total = new TestSummary(0, 0, 0, 0);
        List<String> failures = new ArrayList<>();
        DocumentBuilder parser = parser();
        for (Path report : reports) {
            total = total.plus(readOne(parser, report, folder, failures));
        }
        return new Scan(total, failures);
    }

    private static TestSummary readOne(DocumentBuilder parser, Path report, Path folder, List<String> failures)
            throws IOException, InvalidReportException {
        Element root;
        try {
            root = parser.parse(report.toFile()).getDocumentElement();
        } catch (SAXException e) {
            throw new InvalidReportException("the test report " + folder.relativize(report)
                    + " is not well-formed XML: " + e.getMessage());
        }
        if (!root.getTagName().equals("testsuite") && !root.getTagName().equals("testsuites")) {
            throw new InvalidReportException("the test report " + folder.relativize(report)
                    + " starts with <" + root.getTagName() + ">, not <testsuite> or <testsuites>; "
                    + "check that the reports glob only matches JUnit XML files");
        }
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        NodeList cases = root.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            Element problem = firstChild(testCase, "failure", "error");
            if (problem != null) {
                failed++;
                if (failures.size() < FAILURES_LOGGED) {
                    failures.add(testCase.getAttribute("classname") + "." + testCase.getAttribute("name") + ": "
                            + problem.getAttribute("message"));
                }
            } else if (firstChild(testCase, "skipped") != null) {
                skipped++;
            } else {
                passed++;
            }
        }
        return new TestSummary(passed, failed, skipped, 1);
    }

    private static Element firstChild(Element parent, String... names) {
        for (String name : names) {
            NodeList found = parent.getElementsByTagName(name);
            if (found.getLength() > 0) {
                return (Element) found.item(0);
            }
        }
        return null;
    }

    // Reports come from the code under test: no DTDs, no external entities.
    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refused a standard feature", e);
        }
    }

    /** A report file is not a JUnit XML report. */
    public static final class InvalidReportException extends Exception {
        public InvalidReportException(String message) {
            super(message);
        }
    }
}
