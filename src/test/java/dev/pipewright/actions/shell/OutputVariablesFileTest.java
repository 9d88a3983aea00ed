package dev.pipewright.actions.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputVariablesFileTest {

    @Test
    void readsPlainAndBlockValuesWithCrLf() throws Exception {
        assertEquals(Map.of("A", "x=y", "B", "one\ntwo", "C", "last"),
                OutputVariablesFile.parse(List.of("A=1", "B<<END\r", "one", "two\r", "END", "", "A=x=y", "C=last")));
    }

    @Test
    void unterminatedBlockNamesTheLine() {
        var e = assertThrows(OutputVariablesFile.MalformedOutputException.class,
                () -> OutputVariablesFile.parse(List.of("A=1", "B<<END", "text")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void valueMayContainDoubleAngleBrackets() throws Exception {
        assertEquals(Map.of("Shift", "a<<b"), OutputVariablesFile.parse(List.of("Shift=a<<b")));
    }

    @Test
    void aMissingOrEmptyFileHasNoVariablesAndBytesThatAreNotUtf8AreAnError(@org.junit.jupiter.api.io.TempDir
                                                                              java.nio.file.Path dir) throws Exception {
        assertEquals(java.util.Map.of(), OutputVariablesFile.read(dir.resolve("missing.env")));
        assertEquals(java.util.Map.of(), OutputVariablesFile.read(java.nio.file.Files.createFile(dir.resolve("empty.env"))));
        var file = java.nio.file.Files.write(dir.resolve("bad.env"), new byte[] {'K', '=', (byte) 0xff, '\n'});
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> OutputVariablesFile.read(file));
        java.nio.file.Files.writeString(file, "K=v\r\nL=w");
        assertEquals(java.util.Map.of("K", "v", "L", "w"), OutputVariablesFile.read(file));
    }
}
