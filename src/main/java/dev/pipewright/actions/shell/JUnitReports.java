package dev.pipewright.actions.shell;

import dev.pipewright.actions.FileSelection;
import dev.pipewright.actions.TestSummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Counts tests in JUnit XML reports (the format Maven Surefire, Gradle, pytest and most test tools
 * write): each {@code <testcase>} is passed unless it holds {@code <failure>}, {@code <error>} or
 * {@code <skipped>}. Read as a stream, so large reports cost little memory.
 */
final class JUnitReports {

    private JUnitReports() {
    }

    static TestSummary read(Path root, List<String> globs) throws dev.pipewright.actions.ActionFailedException {
        var files = new LinkedHashSet<Path>();
        try {
            for (String glob : globs) {
                files.addAll(FileSelection.matching(root, glob));
            }
        } catch (IOException e) {
            throw new dev.pipewright.actions.ActionFailedException("cannot look for test reports: " + e.getMessage());
        }
        var total = new TestSummary(0, 0, 0, 0);
        for (Path relative : files) {
            total = total.plus(readOne(root.resolve(relative), relative));
        }
        return total;
    }

    private static TestSummary readOne(Path file, Path shownAs) throws dev.pipewright.actions.ActionFailedException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // reports are data, never a way to read other files
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            boolean inCase = false;
            String outcome = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("testcase")) {
                        inCase = true;
                        outcome = null;
                    } else if (inCase && outcome == null
                            && (name.equals("failure") || name.equals("error") || name.equals("skipped"))) {
                        outcome = name;
                    }
                } else if (event == XMLStreamReader.END_ELEMENT && xml.getLocalName().equals("testcase")) {
                    inCase = false;
                    if (outcome == null) {
                        passed++;
                    } else if (outcome.equals("skipped")) {
                        skipped++;
                    } else {
                        failed++;
                    }
                }
            }
        } catch (IOException | XMLStreamException e) {
            throw new dev.pipewright.actions.ActionFailedException("test report " + shownAs + " is not readable JUnit XML: "
                    + e.getMessage());
        }
        return new TestSummary(passed, failed, skipped, 1);
    }
}
