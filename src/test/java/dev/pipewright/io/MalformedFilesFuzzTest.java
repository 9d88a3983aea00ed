package dev.pipewright.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.actions.Providers;
import dev.pipewright.interop.Interop;
import dev.pipewright.interop.InteropException;
import dev.pipewright.interop.InteropFormat;
import dev.pipewright.interop.SourceFile;
import dev.pipewright.model.PipelineValidator;
import dev.pipewright.model.Problem;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated malformed pipeline files (seeded, so every run reads the same ones): truncations, a
 * wrong type in every field, duplicated fields, unknown providers, deep nesting, huge texts and
 * numbers, bad UTF-8, byte order marks and NULs. Each is read through the file reader in this
 * process: nothing may throw past it, and every error it gives has a line and column and no word
 * of the parser library's.
 */
class MalformedFilesFuzzTest {

    private static final long SEED = 20261203L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INTERNALS = Pattern.compile(
            "StreamReadConstraints|StreamReadFeature|REDACTED|Source:|jackson|fasterxml|snakeyaml|Exception|\\tat |java\\.");
    private static final Providers PROVIDERS = Providers.builtIn();

    @TempDir
    Path tmp;

    private record Mutant(String what, byte[] bytes) {
    }

    @Test
    void noMalformedFileGetsPastTheReaderWithoutALocatedMessage() throws Exception {
        List<Mutant> mutants = generate(new Random(SEED));
        assertTrue(mutants.size() >= 1000, "only " + mutants.size() + " files");
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < mutants.size(); i++) {
            Mutant mutant = mutants.get(i);
            Path file = Files.write(tmp.resolve("m" + i + ".pipeline.json"), mutant.bytes());
            try {
                refused += readPipeline(file) ? 0 : 1;
                if (i % 5 == 0 && mutant.bytes().length < 1_000_000) {
                    readAsImport(file); // a sample: YAML readers are slower, and the reader is the same
                }
            } catch (AssertionError e) {
                failures.add(mutant.what() + ": " + e.getMessage());
            } catch (Throwable e) {
                failures.add(mutant.what() + ": threw " + e);
            }
            Files.delete(file);
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + mutants.size() + " files went wrong, such as:\n"
                + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
        assertTrue(refused > mutants.size() / 2, "most files are refused, only " + refused + " were");
    }

    /** @return whether the file was read (and then validated) */
    private static boolean readPipeline(Path file) {
        LoadedPipeline loaded;
        try {
            loaded = PipelineFiles.load(file);
        } catch (PipelineFileException e) {
            for (FileError error : e.errors()) {
                assertTrue(error.position().isPresent(), "no line:column in " + error);
                assertTrue(!INTERNALS.matcher(error.message()).find() && !error.message().contains("`"),
                        "library words in " + error);
            }
            return false;
        }
        for (Problem problem : PipelineValidator.validate(loaded.pipeline(), PROVIDERS,
                file.toAbsolutePath().getParent())) {
            String line = loaded.format(problem);
            assertTrue(line.startsWith(file + ":"), "no location in " + line);
            assertTrue(line.matches("(?s)" + Pattern.quote(file.toString()) + ":\\d+:\\d+: .*"), "no line:column in " + line);
        }
        return true;
    }

    /** The importers read the same files: each is imported or refused in words. */
    private static void readAsImport(Path file) {
        for (InteropFormat format : InteropFormat.values()) {
            try {
                Interop.importer(format).read(SourceFile.read(file), file.toString());
            } catch (InteropException e) {
                assertTrue(!INTERNALS.matcher(e.getMessage()).find(), format + " import: library words in " + e.getMessage());
            }
        }
    }

