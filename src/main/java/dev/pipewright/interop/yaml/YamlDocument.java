package dev.pipewright.interop.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML file read into Jackson's tree, with the line of every mapping and list so that notes and
 * errors can say where a job is.
 */
public final class YamlDocument {

    private final String fileName;
    private final JsonNode root;
    private final Map<JsonNode, Integer> lines;
    private final Map<JsonNode, Map<String, Integer>> keyLines;

    YamlDocument(String fileName, JsonNode root, IdentityHashMap<JsonNode, Integer> lines,
                 IdentityHashMap<JsonNode, Map<String, Integer>> keyLines) {
        this.fileName = fileName;
        this.root = root;
        this.lines = Collections.unmodifiableMap(lines);
        this.keyLines = Collections.unmodifiableMap(keyLines);
    }

    public String fileName() {
        return fileName;
    }

    public JsonNode root() {
        return root;
    }

    /** The 1-based line where {@code node} (a mapping or a list of this document) starts. */
    public Optional<Integer> line(JsonNode node) {
        return Optional.ofNullable(lines.get(node));
    }

    /** The 1-based line of the key {@code key} of the mapping {@code parent} (a job's name, say). */
    public Optional<Integer> keyLine(JsonNode parent, String key) {
        return Optional.ofNullable(keyLines.get(parent)).map(keys -> keys.get(key));
    }

    /** "file.yml line 12" or just the file's name. */
    public String at(JsonNode node) {
        return line(node).map(l -> fileName + " line " + l).orElse(fileName);
    }
}
