package dev.pipewright;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void noArgumentsOrAFileOpenTheWindow() {
        assertTrue(Main.opensWindow(new String[] {}));
        assertTrue(Main.opensWindow(new String[] {"examples/hello.pipeline.json"}));
        assertTrue(Main.opensWindow(new String[] {"not-yet-there.pipeline.json"}));
    }

    @Test
    void commandsOptionsAndMistypedCommandsGoToTheCommandLine() {
        assertFalse(Main.opensWindow(new String[] {"run", "examples/hello.pipeline.json"}));
        assertFalse(Main.opensWindow(new String[] {"schema"}));
        assertFalse(Main.opensWindow(new String[] {"--version"}));
        assertFalse(Main.opensWindow(new String[] {"valdiate"}));
    }

    @Test
    void everyCommandAloneIsACommandEvenWhereAFolderOfItsNameExists() {
        // run from the project's folder, "examples" is also a folder: `pipewright examples` opened the window
        assertTrue(java.nio.file.Files.isDirectory(java.nio.file.Path.of("examples")));
        for (String command : java.util.List.of("examples", "lesson", "watch", "import", "export", "render", "help")) {
            assertFalse(Main.opensWindow(new String[] {command}), command);
        }
    }
}
