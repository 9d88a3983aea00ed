package dev.pipewright.git;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The advice follows what went wrong, not digits that happen to be in a path. */
class GitErrorsTest {

    @TempDir
    Path tmp;

    @Test
    void aFolderWhoseNameHoldsAnHttpStatusIsStillNoRepositoryNotAnAuthenticationFailure() throws Exception {
        // a temporary folder's random name once held "403" and the advice said "authentication failed"
        Path folder = Files.createDirectories(tmp.resolve("junit-9661088397403825221").resolve("empty"));
        var address = RepositoryAddress.parse(folder.toString(), tmp);
        var e = new Exception("Invalid remote: " + folder + ": " + folder + ": not found.");
        String message = GitErrors.explain(e, address, "Cloning").getMessage();
        assertTrue(message.contains("there is no Git repository there; check the 'url' setting"), message);
        assertFalse(message.contains("authentication"), message);
    }

    @Test
    void anHttpStatusOfRefusalIsAnAuthenticationFailure() throws Exception {
        var address = RepositoryAddress.parse("https://example.com/app.git", tmp);
        var e = new Exception("https://example.com/app.git: 403 Forbidden");
        assertTrue(GitErrors.explain(e, address, "Cloning").getMessage().contains("authentication failed"));
    }
}
