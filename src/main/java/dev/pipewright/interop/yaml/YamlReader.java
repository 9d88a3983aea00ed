package dev.pipewright.interop.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.input.InputFile;
import dev.pipewright.interop.InteropException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads CI YAML the way GitHub and GitLab do: YAML 1.2 scalars (so {@code on:} stays the string
 * "on", not true), anchors and aliases, {@code <<} merge keys, and custom tags kept visible.
 *
 * <p>SnakeYAML (the engine under Jackson's YAML module) composes the node graph, which resolves
 * aliases and keeps positions; the conversion to Jackson's tree is ours because Jackson's YAML
 * parser applies neither merge keys nor YAML 1.2 booleans. A custom tag such as GitLab's
 * {@code !reference [a, b]} becomes {@code {"!reference": ["a", "b"]}} for the importer to resolve.
 */
public final class YamlReader {

    /** A custom tag's value is kept under this prefix plus the tag, e.g. {@code "!reference"}. */
    public static final String REFERENCE_TAG = "!reference";

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final int MAX_DEPTH = 200;
    /** Aliases repeat what they name: a few lines can stand for billions of values ("billion laughs"). */
    private static final int MAX_VALUES = 1_000_000;
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern OCT = Pattern.compile("0o[0-7]+");
    private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    private final IdentityHashMap<JsonNode, Integer> lines = new IdentityHashMap<>();
    private final IdentityHashMap<JsonNode, Map<String, Integer>> keyLines = new IdentityHashMap<>();
    private int converted;

    private YamlReader() {
    }

    /**
     * @throws InteropException for broken YAML, with the file, line and column, or for a file
     *                          holding several documents or none
     */
    public static YamlDocument read(String text, String fileName) throws InteropException {
        var options = new LoaderOptions();
        options.setMaxAliasesForCollections(10_000);
        options.setAllowDuplicateKeys(false);
        options.setProcessComments(false);
        // the file is already bounded by InputFile; depth is checked, with a position, in convert()
        options.setCodePointLimit((int) InputFile.MAX_BYTES);
        options.setNestingDepthLimit(MAX_DEPTH * 5);
        Node node;
        try {
            Iterable<Node> documents = new Yaml(options).composeAll(new StringReader(text));
            var all = new java.util.ArrayList<Node>();
            documents.forEach(all::add);
            if (all.isEmpty()) {
                throw new InteropException(fileName + " is empty.");
            }
            if (all.size() > 1) {
                throw new InteropException(fileName + " holds " + all.size() + " YAML documents (separated by ---); "
                        + "a CI file holds one.");
            }
            node = all.get(0);
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? fileName : fileName + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            throw new InteropException(where + ": broken YAML: " + problem + context
                    + "; fix the file (an editor with YAML support shows the spot) and import again", e);
        } catch (YAMLException e) {
            throw new InteropException(fileName + ": " + unmarked(e.getMessage()), e);
        }
        var reader = new YamlReader();
        JsonNode root = reader.convert(node, 0, fileName);
        return new YamlDocument(fileName, root, reader.lines, reader.keyLines);
    }

    /** SnakeYAML's limits, which come without a position, in words. */
    private static String unmarked(String message) {
        String text = message == null ? "" : message;
        if (text.contains("Nesting Depth")) {
            return "the YAML nests deeper than " + MAX_DEPTH * 5 + " levels; a CI file nests a handful, so look for "
                    + "an indentation that runs away";
        }
        if (text.contains("exceeds the limit")) {
            return "the file is larger than Pipewright reads (" + InputFile.MAX_BYTES / (1024 * 1024) + " MB); "
                    + "check that this is the file you meant";
        }
        if (text.contains("aliases")) {
            return "the YAML refers to its anchors too many times (more than 10,000 aliases, as a 'billion laughs' "
                    + "file does); this is not a CI file to import";
        }
        return "broken YAML (" + text + "); fix the file and import again";
    }

    private JsonNode convert(Node node, int depth, String fileName) throws InteropException {
        if (depth > MAX_DEPTH) {
            throw new InteropException(fileName + ":" + (node.getStartMark().getLine() + 1) + ":"
                    + (node.getStartMark().getColumn() + 1) + ": the YAML nests deeper than " + MAX_DEPTH + " levels (an alias that refers to itself?)");
        }
        if (++converted > MAX_VALUES) {
            throw new InteropException(fileName + ":" + (node.getStartMark().getLine() + 1) + ":"
                    + (node.getStartMark().getColumn() + 1) + ": the YAML stands for more than "
                    + String.format("%,d", MAX_VALUES) + " values once its aliases (*name) are expanded; "
                    + "this is not a CI file to import");
        }
        String tag = node.getTag().getValue();
        boolean customTag = tag.startsWith("!") && !tag.startsWith("!!");
        JsonNode value;
        if (node instanceof ScalarNode scalar) {
            value = customTag ? NODES.textNode(scalar.getValue()) : scalar(scalar);
        } else if (node instanceof SequenceNode sequence) {
            ArrayNode array = NODES.arrayNode();
            for (Node item : sequence.getValue()) {
                array.add(convert(item, depth + 1, fileName));
            }
            lines.put(array, node.getStartMark().getLine() + 1);
            value = array;
        } else {
            value = mapping((MappingNode) node, depth, fileName);
        }
        if (customTag) {
            ObjectNode tagged = NODES.objectNode();
            tagged.set(tag, value);
            lines.put(tagged, node.getStartMark().getLine() + 1);
            return tagged;
        }
        return value;
    }

    private ObjectNode mapping(MappingNode node, int depth, String fileName) throws InteropException {
        ObjectNode object = NODES.objectNode();
        lines.put(object, node.getStartMark().getLine() + 1);
        List<ObjectNode> merged = new java.util.ArrayList<>();
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode s ? s.getValue() : keyText(keyNode);
            if (isMergeKey(keyNode)) {
                merged.addAll(mergeSources(tuple.getValueNode(), depth, fileName));
                continue;
            }
            object.set(key, convert(tuple.getValueNode(), depth + 1, fileName));
            keyLines.computeIfAbsent(object, o -> new java.util.HashMap<>())
                    .put(key, keyNode.getStartMark().getLine() + 1);
        }
        // explicit keys win over merged ones, and an earlier merge source over a later one
        for (ObjectNode source : merged) {
            source.properties().forEach(e -> {
                if (!object.has(e.getKey())) {
                    object.set(e.getKey(), e.getValue());
                }
            });
        }
        return object;
    }

    private List<ObjectNode> mergeSources(Node value, int depth, String fileName) throws InteropException {
        var sources = new java.util.ArrayList<ObjectNode>();
        if (value instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                sources.addAll(mergeSources(item, depth + 1, fileName));
            }
            return sources;
        }
        JsonNode converted = convert(value, depth + 1, fileName);
        if (!(converted instanceof ObjectNode object)) {
            throw new InteropException(fileName + ":" + (value.getStartMark().getLine() + 1)
                    + ": a << merge key must refer to a mapping (an anchored block of keys)");
        }
        sources.add(object);
        return sources;
    }

    private static boolean isMergeKey(Node keyNode) {
        return keyNode instanceof ScalarNode s && s.getValue().equals("<<")
                && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
    }

    private static String keyText(Node keyNode) {
        return "line " + (keyNode.getStartMark().getLine() + 1) + " complex key";
    }

    /** YAML 1.2 core schema: only true/false are booleans, so on/yes/no stay text. */
    private static JsonNode scalar(ScalarNode scalar) {
        String text = scalar.getValue();
        if (scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
            return NODES.textNode(text);
        }
        switch (text) {
            case "", "~", "null", "Null", "NULL":
                return NODES.nullNode();
            case "true", "True", "TRUE":
                return NODES.booleanNode(true);
            case "false", "False", "FALSE":
                return NODES.booleanNode(false);
            default:
                break;
        }
        try {
            if (INT.matcher(text).matches()) {
                return NODES.numberNode(new BigInteger(text.startsWith("+") ? text.substring(1) : text));
            }
            if (OCT.matcher(text).matches()) {
                return NODES.numberNode(new BigInteger(text.substring(2), 8));
            }
            if (HEX.matcher(text).matches()) {
                return NODES.numberNode(new BigInteger(text.substring(2), 16));
            }
            if (FLOAT.matcher(text).matches() && !text.equals(".")) {
                return NODES.numberNode(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
            }
        } catch (NumberFormatException e) {
            return NODES.textNode(text);
        }
        return NODES.textNode(text);
    }
}