    private static List<Mutant> generate(Random random) throws Exception {
        List<String> bases = List.of(PipelineFiles.write(Samples.rich()),
                Files.readString(Path.of("examples/release-with-approval.pipeline.json")),
                Files.readString(Path.of("examples/build-test-deploy.pipeline.json")));
        List<Mutant> mutants = new ArrayList<>();
        wrongTypes(bases.get(0), mutants);
        for (String base : bases) {
            truncations(base, random, mutants);
            duplicates(base, random, mutants);
            unknownProviders(base, random, mutants);
            deepNesting(base, random, mutants);
            badBytes(base, random, mutants);
        }
        String base = bases.get(0);
        int value = base.indexOf("\"name\": \"") + "\"name\": ".length();
        mutants.add(text("a 20 MB text", base.substring(0, value) + "\"" + "x".repeat(20_000_001) + base.substring(value)));
        mutants.add(text("a 1001-digit number", base.substring(0, value) + "1".repeat(1001) + base.substring(value)));
        mutants.add(text("a 50,001-character name", "{\"" + "k".repeat(50_001) + "\": 1," + base.substring(1)));
        mutants.add(text("a byte order mark", "\uFEFF" + base));
        mutants.add(text("two byte order marks", "\uFEFF\uFEFF" + base));
        mutants.add(text("a byte order mark inside", base.substring(0, value) + "\uFEFF" + base.substring(value)));
        mutants.add(new Mutant("a cut UTF-8 sequence at the end", concat(base.getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE2, (byte) 0x82})));
        mutants.add(text("nothing", ""));
        mutants.add(text("only a NUL", "\u0000"));
        return mutants;
    }

    private static Mutant text(String what, String text) {
        return new Mutant(what, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void truncations(String base, Random random, List<Mutant> out) {
        for (int i = 0; i < 120; i++) {
            int at = random.nextInt(base.length());
            out.add(text("cut at " + at, base.substring(0, at)));
        }
    }

    /** Every field and element, in turn, given a value of each other type. */
    private static void wrongTypes(String base, List<Mutant> out) throws Exception {
        JsonNode root = JSON.readTree(base);
        List<String> pointers = new ArrayList<>();
        collect(root, "", pointers);
        JsonNode[] replacements = {JSON.readTree("1"), JSON.readTree("\"text\""), JSON.readTree("true"),
                JSON.readTree("null"), JSON.readTree("[]"), JSON.readTree("{}"), JSON.readTree("-1.5"),
                JSON.readTree("[{\"a\": 1}]"), JSON.readTree("123456789012345678901234567890")};
        for (String pointer : pointers) {
            for (JsonNode replacement : replacements) {
                JsonNode copy = root.deepCopy();
                int slash = pointer.lastIndexOf('/');
                JsonNode parent = copy.at(pointer.substring(0, slash));
                String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
                if (parent instanceof ObjectNode object) {
                    if (object.get(last).getNodeType() == replacement.getNodeType()) {
                        continue;
                    }
                    object.set(last, replacement);
                } else if (parent instanceof ArrayNode array) {
                    array.set(Integer.parseInt(last), replacement);
                }
                out.add(text(pointer + " = " + replacement, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(copy)));
            }
        }
    }

    private static void collect(JsonNode node, String at, List<String> pointers) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                String pointer = at + "/" + name.replace("~", "~0").replace("/", "~1");
                pointers.add(pointer);
                collect(object.get(name), pointer, pointers);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                pointers.add(at + "/" + i);
                collect(array.get(i), at + "/" + i, pointers);
            }
        }
    }

    private static void duplicates(String base, Random random, List<Mutant> out) {
        String[] lines = base.split("\n", -1);
        for (int i = 0; i < 40; i++) {
            int at = random.nextInt(lines.length);
            if (!lines[at].contains("\":")) {
                continue;
            }
            var copy = new ArrayList<>(List.of(lines));
            String line = lines[at].endsWith(",") || lines[at].endsWith("{") || lines[at].endsWith("[")
                    ? lines[at] : lines[at] + ",";
            copy.add(at, line);
            out.add(text("line " + (at + 1) + " twice", String.join("\n", copy)));
        }
    }

    private static void unknownProviders(String base, Random random, List<Mutant> out) {
        String[] names = {"Shel", "shell", "", " ", "Custom", "S3", "Jenkins", "\u00e9t\u00e9", "a/b", "null"};
        String[] categories = {"Build", "Deploy", "Nonsense", "build", ""};
        for (int i = 0; i < 30; i++) {
            String mutated = base.replaceFirst("\"provider\": \"[^\"]*\"",
                    "\"provider\": \"" + names[random.nextInt(names.length)] + "\"");
            if (random.nextBoolean()) {
                mutated = mutated.replaceFirst("\"category\": \"[^\"]*\"",
                        "\"category\": \"" + categories[random.nextInt(categories.length)] + "\"");
            }
            out.add(text("unknown provider " + i, mutated));
        }
    }

    private static void deepNesting(String base, Random random, List<Mutant> out) {
        for (int i = 0; i < 10; i++) {
            int depth = 900 + random.nextInt(2000);
            int value = base.indexOf("\": ", random.nextInt(base.length() / 2)) + 3;
            String nested = random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                    : "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth);
            out.add(text("nested " + depth + " deep", base.substring(0, value) + nested + ","
                    + base.substring(value)));
            out.add(text("opened " + depth + " deep", base.substring(0, value) + "[".repeat(depth)));
        }
    }

    private static void badBytes(String base, Random random, List<Mutant> out) {
        byte[] bytes = base.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 40; i++) {
            int at = random.nextInt(bytes.length);
            byte bad = i % 2 == 0 ? (byte) (0x80 + random.nextInt(0x80)) : 0;
            var buffer = new ByteArrayOutputStream();
            buffer.write(bytes, 0, at);
            buffer.write(bad);
            buffer.write(bytes, at, bytes.length - at);
            out.add(new Mutant((bad == 0 ? "NUL" : String.format("byte 0x%02X", bad & 0xFF)) + " at " + at,
                    buffer.toByteArray()));
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
