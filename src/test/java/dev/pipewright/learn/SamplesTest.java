package dev.pipewright.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplesTest {

    @TempDir
    Path home;

    @Test
    void everyPipelineOfTheExamplesFolderIsASampleWithItsDescription() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of("examples"))) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pipeline.json")).sorted().toList();
        }
        assertEquals(files, Samples.all().stream().map(Sample::file).sorted().toList(),
                "each file in examples/ carries an x-sample description and travels in the jar");
        for (Sample s : Samples.all()) {
            assertFalse(s.title().isBlank(), s.id());
            assertEquals(2, s.description().split("\n").length, s.id() + " has a two-line description");
            assertTrue(List.of("beginner", "intermediate", "advanced").contains(s.level()), s.id() + ": " + s.level());
            assertFalse(s.teaches().isEmpty(), s.id());
            for (String concept : s.teaches()) {
                assertTrue(Concepts.find(concept).isPresent(), s.id() + " teaches unknown " + concept);
            }
            assertEquals(s.teaches().size(), s.concepts().size());
        }
    }

    @Test
    void copyingMakesANewFolderEachTimeAndLeavesTheOriginalIntact() throws IOException {
        Sample sample = Samples.find("build-test-deploy").orElseThrow();
        String original = Files.readString(Path.of("examples", sample.file()));
        Path first = Samples.copyTo(sample, home);
        Path second = Samples.copyTo(sample, home);
        assertEquals(home.resolve("build-test-deploy").resolve(sample.file()), first);
        assertEquals(home.resolve("build-test-deploy-2").resolve(sample.file()), second);
        assertEquals(original, Files.readString(first));
        assertTrue(Files.isRegularFile(first.resolveSibling("greeter/src/Greeter.java")), "it ships its project");
        Files.writeString(first, "changed by the learner");
        Samples.copyTo(sample, home);
        assertEquals("changed by the learner", Files.readString(first), "a copy is never overwritten");
        assertEquals(original, Files.readString(Path.of("examples", sample.file())));
    }

    @Test
    void aSampleThatChecksOutARepositoryGetsItWhenCopied() throws IOException {
        Sample sample = Samples.find("git-trigger").orElseThrow();
        Path file = Samples.copyTo(sample, home);
        Path repo = file.resolveSibling(sample.repository().orElseThrow().folder());
        assertTrue(Files.isDirectory(repo.resolve(".git")), "a Git repository, made without a script");
        assertTrue(Files.isRegularFile(repo.resolve("greeting.txt")));
    }

    @Test
    void copyingIntoAFileSaysSoAndLeavesNothing() throws IOException {
        Path file = Files.writeString(home.resolve("notes.txt"), "mine");
        var e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> Samples.copyTo(Samples.find("hello").orElseThrow(), file));
        assertTrue(e.getMessage().contains("is a file; give a folder"), e.getMessage());
        assertEquals("mine", Files.readString(file));
        try (Stream<Path> left = Files.list(home)) {
            assertEquals(List.of(file), left.toList());
        }
    }
}
