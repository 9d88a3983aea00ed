package dev.pipewright.interop.yaml;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pipewright.interop.InteropException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** CI YAML past the reader's limits is refused in Pipewright's words, located where it can be. */
class YamlLimitsTest {

    private static final Pattern INTERNALS = Pattern.compile("snakeyaml|Exception|LoaderOptions|jackson");

    private static String refusal(String text) {
        var e = assertThrows(InteropException.class, () -> YamlReader.read(text, "ci.yml"));
        assertFalse(INTERNALS.matcher(e.getMessage()).find(), e.getMessage());
        return e.getMessage();
    }

    @Test
    void deepNestingIsLocated() {
        String message = refusal("jobs:\n  a: " + "[".repeat(300) + "]".repeat(300) + "\n");
        assertTrue(message.matches("ci\\.yml:2:\\d+: the YAML nests deeper than 200 levels.*"), message);
    }

    @Test
    void endlessNestingIsSaidInWords() {
        String message = refusal("a: " + "[".repeat(1500) + "]".repeat(1500) + "\n");
        assertTrue(message.startsWith("ci.yml: the YAML nests deeper than 1000 levels"), message);
    }

    @Test
    void aBillionLaughsIsRefused() {
        var text = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            text.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
        }
        String message = refusal(text.toString());
        assertTrue(message.matches("ci\\.yml:\\d+:\\d+: the YAML stands for more than 1,000,000 values once its "
                + "aliases \\(\\*name\\) are expanded.*"), message);
    }
}
