package dev.pipewright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting the window prints nothing on the terminal (no JavaFX class-path warning). */
class LaunchOutputTest {

    @TempDir
    Path dir;

    @Test
    void openingTheWindowPrintsNoJavaFxWarning() throws Exception {
        Path err = dir.resolve("stderr.txt");
        Path out = dir.resolve("stdout.txt");
        var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + dir, "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-cp", System.getProperty("java.class.path"), LaunchProbe.class.getName());
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).redirectOutput(out.toFile())
                .directory(dir.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the window came up and the probe ended it");
        assertEquals(0, p.exitValue(), Files.readString(err));
        assertTrue(Files.readString(out).contains("shown"), Files.readString(out) + Files.readString(err));
        String printed = Files.readString(err);
        assertFalse(printed.contains("Unsupported JavaFX configuration"), printed);
    }
}
